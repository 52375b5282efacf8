// Stable identities of extraction's proposals: the same proposal found again by a later run is the same candidate, so
// its decision (a rejection above all) holds.
import { createHash } from 'node:crypto';

/** A name as compared: accents, case, leading articles and spacing do not tell two names apart. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()
    .replace(/^(the|a|an) /, '');
}

function digest(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 20);
}

/** One entity candidate per name in a data set, wherever its documents name it. */
export function entityCandidateId(datasetId: string, name: string): string {
  return `ec-${digest([datasetId, nameKey(name)])}`;
}

/** An end as it identifies a relation candidate: the entity's id, or the candidate's name. */
export function endKey(end: { entityId?: string | undefined; name: string }): string {
  return end.entityId ?? `name:${nameKey(end.name)}`;
}

/**
 * One relation candidate per pair of ends in one sentence of one document, whatever type it is given: a reviewer's
 * retyping or rejection stays with it when extraction runs again.
 */
export function relationCandidateId(datasetId: string, documentId: string, sentence: string, subject: string, object: string): string {
  return `rc-${digest([datasetId, documentId, sentence, subject, object])}`;
}
