// Imports into an empty graph CREATE instead of MERGE: the same graph either way, and never while another import writes.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetsResponseSchema } from '@kgx/contract';
import { startDataset } from '../../server/src/graph/datasets.ts';
import { claimEmptyGraph, releaseEmptyGraph } from '../../server/src/graph/empty-graph.ts';
import { staleBefore } from '../../server/src/ingest/dataset-status.ts';
import { loadDataset } from '../../server/src/ingest/load.ts';
import { removeDataset } from '../../server/src/ingest/remove.ts';
import { SEED_DATASET, SEED_DATASET_DIR } from '../../server/src/ingest/seed.ts';
import { countGraph, type GraphCounts } from '../support/graph-counts.ts';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';

/** Shares nothing with the demo. */
const HARBOUR = path.resolve(import.meta.dirname, '../fixtures/small-dataset');
const HARBOUR_ID = 'small-dataset';
const DEMO = SEED_DATASET.id;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  // Leave the demo alone in the graph, as the other test files expect it.
  for (const id of ['claim-a', 'claim-b', HARBOUR_ID]) await removeDataset(app.client, id);
  await loadDataset(app.client, SEED_DATASET_DIR);
  await app?.close();
});

async function emptyTheGraph(): Promise<void> {
  const listed = DatasetsResponseSchema.parse((await call(app.baseUrl, '/api/datasets')).body).datasets;
  for (const { id } of listed) await removeDataset(app.client, id);
  // What a start notes about the database (GraphState: the demo was offered) is not data, and may stay.
  const { nodes, labels } = await countGraph(app.client);
  expect(nodes - (labels['GraphState'] ?? 0)).toBe(0);
}

/** A record open for writing, as an import has it while it writes. */
async function openRecord(id: string): Promise<void> {
  const counts = { documents: 0, entities: 0, relations: 0, evidence: 0, mentions: 0 };
  await startDataset(app.client, { id, name: id, format: 'native', files: [], source: `test:${id}`, counts }, staleBefore(Date.now()));
}

/** A graph's counts with the data set records' creation times left out: a reload creates its record anew. */
function withoutCreationTimes(counts: GraphCounts): GraphCounts {
  return { ...counts, fingerprint: counts.fingerprint.replace(/"createdAt":"[^"]+"/g, '') };
}

describe('imports into an empty graph', () => {
  it('writes exactly the graph it would merge into a graph shared with another data set', async () => {
    await emptyTheGraph();
    await loadDataset(app.client, SEED_DATASET_DIR);
    const created = await countGraph(app.client);

    await loadDataset(app.client, HARBOUR);
    await removeDataset(app.client, DEMO);
    await loadDataset(app.client, SEED_DATASET_DIR);
    await removeDataset(app.client, HARBOUR_ID);
    expect(withoutCreationTimes(await countGraph(app.client))).toEqual(withoutCreationTimes(created));
  });

  it('claims the graph only while it holds nothing and no other import or removal is at work', async () => {
    await emptyTheGraph();
    await openRecord('claim-a');
    expect(await claimEmptyGraph(app.client, 'claim-a', staleBefore(Date.now()))).toEqual({ alone: true });

    // One beginning meanwhile learns who holds the claim, whatever the graph holds.
    await openRecord('claim-b');
    expect(await claimEmptyGraph(app.client, 'claim-b', staleBefore(Date.now()))).toEqual({ alone: false, claimedBy: 'claim-a' });
    // Released, it is still at work: nobody is alone, nobody is refused.
    await releaseEmptyGraph(app.client, 'claim-a');
    expect(await claimEmptyGraph(app.client, 'claim-b', staleBefore(Date.now()))).toEqual({ alone: false, claimedBy: null });
    await removeDataset(app.client, 'claim-a');
    await removeDataset(app.client, 'claim-b');

    await loadDataset(app.client, HARBOUR);
    await openRecord('claim-a');
    expect(await claimEmptyGraph(app.client, 'claim-a', staleBefore(Date.now()))).toEqual({ alone: false, claimedBy: null });
    await removeDataset(app.client, 'claim-a');
    await removeDataset(app.client, HARBOUR_ID);
  });

  it('refuses an import while another holds the claim, writing nothing, and takes it once that one is done', async () => {
    await emptyTheGraph();
    await openRecord('claim-a');
    await claimEmptyGraph(app.client, 'claim-a', staleBefore(Date.now()));
    const before = await countGraph(app.client);
    await expect(loadDataset(app.client, HARBOUR)).rejects.toThrow(/'claim-a' is being written into the empty graph/);
    const refused = DatasetsResponseSchema.parse((await call(app.baseUrl, '/api/datasets')).body).datasets.find((d) => d.id === HARBOUR_ID);
    expect(refused?.status).toBe('failed');
    await removeDataset(app.client, HARBOUR_ID);
    expect(await countGraph(app.client)).toEqual(before);

    await releaseEmptyGraph(app.client, 'claim-a');
    await removeDataset(app.client, 'claim-a');
    await loadDataset(app.client, HARBOUR);
    expect(DatasetsResponseSchema.parse((await call(app.baseUrl, '/api/datasets')).body).datasets.map((d) => d.id)).toEqual([HARBOUR_ID]);
    await removeDataset(app.client, HARBOUR_ID);
  });
});
