// /api/stats reads the count store and a stored evidence counter instead of every relation; the counter equals a
// recount after an import, a removal, and (shortly after) a merge and its undo.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { StatsResponseSchema } from '@kgx/contract';
import { countEvidence } from '../../server/src/graph/stats.ts';
import { importDataset } from '../../server/src/ingest/import.ts';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/csv');
const DATASET = 'companies';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await call(app.baseUrl, `/api/datasets/${DATASET}`, { method: 'DELETE' });
  await app?.close();
});

async function stats() {
  const response = await call(app.baseUrl, '/api/stats');
  expect(response.status).toBe(200);
  return StatsResponseSchema.parse(response.body);
}

/** Every relation between entities and every piece of evidence, counted the slow way. */
async function recount(): Promise<{ relations: number; evidence: number }> {
  const relations = await app.client.read(async (tx) =>
    Number((await tx.run('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n')).records[0]?.get('n')),
  );
  return { relations, evidence: await countEvidence(app.client) };
}

async function storedEvidence(): Promise<number | null> {
  return app.client.read(async (tx) => {
    const value: unknown = (await tx.run(`OPTIONAL MATCH (g:GraphState {id: 'graph'}) RETURN g.evidenceCount AS n`)).records[0]?.get('n');
    return value === null || value === undefined ? null : Number(value);
  });
}

describe('stats from stored counters', () => {
  it('stores the evidence count with the graph when a data set is loaded, equal to a recount', async () => {
    const counted = await recount();
    expect(counted.evidence).toBeGreaterThan(100);
    expect(await storedEvidence()).toBe(counted.evidence);
    expect((await stats()).totals).toMatchObject(counted);
  });

  it('reads the stored count, not the relations: a changed counter shows in the answer (bug: every request read every relation)', async () => {
    const counted = await recount();
    await app.client.write((tx) => tx.run(`MATCH (g:GraphState {id: 'graph'}) SET g.evidenceCount = g.evidenceCount + 1000`));
    try {
      expect((await stats()).totals.evidence).toBe(counted.evidence + 1000);
    } finally {
      await app.client.write((tx) => tx.run(`MATCH (g:GraphState {id: 'graph'}) SET g.evidenceCount = $n`, { n: counted.evidence }));
    }
  });

  it('follows an import and a removal', async () => {
    const before = await recount();
    await importDataset(app.client, {
      format: 'csv',
      files: ['companies.csv', 'ownership.csv'].map((name) => ({ path: path.join(FIXTURES, name), name })),
    });
    const imported = await recount();
    expect(imported.evidence).toBeGreaterThan(before.evidence);
    expect((await stats()).totals).toMatchObject(imported);

    expect((await call(app.baseUrl, `/api/datasets/${DATASET}`, { method: 'DELETE' })).status).toBe(200);
    expect(await recount()).toEqual(before);
    expect((await stats()).totals).toMatchObject(before);
  });

  it('follows a merge and its undo, shortly after each', async () => {
    // Two entities of the demo that share no relation: a merge combines nothing, but the counter is recounted.
    const before = await recount();
    const merged = await call(app.baseUrl, '/api/entities/person:sabina-grigoryan/merge', { body: { into: 'person:ruben-vardanyan' } });
    expect(merged.status).toBe(200);
    try {
      await vi.waitFor(async () => expect((await stats()).totals).toMatchObject(await recount()), { timeout: 10_000, interval: 100 });
    } finally {
      expect((await call(app.baseUrl, '/api/entities/person:sabina-grigoryan/merge', { method: 'DELETE' })).status).toBe(200);
    }
    await vi.waitFor(async () => expect((await stats()).totals).toMatchObject(before), { timeout: 10_000, interval: 100 });
  });
});
