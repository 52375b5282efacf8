// GET /api/overview: the opening view from stored degrees (events first, then the best connected), with every relation
// among the entities picked; checked against the seed data files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema, OverviewResponseSchema, relationId } from '@kgx/contract';
import { readSeedData } from '../support/seed-data.ts';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

/** The rule, computed from the files: degree = relations touching an entity; events first, then any type; ties by name. */
function expectedPick(limit: number, events: number): string[] {
  const { entities, relations } = readSeedData();
  const degree = new Map<string, number>();
  for (const r of relations) for (const end of [r.source, r.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const ranked = entities
    .filter((e) => degree.has(e.id))
    .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const picked = ranked.filter((e) => e.type === 'Event').slice(0, Math.min(events, limit));
  for (const e of ranked) {
    if (picked.length >= limit) break;
    if (!picked.includes(e)) picked.push(e);
  }
  return picked.map((e) => e.id).sort();
}

async function overview(query: string) {
  const response = await call(app.baseUrl, `/api/overview${query}`);
  expect(response.status).toBe(200);
  return OverviewResponseSchema.parse(response.body);
}

describe('GET /api/overview', () => {
  it.each([
    ['', 25, 8],
    ['?limit=10&events=3', 10, 3],
    ['?limit=5&events=0', 5, 0],
  ])('picks the best-connected entities with room for events (%s)', async (query, limit, events) => {
    const body = await overview(query);
    expect(body.nodes.map((n) => n.id).sort()).toEqual(expectedPick(limit, events));
    expect(body.nodes.filter((n) => n.type === 'Event').length).toBeGreaterThanOrEqual(Math.min(events, 1));
  });

  it('draws every relation among the entities it picked', async () => {
    const body = await overview('');
    const ids = new Set(body.nodes.map((n) => n.id));
    const expected = readSeedData()
      .relations.filter((r) => ids.has(r.source) && ids.has(r.target))
      .map(relationId)
      .sort();
    expect(expected.length).toBeGreaterThan(10);
    expect(body.edges.map((e) => e.id).sort()).toEqual(expected);
    expect(body.truncated).toBe(false);
  });

  it('answers 400 naming the parameter for a limit out of range', async () => {
    const response = await call(app.baseUrl, '/api/overview?limit=0');
    expect(response.status).toBe(400);
    expect(ErrorBodySchema.parse(response.body).error.details?.map((d) => d.parameter)).toEqual(['limit']);
  });
});
