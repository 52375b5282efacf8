// Data set records in the graph, and the removal of a data set: what only it supports goes, the rest loses its tag.
import { z } from 'zod';
import {
  DatasetExtractionSchema,
  DatasetProgressSchema,
  DatasetReportSchema,
  type DatasetCounts,
  type DatasetExtraction,
  type DatasetFormat,
  type DatasetProgress,
  type DatasetReport,
  type DatasetStatus,
  type DatasetSummary,
  type VocabularyFile,
} from '@kgx/contract';
import type { GraphClient } from './client.ts';
import { DATASET_PROPS, MENTION_COUNTS, untagged } from './dataset-support.ts';
import { SET_DATE_SPAN_CLASS } from './date-spans.ts';

/** A data set's record (with its report when asked), and what review accepted from its candidates (read through the candidates' data-set index). */
const datasetFields = (report: boolean) => `d {.id, .name, .format, .files, .createdAt, .updatedAt, .createdBy, .status, .counts, .error,
  .progress, .extraction,${report ? ' .report,' : ''}
  acceptedEntities: COUNT { MATCH (c:EntityCandidate {datasetId: d.id}) WHERE c.status = 'accepted' },
  acceptedRelations: COUNT { MATCH (c:RelationCandidate {datasetId: d.id}) WHERE c.status = 'accepted' }}`;
const DATASET_FIELDS = datasetFields(false);
const DATASET_FIELDS_WITH_REPORT = datasetFields(true);

/**
 * Puts an upload in the queue: a new record, or an existing one from the same source marked queued (its data stays
 * until the import replaces it). Refused while another writer is at work on it, or when the id is another source's.
 */
const QUEUE_DATASET = `
MERGE (d:Dataset {id: $id})
ON CREATE SET d.createdAt = $now, d.createdBy = $createdBy, d.source = $source, d.status = 'new'
SET d._lock = true
WITH d, d.status IN ['queued', 'running', 'removing'] AND d.updatedAt > $staleBefore AS busy,
  coalesce(d.source, $source) <> $source AS elsewhere
CALL (d, busy, elsewhere) {
  WITH d WHERE NOT busy AND NOT elsewhere
  SET d.name = $name, d.format = $format, d.files = $files, d.updatedAt = $now, d.status = 'queued', d.error = null,
    d.progress = null, d.report = null, d.counts = coalesce(d.counts, $counts)
}
REMOVE d._lock
RETURN busy, elsewhere`;

const TOUCH_QUEUED = `
MATCH (d:Dataset) WHERE d.id IN $ids AND d.status = 'queued'
SET d.updatedAt = $now`;

const SET_EXTRACTION = `
MATCH (d:Dataset {id: $id})
SET d.extraction = $extraction
RETURN d.id AS id`;

const SET_PROGRESS = `
MATCH (d:Dataset {id: $id})
SET d.progress = $progress, d.updatedAt = $now`;

/**
 * Opens the record for writing, unless a removal is under way or the id already names a data set read from another
 * source (two folders both called `data` must not merge into one data set, which one removal would then take away).
 */
const START_DATASET = `
MERGE (d:Dataset {id: $id})
ON CREATE SET d.createdAt = $now, d.createdBy = $createdBy, d.source = $source
SET d._lock = true
WITH d, coalesce(d.status, '') = 'removing' AND d.updatedAt > $staleBefore AS removing,
  coalesce(d.source, $source) <> $source AS elsewhere
CALL (d, removing, elsewhere) {
  WITH d WHERE NOT removing AND NOT elsewhere
  SET d.name = $name, d.format = $format, d.files = $files, d.source = $source, d.updatedAt = $now, d.status = 'running',
    d.error = null, d.counts = $counts, d.vocabulary = $vocabulary
}
REMOVE d._lock
RETURN removing, elsewhere, d.source AS source`;

/** Locks the record, so the status read and the status written below are one step. */
const LOCK_DATASET = `
MATCH (d:Dataset {id: $id})
SET d._lock = true
REMOVE d._lock
RETURN d.status AS status, d.updatedAt AS updatedAt`;

/** The relations this data set shares with another: their dates depend on both data sets' evidence. */
const SHARED_RELATIONS = 'MATCH (:Entity)-[r]->(:Entity) WHERE $id IN r.datasets AND size(r.datasets) > 1';

/** Marks the removal, with the shared relations to date again once the data set is gone. */
const MARK_REMOVING = `
MATCH (d:Dataset {id: $id})
CALL (d) {
  OPTIONAL ${SHARED_RELATIONS}
  RETURN collect(r.id) AS shared
}
SET d.status = 'removing', d.updatedAt = $now, d.error = null,
  d.redate = coalesce(d.redate, []) + [x IN shared WHERE NOT x IN coalesce(d.redate, [])]
RETURN d.redate AS redate`;

const FINISH_DATASET = `
MATCH (d:Dataset {id: $id})
SET d.status = $status, d.updatedAt = $now, d.error = $error, d.progress = null, d.report = coalesce($report, d.report)`;

const LIST_DATASETS = `MATCH (d:Dataset) RETURN ${DATASET_FIELDS} AS dataset ORDER BY d.createdAt, d.id`;
const READ_DATASET = `MATCH (d:Dataset {id: $id}) RETURN ${DATASET_FIELDS_WITH_REPORT} AS dataset`;

/** Relationships it supports: its evidence leaves; those no other data set supports are deleted. */
const UNTAG_RELATIONS = `
MATCH (:Entity)-[r]->(:Entity) WHERE $id IN r.datasets
CALL (r) {
  ${untagged('r', DATASET_PROPS)}
  WITH r, coalesce(r.evidenceDatasetIds, []) AS evidenceDatasets
  WITH r, [i IN range(0, size(evidenceDatasets) - 1) WHERE evidenceDatasets[i] <> $id] AS keep, size(evidenceDatasets) AS before
  SET r.evidenceDocumentIds = [i IN keep | r.evidenceDocumentIds[i]],
    r.evidenceQuotes = [i IN keep | r.evidenceQuotes[i]],
    r.evidenceDates = [i IN keep | r.evidenceDates[i]],
    r.evidenceRecords = [i IN keep | coalesce(r.evidenceRecords[i], '')],
    r.evidenceDatasetIds = [i IN keep | r.evidenceDatasetIds[i]]
  WITH r, before - size(keep) AS evidence, size(r.datasets) = 0 AS orphan
  CALL (r, orphan) { WITH r WHERE orphan DELETE r }
  RETURN evidence, CASE WHEN orphan THEN 1 ELSE 0 END AS deleted
} IN TRANSACTIONS OF 2000 ROWS
RETURN sum(evidence) AS evidence, sum(deleted) AS relations`;

/** Mentions it found: its count leaves with it; one no other data set found is deleted. */
const UNTAG_MENTIONS = `
MATCH (:Document)-[m:MENTIONS]->(:Entity) WHERE $id IN m.datasets
CALL (m) {
  ${untagged('m', MENTION_COUNTS)}
  SET m.count = CASE WHEN size(m.datasets) > 0 THEN m.counts[0] ELSE m.count END
  WITH m WHERE size(m.datasets) = 0
  DELETE m
} IN TRANSACTIONS OF 2000 ROWS`;

const untagNodes = (label: 'Entity' | 'Document') => `
MATCH (n:${label}) WHERE $id IN n.datasets
CALL (n) {
  ${untagged('n', DATASET_PROPS)}
  WITH n, size(n.datasets) = 0 AS orphan
  CALL (n, orphan) { WITH n WHERE orphan DETACH DELETE n }
  RETURN CASE WHEN orphan THEN 1 ELSE 0 END AS deleted
} IN TRANSACTIONS OF 2000 ROWS
RETURN sum(deleted) AS deleted`;

const DELETE_DATASET = 'MATCH (d:Dataset {id: $id}) DELETE d';

/** What the next data set says of everything this one speaks for first and another also supports. */
const PROPS_TO_RESTORE = `
CALL () {
  MATCH (n:Entity) WHERE n.datasets[0] = $id AND size(n.datasets) > 1
  RETURN 'entity' AS kind, n.id AS id, null AS source, null AS target, n.datasetProps[1] AS json,
    [l IN labels(n) WHERE l <> 'Entity'] AS labels
  UNION ALL
  MATCH (n:Document) WHERE n.datasets[0] = $id AND size(n.datasets) > 1
  RETURN 'document' AS kind, n.id AS id, null AS source, null AS target, n.datasetProps[1] AS json, [] AS labels
  UNION ALL
  MATCH (s:Entity)-[r]->(t:Entity) WHERE r.datasets[0] = $id AND size(r.datasets) > 1
  RETURN 'relation' AS kind, r.id AS id, s.id AS source, t.id AS target, r.datasetProps[1] AS json, [] AS labels
}
RETURN kind, id, source, target, json, labels`;

const RESTORE_ENTITIES = `
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n += row.props
WITH n, row
CALL (n, row) { WITH n, row WHERE row.oldType IS NOT NULL AND row.oldType <> row.type REMOVE n:$(row.oldType) }
SET n:$(row.type)`;

const RESTORE_DOCUMENTS = `
UNWIND $rows AS row
MATCH (n:Document {id: row.id})
SET n += row.props`;

const RESTORE_RELATIONS = `
UNWIND $rows AS row
MATCH (:Entity {id: row.source})-[r {id: row.id}]->(:Entity {id: row.target})
SET r += row.props
${SET_DATE_SPAN_CLASS}`;

const SHARED_RELATION_IDS = `${SHARED_RELATIONS}
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
SET r.dateFrom = row.dateFrom, r.dateTo = row.dateTo
${SET_DATE_SPAN_CLASS}`;

export interface DatasetStart {
  id: string;
  name: string;
  format: DatasetFormat;
  files: string[];
  /** Which source it was read from (`folder:` and a digest of the path): the same id from another source is another data set. */
  source: string;
  counts: DatasetCounts;
  /** The types it adds to the vocabulary, if any. */
  vocabulary?: VocabularyFile | undefined;
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
    ...parsedField(raw, 'progress', DatasetProgressSchema),
    ...parsedField(raw, 'report', DatasetReportSchema),
    ...parsedField(raw, 'extraction', DatasetExtractionSchema),
    ...(typeof raw['extraction'] === 'string'
      ? { accepted: { entities: Number(raw['acceptedEntities'] ?? 0), relations: Number(raw['acceptedRelations'] ?? 0) } }
      : {}),
  };
}

/** A field stored as JSON (a map is no property value in Neo4j), parsed back; absent when missing or not as expected. */
function parsedField<K extends string, S extends z.core.$ZodType>(
  raw: Record<string, unknown>,
  key: K,
  schema: S,
): Partial<Record<K, z.infer<S>>> {
  const value = raw[key];
  if (typeof value !== 'string') return {};
  try {
    const parsed = z.safeParse(schema, JSON.parse(value));
    return parsed.success ? ({ [key]: parsed.data } as Partial<Record<K, z.infer<S>>>) : {};
  } catch {
    return {};
  }
}

/** Counts are a map in the API and a map is no property value in Neo4j: they are stored as a JSON string. */
function storedCounts(raw: Record<string, unknown>): Record<string, unknown> {
  return typeof raw['counts'] === 'string' ? { ...raw, counts: JSON.parse(raw['counts']) as unknown } : raw;
}

export type DatasetStartRefusal = { reason: 'removing' } | { reason: 'elsewhere'; source: string };

/** Opens the record for writing; says why not when a removal is under way or the id is taken by another source. */
export async function startDataset(client: GraphClient, start: DatasetStart, staleBefore: string): Promise<DatasetStartRefusal | null> {
  const result = await client.write((tx) =>
    tx.run(START_DATASET, {
      ...start,
      createdBy: start.createdBy ?? null,
      counts: JSON.stringify(start.counts),
      vocabulary: start.vocabulary === undefined ? null : JSON.stringify(start.vocabulary),
      now: new Date().toISOString(),
      staleBefore,
    }),
  );
  const record = result.records[0];
  if (record?.get('removing') === true) return { reason: 'removing' };
  if (record?.get('elsewhere') === true) return { reason: 'elsewhere', source: String(record.get('source')) };
  return null;
}

/**
 * In one transaction: reads the record's state under its lock, lets `mayRemove` decide, and marks it `removing`
 * with the relations to date again. Null when there is no such data set.
 */
export async function beginRemoval(
  client: GraphClient,
  id: string,
  mayRemove: (state: { status: string; updatedAt: string }) => void,
): Promise<{ redate: string[] } | null> {
  return client.write(async (tx) => {
    const record = (await tx.run(LOCK_DATASET, { id })).records[0];
    if (!record) return null;
    mayRemove({ status: String(record.get('status') ?? ''), updatedAt: String(record.get('updatedAt') ?? '') });
    const marked = (await tx.run(MARK_REMOVING, { id, now: new Date().toISOString() })).records[0];
    return { redate: ((marked?.get('redate') as string[] | null) ?? []).map(String) };
  });
}

export interface PropsToRestore {
  kind: 'entity' | 'document' | 'relation';
  id: string;
  source: string | null;
  target: string | null;
  /** The next data set's properties as JSON; empty when it was adopted without them. */
  json: string;
  labels: string[];
}

export async function readPropsToRestore(client: GraphClient, id: string): Promise<PropsToRestore[]> {
  return client.read(async (tx) =>
    (await tx.run(PROPS_TO_RESTORE, { id })).records.map((r) => ({
      kind: r.get('kind') as PropsToRestore['kind'],
      id: String(r.get('id')),
      source: (r.get('source') as string | null) ?? null,
      target: (r.get('target') as string | null) ?? null,
      json: String(r.get('json') ?? ''),
      labels: (r.get('labels') as string[]).map(String),
    })),
  );
}

export async function restoreEntityProps(
  client: GraphClient,
  rows: { id: string; type: string; oldType: string | null; props: Record<string, unknown> }[],
): Promise<void> {
  if (rows.length > 0) await client.write((tx) => tx.run(RESTORE_ENTITIES, { rows }));
}

export async function restoreDocumentProps(client: GraphClient, rows: { id: string; props: Record<string, unknown> }[]): Promise<void> {
  if (rows.length > 0) await client.write((tx) => tx.run(RESTORE_DOCUMENTS, { rows }));
}

export async function restoreRelationProps(
  client: GraphClient,
  rows: { id: string; source: string; target: string; props: Record<string, unknown> }[],
): Promise<void> {
  if (rows.length > 0) await client.write((tx) => tx.run(RESTORE_RELATIONS, { rows }));
}

/** The outcome, with the import's report in the same write: whoever sees the status sees the report. */
export async function finishDataset(
  client: GraphClient,
  id: string,
  outcome: { status: 'done' | 'failed'; error?: string; report?: DatasetReport },
) {
  await client.write((tx) =>
    tx.run(FINISH_DATASET, {
      id,
      status: outcome.status,
      error: outcome.error ?? null,
      report: outcome.report === undefined ? null : JSON.stringify(outcome.report),
      now: new Date().toISOString(),
    }),
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
  await client.runAutoCommit(UNTAG_MENTIONS, { id });
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

export type QueueRefusal = 'busy' | 'elsewhere';

/** Puts an upload in the queue under its record; says why not when the record is busy or another source's. */
export async function queueDataset(
  client: GraphClient,
  entry: Omit<DatasetStart, 'counts' | 'vocabulary'>,
  staleBefore: string,
): Promise<QueueRefusal | null> {
  const result = await client.write((tx) =>
    tx.run(QUEUE_DATASET, {
      ...entry,
      createdBy: entry.createdBy ?? null,
      counts: JSON.stringify({ documents: 0, entities: 0, relations: 0, evidence: 0, mentions: 0 }),
      now: new Date().toISOString(),
      staleBefore,
    }),
  );
  const record = result.records[0];
  if (record?.get('busy') === true) return 'busy';
  if (record?.get('elsewhere') === true) return 'elsewhere';
  return null;
}

/** Keeps waiting uploads from reading as stale while an earlier import runs. */
export async function touchQueuedDatasets(client: GraphClient, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await client.write((tx) => tx.run(TOUCH_QUEUED, { ids, now: new Date().toISOString() }));
}

/** Where extraction over the data set stands; false when there is no such data set. */
export async function setDatasetExtraction(client: GraphClient, id: string, extraction: DatasetExtraction): Promise<boolean> {
  const result = await client.write((tx) => tx.run(SET_EXTRACTION, { id, extraction: JSON.stringify(extraction) }));
  return result.records.length > 0;
}

export async function setDatasetProgress(client: GraphClient, id: string, progress: DatasetProgress): Promise<void> {
  await client.write((tx) => tx.run(SET_PROGRESS, { id, progress: JSON.stringify(progress), now: new Date().toISOString() }));
}
