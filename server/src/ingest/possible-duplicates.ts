// Entities of one import that only their names make look alike: said in the import report, never merged.
import type { SourceFile, SourceNotice } from './source.ts';

/** A name as compared for resemblance: accents, case, punctuation and word order ignored (`Vardanyan, Rubén` = `ruben vardanyan`). */
export function comparableName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .sort()
    .join(' ');
}

function isNamedEntity(record: unknown): record is { id: string; name: string } {
  if (typeof record !== 'object' || record === null) return false;
  const fields = record as Record<string, unknown>;
  return typeof fields['id'] === 'string' && typeof fields['name'] === 'string';
}

/**
 * One notice for each entity whose name compares equal to an earlier entity's under another id. Two people may share
 * a name, and one company may be listed twice under two ids: only a person can tell, so the import only points it out.
 */
export function findPossibleDuplicates(entities: SourceFile): SourceNotice[] {
  const firstIdByName = new Map<string, string>();
  const notices: SourceNotice[] = [];
  entities.records.forEach((record, index) => {
    if (!isNamedEntity(record)) return;
    const name = comparableName(record.name);
    if (name === '') return;
    const first = firstIdByName.get(name);
    if (first === undefined) firstIdByName.set(name, record.id);
    else if (first !== record.id) {
      notices.push({ file: entities.file, record: entities.locate(index), reason: `possible duplicate of ${first} (same name)` });
    }
  });
  return notices;
}

/**
 * Entities of an import named like an entity the graph already holds under another id: the same kind of notice, for
 * a person to decide (the review queue acts on them). Ids that match are the same entity and need no notice.
 */
export function findDuplicatesInGraph(
  file: string,
  incoming: readonly { id: string; name: string }[],
  known: readonly { id: string; name: string; aliases: readonly string[] }[],
): SourceNotice[] {
  const incomingIds = new Set(incoming.map((e) => e.id));
  const knownByName = new Map<string, { id: string; name: string }>();
  for (const entity of known) {
    if (incomingIds.has(entity.id)) continue;
    for (const name of [entity.name, ...entity.aliases]) {
      const key = comparableName(name);
      if (key !== '' && !knownByName.has(key)) knownByName.set(key, entity);
    }
  }
  return incoming.flatMap((entity) => {
    const match = knownByName.get(comparableName(entity.name));
    return match === undefined
      ? []
      : [{ file, record: entity.id, reason: `possible duplicate of ${match.id} (“${match.name}”), already in the graph under another id` }];
  });
}
