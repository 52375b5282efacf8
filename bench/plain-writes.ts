// The yardsticks for the live writer: the same graph written the simplest way, plain UNWIND ... CREATE, 10,000 rows a
// transaction, one at a time; and the same nodes and relationships with nothing on them but their id and type (no
// names, no evidence, no full-text index), the most any Cypher writer can reach on the machine.
// This Cypher is a measuring stick, not the product's: it is only right for an empty database, which is all it is run on.
import type { Session } from 'neo4j-driver';
import type { RelationRow } from '../server/src/graph/dataset-writes.ts';
import { int, type GraphClient } from '../server/src/graph/client.ts';
import type { PreparedDataset } from '../server/src/ingest/prepare.ts';
import type { DatasetMeta } from '../server/src/ingest/write.ts';

export const PLAIN_BATCH_SIZE = 10_000;

const CREATE_DATASET = 'CREATE (d:Dataset) SET d = $props';
const CREATE_DOCUMENTS = 'UNWIND $rows AS row CREATE (d:Document) SET d = row';
const CREATE_ENTITIES = 'UNWIND $rows AS row CREATE (n:Entity:$(row.type)) SET n = row.props';
const CREATE_RELATIONS = `
UNWIND $rows AS row
MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
CREATE (s)-[r:$(row.type)]->(t) SET r = row.props`;
const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId}), (n:Entity {id: row.entityId})
CREATE (d)-[m:MENTIONS]->(n) SET m = row.props`;

const BARE_DOCUMENTS = 'UNWIND $rows AS row CREATE (d:Document {id: row.id})';
const BARE_ENTITIES = 'UNWIND $rows AS row CREATE (n:Entity:$(row.type) {id: row.id})';
const BARE_RELATIONS = `
UNWIND $rows AS row
MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
CREATE (s)-[r:$(row.type) {id: row.id}]->(t)`;
const BARE_MENTIONS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId}), (n:Entity {id: row.entityId})
CREATE (d)-[:MENTIONS]->(n)`;

/** The only schema the bare writer keeps: the id lookups its MATCHes need. */
export const BARE_SCHEMA = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE',
];

export interface PlainPhases {
  documents: number;
  entities: number;
  relations: number;
  mentions: number;
}

/** Degrees as the loader stores them: relations to other entities, either way; computed here before the clock starts. */
function degrees(dataset: PreparedDataset): Map<string, number> {
  const degree = new Map<string, number>();
  for (const rows of dataset.relationsByType.values()) {
    for (const { source, target } of rows) {
      degree.set(source, (degree.get(source) ?? 0) + 1);
      degree.set(target, (degree.get(target) ?? 0) + 1);
    }
  }
  return degree;
}

function evidenceLists(row: RelationRow, dataset: string) {
  return {
    evidenceDocumentIds: row.evidence.map((e) => e.documentId),
    evidenceQuotes: row.evidence.map((e) => e.quote),
    evidenceDates: row.evidence.map((e) => e.date),
    evidenceRecords: row.evidence.map((e) => e.record),
    evidenceDatasetIds: row.evidence.map(() => dataset),
  };
}

/** Writes rows PLAIN_BATCH_SIZE at a time, one transaction after another, through one session; returns the milliseconds. */
function batchWriter(session: Session) {
  return async <R>(rows: readonly R[], query: string, toRow: (row: R) => object): Promise<number> => {
    const started = performance.now();
    for (let start = 0; start < rows.length; start += PLAIN_BATCH_SIZE) {
      const batch = rows.slice(start, start + PLAIN_BATCH_SIZE).map(toRow);
      await session.executeWrite((tx) => tx.run(query, { rows: batch }));
    }
    return performance.now() - started;
  };
}

/** Writes the whole data set into an empty database; returns each phase's milliseconds. */
export async function writePlain(client: GraphClient, dataset: PreparedDataset, meta: DatasetMeta): Promise<PlainPhases> {
  const degree = degrees(dataset);
  const session = client.driver.session({ database: client.database });
  const tags = [meta.id];
  const inBatches = batchWriter(session);
  try {
    const now = new Date().toISOString();
    await session.executeWrite((tx) =>
      tx.run(CREATE_DATASET, {
        props: { ...meta, vocabulary: null, counts: JSON.stringify(dataset.counts), createdAt: now, updatedAt: now, status: 'done' },
      }),
    );
    const documents = await inBatches(dataset.documents, CREATE_DOCUMENTS, (row) => ({
      id: row.id,
      ...row.props,
      datasets: tags,
      datasetProps: [JSON.stringify(row.props)],
    }));
    const entityRows = [...dataset.entitiesByType].flatMap(([type, rows]) => rows.map((row) => ({ type, row })));
    const entities = await inBatches(entityRows, CREATE_ENTITIES, ({ type, row }) => ({
      type,
      props: {
        id: row.id,
        ...row.props,
        // An integer, as the loader's COUNT stores it.
        degree: int(degree.get(row.id) ?? 0),
        datasets: tags,
        datasetProps: [JSON.stringify({ type, ...row.props })],
      },
    }));
    const relationRows = [...dataset.relationsByType].flatMap(([type, rows]) => rows.map((row) => ({ type, row })));
    const relations = await inBatches(relationRows, CREATE_RELATIONS, ({ type, row }) => ({
      type,
      source: row.source,
      target: row.target,
      props: { id: row.id, ...row.props, datasets: tags, datasetProps: [JSON.stringify(row.props)], ...evidenceLists(row, meta.id) },
    }));
    const mentions = await inBatches(dataset.mentions, CREATE_MENTIONS, (row) => ({
      documentId: row.documentId,
      entityId: row.entityId,
      props: { count: row.count, counts: [row.count], datasets: tags },
    }));
    return { documents, entities, relations, mentions };
  } finally {
    await session.close();
  }
}

/**
 * The same nodes and relationships with only their ids and types, into a database whose only schema is BARE_SCHEMA:
 * what Neo4j's Cypher write path does on this machine when nothing else is asked of it.
 */
export async function writeBare(client: GraphClient, dataset: PreparedDataset, meta: DatasetMeta): Promise<PlainPhases> {
  const session = client.driver.session({ database: client.database });
  const inBatches = batchWriter(session);
  try {
    await session.executeWrite((tx) => tx.run(CREATE_DATASET, { props: { id: meta.id } }));
    const documents = await inBatches(dataset.documents, BARE_DOCUMENTS, (row) => ({ id: row.id }));
    const entityRows = [...dataset.entitiesByType].flatMap(([type, rows]) => rows.map((row) => ({ type, id: row.id })));
    const entities = await inBatches(entityRows, BARE_ENTITIES, (row) => row);
    const relationRows = [...dataset.relationsByType].flatMap(([type, rows]) => rows.map((row) => ({ type, row })));
    const relations = await inBatches(relationRows, BARE_RELATIONS, ({ type, row }) => ({
      type,
      id: row.id,
      source: row.source,
      target: row.target,
    }));
    const mentions = await inBatches(dataset.mentions, BARE_MENTIONS, (row) => ({ documentId: row.documentId, entityId: row.entityId }));
    return { documents, entities, relations, mentions };
  } finally {
    await session.close();
  }
}
