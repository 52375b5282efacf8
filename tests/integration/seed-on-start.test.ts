// Start-up: data from before data sets becomes a data set of its own, touching nothing that already has one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetsResponseSchema, EntityResponseSchema } from '@kgx/contract';
import { adoptUntaggedData, readGraphState } from '../../server/src/graph/graph-state.ts';
import { removeDataset } from '../../server/src/ingest/remove.ts';
import { EARLIER_DATA } from '../../server/src/ingest/seed-on-start.ts';
import { SEED_DATASET } from '../../server/src/ingest/seed.ts';
import { countGraph } from '../support/graph-counts.ts';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const UNTAGGED = `
CREATE (a:Entity:Person {id: 'person:old-timer', name: 'Old Timer', aliases: [], aliasText: '', description: 'Loaded long ago.'})
WITH a
MATCH (b:Entity {id: 'person:ruben-vardanyan'})
CREATE (a)-[:ADVISES {id: 'person:old-timer>ADVISES>person:ruben-vardanyan', evidenceDocumentIds: ['003_8d857074b5059b4f'],
  evidenceQuotes: ['an old quote'], evidenceDates: ['']}]->(b)`;

describe('data loaded before data sets', () => {
  it('becomes one data set that can be removed, leaving what other data sets hold untouched', async () => {
    const before = await countGraph(app.client);
    await app.client.write((tx) => tx.run(UNTAGGED));
    const state = await readGraphState(app.client);
    expect(state.datasets).toBeGreaterThan(0);

    await adoptUntaggedData(app.client, { ...EARLIER_DATA, entities: 1 });
    const datasets = DatasetsResponseSchema.parse((await call(app.baseUrl, '/api/datasets')).body).datasets.map((d) => d.id);
    expect(datasets).toEqual(expect.arrayContaining([SEED_DATASET.id, EARLIER_DATA.id]));
    const oldTimer = EntityResponseSchema.parse((await call(app.baseUrl, '/api/entities/person:old-timer')).body).entity;
    expect(oldTimer.datasets).toEqual([EARLIER_DATA.id]);
    const vardanyan = EntityResponseSchema.parse((await call(app.baseUrl, '/api/entities/person:ruben-vardanyan')).body).entity;
    expect(vardanyan.datasets).toEqual([SEED_DATASET.id]);

    await removeDataset(app.client, EARLIER_DATA.id);
    expect(await countGraph(app.client)).toEqual(before);
  });
});
