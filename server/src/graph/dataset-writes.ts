// Batched, parameterised, idempotent writes of one data set: UNWIND ... MERGE (CREATE into an empty graph), every write tagged.
import { DOCUMENT_BATCH_SIZE, WRITE_BATCH_SIZE, group, writeGroups, type BatchWriter } from './batched-writes.ts';
import type { GraphClient } from './client.ts';
import { DATASET_PROPS, MENTION_COUNTS, supportedBy } from './dataset-support.ts';
import { SET_DATE_SPAN_CLASS } from './date-spans.ts';
import { quoteIdentifier } from './identifiers.ts';

export { touchDataset, type BatchProgress, type BatchWriter } from './batched-writes.ts';

export interface DocumentRow {
  id: string;
  props: {
    title: string;
    date: string | null;
    kind: string;
    text: string;
    length: number;
    /** Sentence boundaries: start, end, start, end... as offsets into the text. */
    sentences?: number[];
  };
}
export interface EntityRow {
  id: string;
  props: {
    name: string;
    aliases: string[];
    aliasText: string;
    description: string;
    startDate: string | null;
    endDate: string | null;
    latitude: number | null;
    longitude: number | null;
  };
}
export interface RelationRow {
  id: string;
  source: string;
  target: string;
  props: {
    detail: string | null;
    role: string | null;
    startDate: string | null;
    endDate: string | null;
    /** Normalised day bounds used by date filters: the earliest and latest day the relation may cover. */
    dateFrom: string | null;
    dateTo: string | null;
  };
  /**
   * This data set's evidence for the relation; evidence of other data sets on the same relation is kept. A quote names
   * its document; a record (a CSV row, a FollowTheMoney entity) leaves both empty and carries its provenance as JSON.
   */
  evidence: { documentId: string; quote: string; date: string; record: string }[];
}
export interface MentionRow {
  documentId: string;
  entityId: string;
  count: number;
}

// Every node and relationship a data set writes lists it in `datasets`, in the order the data sets arrived, with each
// one's properties beside it (dataset-support.ts). The first data set's properties are the ones shown; removing it
// brings the next one's forward (datasets.ts), so what remains is what the remaining data sets say.
//
// Labels and relation types are parameters (`$(row.type)`, checked against the vocabulary first, see `typed`): one
// plan serves every type. A query text per type cost a plan per type, compiled the first time each is used after a
// start: 11 s of a reimport of the demo's 46 types (bench/README.md). A MERGE of a relationship with a parameter type
// expands between its two ends, already found, whatever the type, and filters on it: the same reads as a written type
// between two entities, more only between two hubs that share many relationships of other types.

const MERGE_DOCUMENTS = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
${supportedBy('d', DATASET_PROPS)}
WITH d, row WHERE first
SET d += row.props`;

const MERGE_ENTITIES = `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
${supportedBy('n', DATASET_PROPS)}
WITH n, row WHERE first
SET n:$(row.type), n += row.props`;

/**
 * Evidence is stored as parallel lists (document, quote, date, record, data set), grouped by data set in the order of
 * `datasets`: this data set's entries replace its earlier ones in place, so a reimport changes nothing.
 */
const MERGE_RELATIONS = `
UNWIND $rows AS row
MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
MERGE (s)-[r:$(row.type) {id: row.id}]->(t)
${supportedBy('r', DATASET_PROPS)}
WITH r, row, first, coalesce(r.evidenceDatasetIds, []) AS evidenceDatasets
WITH r, row, first,
  [i IN range(0, size(evidenceDatasets) - 1) WHERE evidenceDatasets[i] <> $dataset |
    {documentId: r.evidenceDocumentIds[i], quote: r.evidenceQuotes[i], date: r.evidenceDates[i],
      record: coalesce(r.evidenceRecords[i], ''), dataset: evidenceDatasets[i]}]
  + [e IN row.evidence | e {.*, dataset: $dataset}] AS entries
WITH r, row, first, reduce(acc = [], d IN r.datasets | acc + [e IN entries WHERE e.dataset = d]) AS evidence
SET r.evidenceDocumentIds = [e IN evidence | e.documentId],
  r.evidenceQuotes = [e IN evidence | e.quote],
  r.evidenceDates = [e IN evidence | e.date],
  r.evidenceRecords = [e IN evidence | e.record],
  r.evidenceDatasetIds = [e IN evidence | e.dataset]
WITH r, row WHERE first
SET r += row.props
${SET_DATE_SPAN_CLASS}`;

/** A mention lists the data sets that found it, each with its count; the first one's count is shown. */
const MERGE_MENTIONS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId}), (n:Entity {id: row.entityId})
MERGE (d)-[m:MENTIONS]->(n)
${supportedBy('m', MENTION_COUNTS)}
SET m.count = m.counts[0]`;

// Into a graph that held nothing when the data set began, and that no other import writes to meanwhile (claimed in
// empty-graph.ts), every row is new: CREATE writes exactly what the MERGEs above write for a new element.

const CREATE_DOCUMENTS = `
UNWIND $rows AS row
CREATE (d:Document {id: row.id})
SET d += row.props, d.datasets = [$dataset], d.datasetProps = [row.json]`;

const CREATE_ENTITIES = `
UNWIND $rows AS row
CREATE (n:Entity {id: row.id})
SET n:$(row.type), n += row.props, n.datasets = [$dataset], n.datasetProps = [row.json]`;

const CREATE_RELATIONS = `
UNWIND $rows AS row
MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
CREATE (s)-[r:$(row.type) {id: row.id}]->(t)
SET r += row.props, r.datasets = [$dataset], r.datasetProps = [row.json],
  r.evidenceDocumentIds = [e IN row.evidence | e.documentId],
  r.evidenceQuotes = [e IN row.evidence | e.quote],
  r.evidenceDates = [e IN row.evidence | e.date],
  r.evidenceRecords = [e IN row.evidence | e.record],
  r.evidenceDatasetIds = [e IN row.evidence | $dataset]
${SET_DATE_SPAN_CLASS}`;

const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId}), (n:Entity {id: row.entityId})
CREATE (d)-[m:MENTIONS]->(n)
SET m.datasets = [$dataset], m.counts = [row.count], m.count = row.count`;

const UPDATE_DEGREES = `
MATCH (n:Entity)
CALL (n) { SET n.degree = COUNT { (n)--(:Entity) } } IN TRANSACTIONS OF 5000 ROWS`;

/** What a data set says of a node or relationship, kept so that it can be shown again when an earlier data set goes. */
function withStoredProps<R extends { props: object }>(extra: object = {}): (row: R) => R & { json: string } {
  return (row) => ({ ...row, json: JSON.stringify({ ...extra, ...row.props }) });
}

/**
 * Adds the row's type, for the dynamic label or type. A parameter cannot inject Cypher, but the graph's types still
 * come only from the vocabulary: the same check as for a type written into a query.
 */
function typed<R>(type: string, toParams: (row: R) => object): (row: R) => object {
  quoteIdentifier(type);
  return (row) => ({ ...toParams(row), type });
}

export async function writeDocuments(writer: BatchWriter, rows: readonly DocumentRow[]) {
  const query = writer.intoEmptyGraph === true ? CREATE_DOCUMENTS : MERGE_DOCUMENTS;
  await writeGroups(writer, [group('documents', query, rows, withStoredProps())], DOCUMENT_BATCH_SIZE);
}

export async function writeEntities(writer: BatchWriter, byType: ReadonlyMap<string, readonly EntityRow[]>) {
  await writeGroups(
    writer,
    [...byType].map(([type, rows]) =>
      group(type, writer.intoEmptyGraph === true ? CREATE_ENTITIES : MERGE_ENTITIES, rows, typed(type, withStoredProps({ type }))),
    ),
    WRITE_BATCH_SIZE,
  );
}

export async function writeRelations(writer: BatchWriter, byType: ReadonlyMap<string, readonly RelationRow[]>) {
  await writeGroups(
    writer,
    [...byType].map(([type, rows]) =>
      group(type, writer.intoEmptyGraph === true ? CREATE_RELATIONS : MERGE_RELATIONS, rows, typed(type, withStoredProps())),
    ),
    WRITE_BATCH_SIZE,
  );
}

export async function writeMentions(writer: BatchWriter, rows: readonly MentionRow[]) {
  const query = writer.intoEmptyGraph === true ? CREATE_MENTIONS : MERGE_MENTIONS;
  await writeGroups(writer, [group('MENTIONS', query, rows, (row) => row)], WRITE_BATCH_SIZE);
}

/** Degree is stored so that ranking by it costs nothing at query time; recomputed after every load. */
export async function updateDegrees(client: GraphClient): Promise<void> {
  await client.runAutoCommit(UPDATE_DEGREES);
}
