// Batched, parameterised, idempotent writes that load a data set: UNWIND ... MERGE, one transaction per batch.
import type { EntityType, RelationType } from '@kgx/contract';
import type { GraphClient } from './client.ts';
import { quoteIdentifier } from './identifiers.ts';

export interface DocumentRow {
  id: string;
  props: { title: string; date: string | null; kind: string; text: string; length: number };
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
    evidenceDocumentIds: string[];
    evidenceQuotes: string[];
    evidenceDates: string[];
  };
}
export interface MentionRow {
  documentId: string;
  entityId: string;
  count: number;
}

const MERGE_DOCUMENTS = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d += row.props`;

const mergeEntities = (type: EntityType) => `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:${quoteIdentifier(type)}, n += row.props`;

const mergeRelations = (type: RelationType) => `
UNWIND $rows AS row
MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
MERGE (s)-[r:${quoteIdentifier(type)} {id: row.id}]->(t)
SET r += row.props`;

const MERGE_MENTIONS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId}), (n:Entity {id: row.entityId})
MERGE (d)-[m:MENTIONS]->(n)
SET m.count = row.count`;

const UPDATE_DEGREES = `
MATCH (n:Entity)
CALL (n) { SET n.degree = COUNT { (n)--(:Entity) } } IN TRANSACTIONS OF 5000 ROWS`;

const COUNT_ENTITIES = 'MATCH (n:Entity) RETURN count(n) AS n';

export const WRITE_BATCH_SIZE = 1000;

export interface BatchProgress {
  kind: string;
  written: number;
  total: number;
}

async function writeBatches<T>(
  client: GraphClient,
  query: string,
  rows: readonly T[],
  report: (written: number) => void,
  batchSize = WRITE_BATCH_SIZE,
): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    await client.write((tx) => tx.run(query, { rows: batch }));
    report(Math.min(start + batchSize, rows.length));
  }
}

export async function writeDocuments(client: GraphClient, rows: DocumentRow[], onProgress: (p: BatchProgress) => void) {
  await writeBatches(client, MERGE_DOCUMENTS, rows, (written) => onProgress({ kind: 'documents', written, total: rows.length }));
}

export async function writeEntities(client: GraphClient, type: EntityType, rows: EntityRow[], onProgress: (p: BatchProgress) => void) {
  await writeBatches(client, mergeEntities(type), rows, (written) => onProgress({ kind: type, written, total: rows.length }));
}

export async function writeRelations(client: GraphClient, type: RelationType, rows: RelationRow[], onProgress: (p: BatchProgress) => void) {
  await writeBatches(client, mergeRelations(type), rows, (written) => onProgress({ kind: type, written, total: rows.length }));
}

export async function writeMentions(client: GraphClient, rows: MentionRow[], onProgress: (p: BatchProgress) => void) {
  await writeBatches(client, MERGE_MENTIONS, rows, (written) => onProgress({ kind: 'MENTIONS', written, total: rows.length }));
}

/** Degree is stored so that ranking by it costs nothing at query time; recomputed after every load. */
export async function updateDegrees(client: GraphClient): Promise<void> {
  await client.runAutoCommit(UPDATE_DEGREES);
}

export async function countEntities(client: GraphClient): Promise<number> {
  return client.read(async (tx) => {
    const result = await tx.run(COUNT_ENTITIES);
    return Number(result.records[0]?.get('n') ?? 0);
  });
}
