// POST /api/relations/among: every relation among the entities of a canvas, checked against the seed data files.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema, RelationsAmongResponseSchema, relationId, type RelationRecord } from '@kgx/contract';
import { SEED_DATASET_DIR } from '../../server/src/ingest/seed.ts';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
let seedRelations: RelationRecord[];
beforeAll(async () => {
  app = await startTestApp();
  seedRelations = JSON.parse(await readFile(path.join(SEED_DATASET_DIR, 'relations.json'), 'utf8')) as RelationRecord[];
});
afterAll(async () => {
  await app?.close();
});

const VARDANYAN = 'person:ruben-vardanyan';

/** Vardanyan and everyone the seed data relates him to: the canvas an expand of him draws. */
function neighbourhood(): string[] {
  const ids = new Set([VARDANYAN]);
  for (const r of seedRelations) {
    if (r.source === VARDANYAN) ids.add(r.target);
    if (r.target === VARDANYAN) ids.add(r.source);
  }
  return [...ids];
}

function expectedAmong(ids: readonly string[]): string[] {
  const set = new Set(ids);
  return seedRelations
    .filter((r) => set.has(r.source) && set.has(r.target))
    .map(relationId)
    .sort();
}

async function among(body: unknown) {
  const response = await call(app.baseUrl, '/api/relations/among', { body });
  return { status: response.status, body: response.body };
}

describe('POST /api/relations/among', () => {
  it('returns every relation among the entities, including those between neighbours, not only those of the centre', async () => {
    const ids = neighbourhood();
    const expected = expectedAmong(ids);
    const notTouchingCentre = seedRelations.filter(
      (r) => expected.includes(relationId(r)) && r.source !== VARDANYAN && r.target !== VARDANYAN,
    );
    expect(notTouchingCentre.length).toBeGreaterThan(0);

    const response = await among({ ids });
    expect(response.status).toBe(200);
    const body = RelationsAmongResponseSchema.parse(response.body);
    expect(body.edges.map((e) => e.id).sort()).toEqual(expected);
    expect(body).toMatchObject({ total: expected.length, truncated: false });
    for (const edge of body.edges) expect(edge.evidence.length).toBeGreaterThan(0);
  });

  it('ignores ids that name no entity, as a shared link may after a data set was removed', async () => {
    const ids = neighbourhood();
    const response = await among({ ids: [...ids, 'person:nobody-at-all'] });
    expect(response.status).toBe(200);
    expect(
      RelationsAmongResponseSchema.parse(response.body)
        .edges.map((e) => e.id)
        .sort(),
    ).toEqual(expectedAmong(ids));
  });

  it('keeps only the relation types asked for', async () => {
    const ids = neighbourhood();
    const types = [...new Set(seedRelations.filter((r) => expectedAmong(ids).includes(relationId(r))).map((r) => r.type))];
    expect(types.length).toBeGreaterThan(1);
    const response = await among({ ids, relation: [types[0]] });
    const edges = RelationsAmongResponseSchema.parse(response.body).edges;
    const expected = seedRelations.filter((r) => r.type === types[0] && expectedAmong(ids).includes(relationId(r))).map(relationId);
    expect(expected.length).toBeGreaterThan(0);
    expect(edges.map((e) => e.id).sort()).toEqual(expected.sort());
  });

  it('says how many there are in all when the limit cuts the list', async () => {
    const ids = neighbourhood();
    const body = RelationsAmongResponseSchema.parse((await among({ ids, limit: 2 })).body);
    expect(body.edges).toHaveLength(2);
    expect(body).toMatchObject({ total: expectedAmong(ids).length, truncated: true });
  });

  it('refuses an empty list and a malformed id with 400 naming the field', async () => {
    for (const ids of [[], ['not an id']]) {
      const response = await among({ ids });
      expect(response.status).toBe(400);
      const error = ErrorBodySchema.parse(response.body).error;
      expect(error.code).toBe('INVALID_BODY');
      expect(error.details?.[0]?.parameter).toMatch(/^ids/);
    }
  });
});
