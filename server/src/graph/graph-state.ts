// What the server needs to know of a database at start: is it empty, does it predate data sets, was the demo offered.
import type { GraphClient } from './client.ts';

const READ_STATE = `
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH (d:Dataset) RETURN count(d) AS datasets }
CALL () { OPTIONAL MATCH (m:GraphState {id: 'graph'}) RETURN m.demoOfferedAt IS NOT NULL AS demoOffered }
CALL () { MATCH (n) WHERE (n:Entity OR n:Document) AND n.datasets IS NULL RETURN count(n) AS untagged }
CALL () { OPTIONAL MATCH (d:Dataset {id: $demoId}) RETURN d IS NOT NULL AND coalesce(d.status, '') <> 'done' AS demoIncomplete }
RETURN entities, datasets, demoOffered, untagged, demoIncomplete`;

/** Stops at the first untagged element: this runs before every import. */
const HAS_UNTAGGED = `
RETURN EXISTS { MATCH (n:Entity) WHERE n.datasets IS NULL } OR EXISTS { MATCH (d:Document) WHERE d.datasets IS NULL } AS untagged`;

/** The state node may exist already (the demo's load stores its aggregates there): the first offer's time stands. */
const MARK_DEMO_OFFERED = `MERGE (m:GraphState {id: 'graph'}) SET m.demoOfferedAt = coalesce(m.demoOfferedAt, $now)`;

/** Data loaded before data sets existed, untagged: it becomes one data set, removable like any other. */
const ADOPT_UNTAGGED = `
CALL () { MATCH (n:Entity) WHERE n.datasets IS NULL RETURN count(n) AS entities }
CALL () { MATCH (n:Document) WHERE n.datasets IS NULL RETURN count(n) AS documents }
CALL () {
  MATCH (:Entity)-[r]->(:Entity) WHERE r.datasets IS NULL
  RETURN count(r) AS relations, sum(size(coalesce(r.evidenceDocumentIds, []))) AS evidence
}
MERGE (d:Dataset {id: $id})
ON CREATE SET d.name = $name, d.format = 'native', d.files = [], d.createdAt = $now, d.status = 'done'
SET d.updatedAt = $now, d.counts = '{"documents":' + toString(documents) + ',"entities":' + toString(entities) +
  ',"relations":' + toString(relations) + ',"evidence":' + toString(evidence) + ',"mentions":0}'
WITH d
CALL () {
  MATCH (n) WHERE (n:Entity OR n:Document) AND n.datasets IS NULL SET n.datasets = [$id], n.datasetProps = ['']
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity) WHERE r.datasets IS NULL
  SET r.datasets = [$id], r.datasetProps = [''], r.evidenceDatasetIds = [x IN coalesce(r.evidenceDocumentIds, []) | $id]
}
CALL () {
  MATCH (:Document)-[m:MENTIONS]->(:Entity) WHERE m.datasets IS NULL
  SET m.datasets = [$id], m.counts = [coalesce(m.count, 0)]
}`;

export interface GraphState {
  entities: number;
  datasets: number;
  demoOffered: boolean;
  /** Entities and documents that no data set lists: loaded before data sets existed. */
  untagged: number;
  /** The demo's record is there but its load never finished: a first start was stopped midway. */
  demoIncomplete: boolean;
}

export async function readGraphState(client: GraphClient, demoId: string): Promise<GraphState> {
  return client.read(async (tx) => {
    const record = (await tx.run(READ_STATE, { demoId })).records[0];
    return {
      entities: Number(record?.get('entities') ?? 0),
      datasets: Number(record?.get('datasets') ?? 0),
      demoOffered: Boolean(record?.get('demoOffered')),
      untagged: Number(record?.get('untagged') ?? 0),
      demoIncomplete: Boolean(record?.get('demoIncomplete')),
    };
  });
}

export async function hasUntaggedData(client: GraphClient): Promise<boolean> {
  return client.read(async (tx) => (await tx.run(HAS_UNTAGGED)).records[0]?.get('untagged') === true);
}

export async function markDemoOffered(client: GraphClient): Promise<void> {
  await client.write((tx) => tx.run(MARK_DEMO_OFFERED, { now: new Date().toISOString() }));
}

export async function adoptUntaggedData(client: GraphClient, dataset: { id: string; name: string }): Promise<void> {
  await client.write((tx) => tx.run(ADOPT_UNTAGGED, { ...dataset, now: new Date().toISOString() }));
}
