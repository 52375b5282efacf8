// What the server needs to know of a database at start: is it empty, does it predate data sets, was the demo offered.
import type { GraphClient } from './client.ts';

const READ_STATE = `
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH (d:Dataset) RETURN count(d) AS datasets }
CALL () { OPTIONAL MATCH (m:GraphState {id: 'graph'}) RETURN m.demoOfferedAt IS NOT NULL AS demoOffered }
RETURN entities, datasets, demoOffered`;

const MARK_DEMO_OFFERED = `MERGE (m:GraphState {id: 'graph'}) ON CREATE SET m.demoOfferedAt = $now`;

/** A database loaded before data sets existed: its untagged data becomes one data set, removable like any other. */
const ADOPT_UNTAGGED = `
MERGE (d:Dataset {id: $id})
ON CREATE SET d.name = $name, d.format = 'native', d.files = [], d.createdAt = $now, d.updatedAt = $now, d.status = 'done',
  d.counts = $counts
WITH d
CALL () {
  MATCH (n) WHERE (n:Entity OR n:Document) AND n.datasets IS NULL SET n.datasets = [$id]
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity) WHERE r.datasets IS NULL
  SET r.datasets = [$id], r.evidenceDatasetIds = [x IN coalesce(r.evidenceDocumentIds, []) | $id]
}`;

export interface GraphState {
  entities: number;
  datasets: number;
  demoOffered: boolean;
}

export async function readGraphState(client: GraphClient): Promise<GraphState> {
  return client.read(async (tx) => {
    const record = (await tx.run(READ_STATE)).records[0];
    return {
      entities: Number(record?.get('entities') ?? 0),
      datasets: Number(record?.get('datasets') ?? 0),
      demoOffered: Boolean(record?.get('demoOffered')),
    };
  });
}

export async function markDemoOffered(client: GraphClient): Promise<void> {
  await client.write((tx) => tx.run(MARK_DEMO_OFFERED, { now: new Date().toISOString() }));
}

export async function adoptUntaggedData(client: GraphClient, dataset: { id: string; name: string; entities: number }): Promise<void> {
  const counts = JSON.stringify({ documents: 0, entities: dataset.entities, relations: 0, evidence: 0, mentions: 0 });
  await client.write((tx) => tx.run(ADOPT_UNTAGGED, { ...dataset, counts, now: new Date().toISOString() }));
}
