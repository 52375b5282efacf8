// Hostile and odd input in every parameter of every endpoint: a clear 4xx or a normal answer, never a 500, never a change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { ErrorBodySchema } from '@kgx/contract';
import { createApp } from '../../server/src/app.ts';
import { countGraph, type GraphCounts } from '../support/graph-counts.ts';
import { serveApp } from '../support/serve.ts';
import { call, connectTestClient, startTestApp, type TestApp } from '../support/test-app.ts';

const PAYLOADS = [
  "x' OR 1=1 //",
  "') MATCH (n) DETACH DELETE n //",
  '`) DETACH DELETE n //',
  'LEADS]->() DETACH DELETE n //',
  '$id',
  '{"$ne": null}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '\u0000',
  '💥'.repeat(50),
  'a'.repeat(5_000),
  '',
];

const VALID = { from: 'person:ruben-vardanyan', to: 'person:nikol-pashinyan' };

/** Each endpoint with the query parameters it takes and a valid base for the others. */
const ENDPOINTS: { path: string; base: Record<string, string>; params: string[] }[] = [
  { path: '/api/search', base: { q: 'armenia' }, params: ['q', 'type', 'limit'] },
  { path: '/api/entities/person:ruben-vardanyan/neighbors', base: {}, params: ['type', 'relation', 'from', 'to', 'limit'] },
  { path: '/api/paths', base: VALID, params: ['from', 'to', 'maxHops', 'k', 'relation'] },
  { path: '/api/relations', base: {}, params: ['subject', 'predicate', 'object', 'subjectType', 'objectType', 'from', 'to', 'limit'] },
];

let app: TestApp;
let before: GraphCounts;
beforeAll(async () => {
  app = await startTestApp();
  before = await countGraph(app.client);
});
afterAll(async () => {
  await app?.close();
});

describe('hostile input', () => {
  for (const endpoint of ENDPOINTS) {
    for (const param of endpoint.params) {
      it(`${endpoint.path}: every payload in ${param} gets 200, 400 or 404 with a JSON body`, async () => {
        for (const payload of PAYLOADS) {
          const query = new URLSearchParams({ ...endpoint.base, [param]: payload });
          const response = await call(app.baseUrl, `${endpoint.path}?${query.toString()}`);
          expect([200, 400, 404], `${param}=${JSON.stringify(payload.slice(0, 40))}`).toContain(response.status);
          if (response.status !== 200) {
            const body = ErrorBodySchema.parse(response.body);
            if (response.status === 400) expect(body.error.details?.length).toBeGreaterThan(0);
          }
        }
      });
    }
  }

  it('answers payloads in path ids with 400 or 404, never 500', async () => {
    // An empty id is a different route (the list), so it is left out here.
    for (const payload of PAYLOADS.filter((p) => p !== '')) {
      for (const path of ['/api/entities/', '/api/documents/']) {
        const response = await call(app.baseUrl, `${path}${encodeURIComponent(payload)}`);
        expect([400, 404], JSON.stringify(payload.slice(0, 40))).toContain(response.status);
      }
    }
  });

  it('sends payloads as console parameters without running them as Cypher', async () => {
    for (const payload of PAYLOADS) {
      const response = await call(app.baseUrl, '/api/cypher', {
        body: { query: 'MATCH (n:Entity {id: $id}) RETURN n.name AS name', params: { id: payload } },
      });
      expect(response.status).toBe(200);
      expect((response.body as { rows: unknown[] }).rows).toEqual([]);
    }
  });

  it('left the graph exactly as it was', async () => {
    expect(await countGraph(app.client)).toEqual(before);
  });
});

describe('CORS', () => {
  it('allows only the configured origin when CORS_ORIGIN is set', async () => {
    const client = connectTestClient();
    const { baseUrl, close } = await serveApp(
      createApp({ client, logger: pino({ level: 'silent' }), queryTimeoutMs: 5_000, corsOrigin: 'https://newsroom.example' }),
    );
    try {
      const preflight = await fetch(`${baseUrl}/api/search?q=x`, { method: 'OPTIONS', headers: { origin: 'https://newsroom.example' } });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://newsroom.example');
      const get = await call(baseUrl, '/api/health');
      expect(get.headers.get('access-control-allow-origin')).toBe('https://newsroom.example');
    } finally {
      await close();
      await client.close();
    }
  });
});
