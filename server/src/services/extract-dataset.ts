// One extraction run over a data set's documents: what the engine proposes, gathered into candidates (one per name
// per data set, one per pair of ends per sentence) and written; open proposals the run no longer makes are dropped.
import { randomUUID } from 'node:crypto';
import type { DatasetExtraction, Vocabulary } from '@kgx/contract';
import { extractFromDocument } from '../extract/extract-document.ts';
import type { ExtractionVocabulary, RelationCandidate as ProposedRelation } from '../extract/extraction.ts';
import {
  dropStaleCandidates,
  readDatasetDocuments,
  writeCandidates,
  type EntityCandidateRow,
  type RelationCandidateRow,
} from '../graph/candidates.ts';
import type { GraphClient } from '../graph/client.ts';
import { readMentionableEntities } from '../graph/entities.ts';
import { endKey, entityCandidateId, nameKey, relationCandidateId } from './candidate-keys.ts';

export type ExtractionCounts = Omit<DatasetExtraction, 'status' | 'updatedAt' | 'error'>;

export function extractionVocabulary(vocabulary: Vocabulary): ExtractionVocabulary {
  return {
    entityTypes: vocabulary.entityTypes.map((t) => t.name),
    relationTypes: vocabulary.relationTypes.map((t) => ({ type: t.type, sourceTypes: t.sourceTypes, targetTypes: t.targetTypes })),
  };
}

function relationRow(
  datasetId: string,
  document: { id: string; text: string },
  candidate: ProposedRelation,
  names: ReadonlyMap<string, string>,
): RelationCandidateRow {
  const quote = document.text.slice(candidate.sentence.start, candidate.sentence.end);
  const id = relationCandidateId(datasetId, document.id, quote, endKey(candidate.subject), endKey(candidate.object));
  // A known entity is shown by its name in the graph, whatever words of the text named it.
  const end = (e: ProposedRelation['subject']) => ({
    id: e.entityId ?? null,
    name: e.entityId === undefined ? e.name : (names.get(e.entityId) ?? e.name),
  });
  const subject = end(candidate.subject);
  const object = end(candidate.object);
  return {
    id,
    props: {
      datasetId,
      documentId: document.id,
      quote,
      sentenceStart: candidate.sentence.start,
      sentenceEnd: candidate.sentence.end,
      subjectId: subject.id,
      subjectName: subject.name,
      subjectType: candidate.subject.type,
      subjectStart: candidate.subject.start,
      subjectEnd: candidate.subject.end,
      objectId: object.id,
      objectName: object.name,
      objectType: candidate.object.type,
      objectStart: candidate.object.start,
      objectEnd: candidate.object.end,
      type: candidate.type ?? null,
      role: candidate.role ?? null,
      date: candidate.date ?? null,
      rule: candidate.why.rule,
      words: candidate.why.words,
    },
  };
}

/** Runs extraction over every document of the data set and stores its candidates; says how far it has come after each document. */
export async function extractDataset(
  client: GraphClient,
  datasetId: string,
  vocabulary: Vocabulary,
  onProgress: (counts: ExtractionCounts) => Promise<void> = () => Promise.resolve(),
): Promise<ExtractionCounts> {
  const runId = randomUUID();
  const [documents, known] = await Promise.all([readDatasetDocuments(client, datasetId), readMentionableEntities(client)]);
  const counts: ExtractionCounts = { documents: documents.length, processed: 0, entities: 0, relations: 0 };
  const engineVocabulary = extractionVocabulary(vocabulary);
  const entities = new Map<string, EntityCandidateRow>();
  const relations = new Map<string, RelationCandidateRow>();
  const names = new Map(known.map((e) => [e.id, e.name]));
  for (const document of documents) {
    const found = extractFromDocument({ text: document.text, date: document.date, knownEntities: known, vocabulary: engineVocabulary });
    for (const candidate of found.entities) {
      const id = entityCandidateId(datasetId, candidate.name);
      const seen = entities.get(id);
      if (seen) {
        seen.props.occurrences += 1;
        continue;
      }
      entities.set(id, {
        id,
        props: {
          datasetId,
          documentId: document.id,
          name: candidate.name,
          nameKey: nameKey(candidate.name),
          type: candidate.type,
          start: candidate.start,
          end: candidate.end,
          sentenceStart: candidate.sentence.start,
          sentenceEnd: candidate.sentence.end,
          sentenceText: document.text.slice(candidate.sentence.start, candidate.sentence.end),
          occurrences: 1,
          rule: candidate.why.rule,
          words: candidate.why.words,
          mergeWithId: candidate.mergeWith?.entityId ?? null,
          mergeReason: candidate.mergeWith?.reason ?? null,
        },
      });
    }
    for (const candidate of found.relations) {
      const row = relationRow(datasetId, document, candidate, names);
      if (!relations.has(row.id)) relations.set(row.id, row);
    }
    counts.processed += 1;
    await onProgress({ ...counts });
    // Each document is a stretch of work on the event loop: requests waiting behind it are answered in between.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await writeCandidates(client, { entities: [...entities.values()], relations: [...relations.values()] }, runId);
  await dropStaleCandidates(client, datasetId, runId);
  return { ...counts, entities: entities.size, relations: relations.size };
}
