// The database schema the graph relies on: unique ids, the full-text index behind search, the timeline's window indexes.
import type { GraphClient } from './client.ts';
import { ensureDateSpanIndexes } from './date-spans.ts';

export const FULLTEXT_INDEX = 'entityNames';
/** The documents' text and titles, for finding the sentences that say something. */
export const DOCUMENT_TEXT_INDEX = 'documentTexts';

export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE',
  'CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (d:Dataset) REQUIRE d.id IS UNIQUE',
  'CREATE INDEX entity_degree IF NOT EXISTS FOR (n:Entity) ON (n.degree)',
  // Extraction merges its candidates by id and the review queue reads them by id and by data set: without these, each
  // row of a run scanned every candidate, and a long document's thousands of candidates took minutes to write.
  'CREATE CONSTRAINT entity_candidate_id IF NOT EXISTS FOR (c:EntityCandidate) REQUIRE c.id IS UNIQUE',
  'CREATE CONSTRAINT relation_candidate_id IF NOT EXISTS FOR (c:RelationCandidate) REQUIRE c.id IS UNIQUE',
  'CREATE INDEX entity_candidate_dataset IF NOT EXISTS FOR (c:EntityCandidate) ON (c.datasetId)',
  'CREATE INDEX relation_candidate_dataset IF NOT EXISTS FOR (c:RelationCandidate) ON (c.datasetId)',
  // standard-folding lower-cases and strips accents, so "mijatovic" meets "Mijatović".
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
  `CREATE FULLTEXT INDEX ${DOCUMENT_TEXT_INDEX} IF NOT EXISTS FOR (d:Document) ON EACH [d.text, d.title]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
] as const;

const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';

/** The fixed schema, and a window index for each relation type the graph holds (date-spans.ts), all online. */
export async function applySchema(client: GraphClient): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await client.runAutoCommit(statement);
  await ensureDateSpanIndexes(client);
  await client.runAutoCommit(AWAIT_INDEXES);
}
