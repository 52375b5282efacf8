// Extraction's proposals in the graph: written per run (a decided proposal keeps its decision), listed for review,
// read one at a time, and removed with their data set.
import type { CandidateCounts, CandidateStatus } from '@kgx/contract';
import type { GraphClient } from './client.ts';

/** The stored fields of an entity candidate that a run writes. */
export interface EntityCandidateRow {
  id: string;
  props: {
    datasetId: string;
    documentId: string;
    name: string;
    nameKey: string;
    type: string;
    start: number;
    end: number;
    sentenceStart: number;
    sentenceEnd: number;
    sentenceText: string;
    occurrences: number;
    rule: string;
    words: string;
    mergeWithId: string | null;
    mergeReason: string | null;
  };
}

export interface RelationCandidateRow {
  id: string;
  props: {
    datasetId: string;
    documentId: string;
    quote: string;
    sentenceStart: number;
    sentenceEnd: number;
    subjectId: string | null;
    subjectName: string;
    subjectType: string;
    subjectStart: number;
    subjectEnd: number;
    objectId: string | null;
    objectName: string;
    objectType: string;
    objectStart: number;
    objectEnd: number;
    type: string | null;
    role: string | null;
    date: string | null;
    rule: string;
    words: string;
  };
}

/** A stored candidate as the graph gives it back: its properties, and for an entity candidate its merge target's name. */
export type StoredCandidate = Record<string, unknown> & { id: string; kind: 'entity' | 'relation' };

// A run writes what it found; a candidate seen before keeps its status, its decision and any type a reviewer gave it.
export const WRITE_ENTITY_CANDIDATES = `
UNWIND $rows AS row
MERGE (c:EntityCandidate {id: row.id})
ON CREATE SET c += row.props, c.status = 'open'
ON MATCH SET c.occurrences = row.props.occurrences, c.mergeWithId = coalesce(c.mergeWithId, row.props.mergeWithId),
  c.mergeReason = coalesce(c.mergeReason, row.props.mergeReason)
SET c.runId = $runId`;

export const WRITE_RELATION_CANDIDATES = `
UNWIND $rows AS row
MERGE (c:RelationCandidate {id: row.id})
ON CREATE SET c += row.props, c.status = 'open'
SET c.runId = $runId`;

/** Open proposals the latest run no longer makes (a rule changed, a name became a known entity) are dropped. */
const DROP_STALE = `
MATCH (c:EntityCandidate|RelationCandidate {datasetId: $dataset})
WHERE c.status = 'open' AND c.runId <> $runId
DETACH DELETE c`;

const CANDIDATE_FIELDS = `c {.*, kind: CASE WHEN c:EntityCandidate THEN 'entity' ELSE 'relation' END,
  mergeWithName: CASE WHEN c.mergeWithId IS NULL THEN null ELSE COLLECT { MATCH (m:Entity {id: c.mergeWithId}) RETURN m.name }[0] END}`;

export const LIST_CANDIDATES = `
MATCH (c:EntityCandidate|RelationCandidate {datasetId: $dataset})
WHERE ($status IS NULL OR c.status = $status) AND ($documentId IS NULL OR c.documentId = $documentId)
RETURN ${CANDIDATE_FIELDS} AS candidate
ORDER BY c.documentId, c.sentenceStart, c.start, c.subjectStart, c.objectStart, c.id`;

const COUNT_CANDIDATES = `
MATCH (c:EntityCandidate|RelationCandidate {datasetId: $dataset})
RETURN CASE WHEN c:EntityCandidate THEN 'entity' ELSE 'relation' END AS kind, c.status AS status, count(*) AS n`;

export const READ_CANDIDATE = `
MATCH (c:EntityCandidate|RelationCandidate {id: $id})
RETURN ${CANDIDATE_FIELDS} AS candidate`;

const ENTITY_CANDIDATES_BY_NAME = `
MATCH (c:EntityCandidate {datasetId: $dataset}) WHERE c.nameKey IN $keys
RETURN ${CANDIDATE_FIELDS} AS candidate`;

const DELETE_CANDIDATES = `
MATCH (c:EntityCandidate|RelationCandidate {datasetId: $dataset})
CALL (c) { DETACH DELETE c } IN TRANSACTIONS OF 5000 ROWS`;

const DATASET_DOCUMENTS = `
MATCH (d:Document) WHERE $dataset IN d.datasets
RETURN d.id AS id, d.text AS text, d.date AS date
ORDER BY d.id`;

const WRITE_BATCH = 1000;

function toStored(raw: Record<string, unknown>): StoredCandidate {
  return raw as StoredCandidate;
}

export async function writeCandidates(
  client: GraphClient,
  rows: { entities: readonly EntityCandidateRow[]; relations: readonly RelationCandidateRow[] },
  runId: string,
): Promise<void> {
  for (const [query, list] of [
    [WRITE_ENTITY_CANDIDATES, rows.entities],
    [WRITE_RELATION_CANDIDATES, rows.relations],
  ] as const) {
    for (let start = 0; start < list.length; start += WRITE_BATCH) {
      const batch = list.slice(start, start + WRITE_BATCH);
      await client.write((tx) => tx.run(query, { rows: batch, runId }));
    }
  }
}

export async function dropStaleCandidates(client: GraphClient, dataset: string, runId: string): Promise<void> {
  await client.write((tx) => tx.run(DROP_STALE, { dataset, runId }));
}

export async function listCandidates(
  client: GraphClient,
  dataset: string,
  filter: { status?: CandidateStatus | undefined; documentId?: string | undefined },
): Promise<StoredCandidate[]> {
  return client.read(async (tx) => {
    const result = await tx.run(LIST_CANDIDATES, { dataset, status: filter.status ?? null, documentId: filter.documentId ?? null });
    return result.records.map((r) => toStored(r.get('candidate') as Record<string, unknown>));
  });
}

export async function countCandidates(
  client: GraphClient,
  dataset: string,
): Promise<{ entities: CandidateCounts; relations: CandidateCounts }> {
  const blank = (): CandidateCounts => ({ open: 0, accepted: 0, rejected: 0, merged: 0 });
  const counts = { entities: blank(), relations: blank() };
  const records = await client.read(async (tx) => (await tx.run(COUNT_CANDIDATES, { dataset })).records);
  for (const record of records) {
    const list = record.get('kind') === 'entity' ? counts.entities : counts.relations;
    const status = String(record.get('status')) as CandidateStatus;
    if (status in list) list[status] = Number(record.get('n'));
  }
  return counts;
}

export async function readCandidate(client: GraphClient, id: string): Promise<StoredCandidate | null> {
  return client.read(async (tx) => {
    const record = (await tx.run(READ_CANDIDATE, { id })).records[0];
    return record ? toStored(record.get('candidate') as Record<string, unknown>) : null;
  });
}

/** The data set's entity candidates with these name keys: what a relation candidate's unnamed end stands for. */
export async function readEntityCandidatesByName(
  client: GraphClient,
  dataset: string,
  keys: readonly string[],
): Promise<StoredCandidate[]> {
  if (keys.length === 0) return [];
  return client.read(async (tx) =>
    (await tx.run(ENTITY_CANDIDATES_BY_NAME, { dataset, keys: [...new Set(keys)] })).records.map((r) =>
      toStored(r.get('candidate') as Record<string, unknown>),
    ),
  );
}

export async function deleteCandidates(client: GraphClient, dataset: string): Promise<void> {
  await client.runAutoCommit(DELETE_CANDIDATES, { dataset });
}

export interface DatasetDocumentText {
  id: string;
  text: string;
  date: string | undefined;
}

export async function readDatasetDocuments(client: GraphClient, dataset: string): Promise<DatasetDocumentText[]> {
  return client.read(async (tx) =>
    (await tx.run(DATASET_DOCUMENTS, { dataset })).records.map((r) => {
      const date: unknown = r.get('date');
      return { id: String(r.get('id')), text: String(r.get('text') ?? ''), date: typeof date === 'string' ? date : undefined };
    }),
  );
}
