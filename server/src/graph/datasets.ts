// Data set records in the graph, and the removal of a data set: what only it supports goes, the rest loses its tag.
import type { DatasetCounts, DatasetFormat, DatasetStatus, DatasetSummary } from '@kgx/contract';
import type { GraphClient } from './client.ts';

const DATASET_FIELDS = 'd {.id, .name, .format, .files, .createdAt, .updatedAt, .createdBy, .status, .counts, .error}';

const START_DATASET = `
MERGE (d:Dataset {id: $id})
ON CREATE SET d.createdAt = $now, d.createdBy = $createdBy
SET d.name = $name, d.format = $format, d.files = $files, d.updatedAt = $now, d.status = 'running', d.error = null,
  d.counts = $counts`;

const FINISH_DATASET = `
MATCH (d:Dataset {id: $id})
SET d.status = $status, d.updatedAt = $now, d.error = $error`;

const LIST_DATASETS = `MATCH (d:Dataset) RETURN ${DATASET_FIELDS} AS dataset ORDER BY d.createdAt, d.id`;
const READ_DATASET = `MATCH (d:Dataset {id: $id}) RETURN ${DATASET_FIELDS} AS dataset`;

/** Relationships it supports: its evidence leaves; those no other data set supports are deleted. */
const UNTAG_RELATIONS = `
MATCH (:Entity)-[r]->(:Entity) WHERE $id IN r.datasets
CALL (r) {
  WITH r, coalesce(r.evidenceDatasetIds, []) AS evidenceDatasets
  WITH r, [i IN range(0, size(evidenceDatasets) - 1) WHERE evidenceDatasets[i] <> $id] AS keep, size(evidenceDatasets) AS before
  SET r.datasets = [x IN r.datasets WHERE x <> $id],
    r.evidenceDocumentIds = [i IN keep | r.evidenceDocumentIds[i]],
    r.evidenceQuotes = [i IN keep | r.evidenceQuotes[i]],
    r.evidenceDates = [i IN keep | r.evidenceDates[i]],
    r.evidenceDatasetIds = [i IN keep | r.evidenceDatasetIds[i]]
  WITH r, before - size(keep) AS evidence, size(r.datasets) = 0 AS orphan
  CALL (r, orphan) { WITH r WHERE orphan DELETE r }
  RETURN evidence, CASE WHEN orphan THEN 1 ELSE 0 END AS deleted
} IN TRANSACTIONS OF 2000 ROWS
RETURN sum(evidence) AS evidence, sum(deleted) AS relations`;

const untagNodes = (label: 'Entity' | 'Document') => `
MATCH (n:${label}) WHERE $id IN n.datasets
CALL (n) {
  SET n.datasets = [x IN n.datasets WHERE x <> $id]
  WITH n, size(n.datasets) = 0 AS orphan
  CALL (n, orphan) { WITH n WHERE orphan DETACH DELETE n }
  RETURN CASE WHEN orphan THEN 1 ELSE 0 END AS deleted
} IN TRANSACTIONS OF 2000 ROWS
RETURN sum(deleted) AS deleted`;

const DELETE_DATASET = 'MATCH (d:Dataset {id: $id}) DELETE d';

const SHARED_RELATION_IDS = `
MATCH (:Entity)-[r]->(:Entity) WHERE $id IN r.datasets AND size(r.datasets) > 1
RETURN collect(r.id) AS ids`;

/** What the one dating rule needs of the relations with these ids. */
const RELATIONS_TO_DATE = `
MATCH (s:Entity)-[r]->(t:Entity) WHERE r.id IN $ids
RETURN r.id AS id, type(r) AS type, s.id AS source, t.id AS target, r.startDate AS startDate, r.endDate AS endDate,
  r.evidenceDates AS evidenceDates,
  [s {.id, .startDate, .endDate, type: [l IN labels(s) WHERE l <> 'Entity'][0]},
   t {.id, .startDate, .endDate, type: [l IN labels(t) WHERE l <> 'Entity'][0]}] AS ends`;

const SET_RELATION_DAYS = `
UNWIND $rows AS row
MATCH (:Entity {id: row.source})-[r {id: row.id}]->(:Entity {id: row.target})
SET r.dateFrom = row.dateFrom, r.dateTo = row.dateTo`;

export interface DatasetStart {
  id: string;
  name: string;
  format: DatasetFormat;
  files: string[];
  counts: DatasetCounts;
  createdBy?: string | undefined;
}

function toSummary(raw: Record<string, unknown>): DatasetSummary {
  const counts = (raw['counts'] ?? {}) as Record<string, unknown>;
  const count = (key: string) => Number(counts[key] ?? 0);
  return {
    id: String(raw['id']),
    name: String(raw['name'] ?? raw['id']),
    format: String(raw['format'] ?? 'native') as DatasetFormat,
    files: Array.isArray(raw['files']) ? raw['files'].map(String) : [],
    createdAt: String(raw['createdAt'] ?? ''),
    updatedAt: String(raw['updatedAt'] ?? ''),
    ...(typeof raw['createdBy'] === 'string' ? { createdBy: raw['createdBy'] } : {}),
    status: String(raw['status'] ?? 'failed') as DatasetStatus,
    counts: {
      documents: count('documents'),
      entities: count('entities'),
      relations: count('relations'),
      evidence: count('evidence'),
      mentions: count('mentions'),
    },
    ...(typeof raw['error'] === 'string' ? { error: raw['error'] } : {}),
  };
}

/** Counts are a map in the API and a map is no property value in Neo4j: they are stored as a JSON string. */
function storedCounts(raw: Record<string, unknown>): Record<string, unknown> {
  return typeof raw['counts'] === 'string' ? { ...raw, counts: JSON.parse(raw['counts']) as unknown } : raw;
}

export async function startDataset(client: GraphClient, start: DatasetStart): Promise<void> {
  await client.write((tx) =>
    tx.run(START_DATASET, {
      ...start,
      createdBy: start.createdBy ?? null,
      counts: JSON.stringify(start.counts),
      now: new Date().toISOString(),
    }),
  );
}

export async function finishDataset(client: GraphClient, id: string, outcome: { status: 'done' | 'failed'; error?: string }) {
  await client.write((tx) =>
    tx.run(FINISH_DATASET, { id, status: outcome.status, error: outcome.error ?? null, now: new Date().toISOString() }),
  );
}

export async function listDatasets(client: GraphClient): Promise<DatasetSummary[]> {
  return client.read(async (tx) =>
    (await tx.run(LIST_DATASETS)).records.map((r) => toSummary(storedCounts(r.get('dataset') as Record<string, unknown>))),
  );
}

export async function readDatasetSummary(client: GraphClient, id: string): Promise<DatasetSummary | null> {
  return client.read(async (tx) => {
    const record = (await tx.run(READ_DATASET, { id })).records[0];
    return record ? toSummary(storedCounts(record.get('dataset') as Record<string, unknown>)) : null;
  });
}

export interface SharedRelation {
  id: string;
  type: string;
  source: string;
  target: string;
  startDate: string | undefined;
  endDate: string | undefined;
  evidenceDates: string[];
  ends: { id: string; type: string; startDate?: string; endDate?: string }[];
}

/** Ids of the relations a data set shares with another: their dates depend on both data sets' evidence. */
export async function readSharedRelationIds(client: GraphClient, id: string): Promise<string[]> {
  return client.read(async (tx) => ((await tx.run(SHARED_RELATION_IDS, { id })).records[0]?.get('ids') ?? []) as string[]);
}

export async function readRelationsToDate(client: GraphClient, ids: readonly string[]): Promise<SharedRelation[]> {
  if (ids.length === 0) return [];
  return client.read(async (tx) =>
    (await tx.run(RELATIONS_TO_DATE, { ids })).records.map((r) => ({
      id: String(r.get('id')),
      type: String(r.get('type')),
      source: String(r.get('source')),
      target: String(r.get('target')),
      startDate: (r.get('startDate') as string | null) ?? undefined,
      endDate: (r.get('endDate') as string | null) ?? undefined,
      evidenceDates: (r.get('evidenceDates') as string[] | null) ?? [],
      ends: (r.get('ends') as { id: string; type: string; startDate?: string | null; endDate?: string | null }[]).map((e) => ({
        id: e.id,
        type: e.type,
        ...(e.startDate ? { startDate: e.startDate } : {}),
        ...(e.endDate ? { endDate: e.endDate } : {}),
      })),
    })),
  );
}

export async function setRelationDays(
  client: GraphClient,
  rows: { id: string; source: string; target: string; dateFrom: string | null; dateTo: string | null }[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += 1000) {
    const batch = rows.slice(start, start + 1000);
    await client.write((tx) => tx.run(SET_RELATION_DAYS, { rows: batch }));
  }
}

export interface RemovedCounts {
  documents: number;
  entities: number;
  relations: number;
  evidence: number;
}

/** Removes a data set's support everywhere, relations first so no entity is deleted under another data set's relation. */
export async function untagDataset(client: GraphClient, id: string): Promise<RemovedCounts> {
  const relations = await client.runAutoCommit(UNTAG_RELATIONS, { id });
  const entities = await client.runAutoCommit(untagNodes('Entity'), { id });
  const documents = await client.runAutoCommit(untagNodes('Document'), { id });
  return {
    relations: Number(relations.records[0]?.get('relations') ?? 0),
    evidence: Number(relations.records[0]?.get('evidence') ?? 0),
    entities: Number(entities.records[0]?.get('deleted') ?? 0),
    documents: Number(documents.records[0]?.get('deleted') ?? 0),
  };
}

export async function deleteDatasetRecord(client: GraphClient, id: string): Promise<void> {
  await client.write((tx) => tx.run(DELETE_DATASET, { id }));
}
