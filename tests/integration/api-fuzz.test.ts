// Property-based fuzz of every endpoint in the registry (the source of the OpenAPI document): generated path, query and
// body values, a bounded number of cases each, never a 5xx, every refusal in the documented error shape, and the graph
// unchanged.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '@kgx/contract';
import { examplePath, isWrite } from '../../server/src/routes/endpoint.ts';
import { ENDPOINTS } from '../../server/src/routes/registry.ts';
import { describeEndpoint, keysOf } from '../support/endpoint-requests.ts';
import { countGraph, type GraphCounts } from '../support/graph-counts.ts';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';

/** Cases per endpoint: enough to meet the odd value, few enough for every run of the suite. */
const RUNS = 25;

let app: TestApp;
let before: GraphCounts;
beforeAll(async () => {
  app = await startTestApp();
  before = await countGraph(app.client);
});
afterAll(async () => {
  await app?.close();
});

const odd = fc.constantFrom(
  '',
  ' ',
  '0',
  '-1',
  '1e309',
  'NaN',
  'true',
  'null',
  '[]',
  '{}',
  '../../etc/passwd',
  '%',
  '%00',
  "' OR 1=1 --",
  '"}) MATCH (n) DETACH DELETE n //',
  '<script>alert(1)</script>',
  'person:ruben-vardanyan',
  '2023-02-30',
  '9999-99',
  'x'.repeat(3000),
  'Mijatović',
  '\u202e',
);
const text = fc.oneof(odd, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.integer().map(String));
const jsonValue = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 4 }),
  fc.dictionary(text, text, { maxKeys: 3 }),
);

/** Values for each declared key, some keys left out, sometimes one the endpoint does not declare. */
function fields<V>(keys: readonly string[], value: fc.Arbitrary<V>): fc.Arbitrary<Record<string, V>> {
  const declared = keys.length > 0 ? fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] }) : fc.constant({});
  return fc
    .tuple(declared, fc.option(fc.tuple(fc.constantFrom('colour', '__proto__', 'constructor'), value), { nil: undefined }))
    .map(([record, extra]) => (extra === undefined ? record : { ...record, [extra[0]]: extra[1] }));
}

describe('every endpoint under generated input', () => {
  it('has endpoints to fuzz', () => {
    expect(ENDPOINTS.length).toBeGreaterThan(20);
  });

  for (const endpoint of ENDPOINTS) {
    // Signing in with generated names would lock the example accounts out for the other tests; its refusals have their own.
    if (endpoint.path === '/session' && endpoint.method === 'post') continue;
    it(`${describeEndpoint(endpoint)} never answers 5xx, and refuses in the documented shape`, async () => {
      // A read may also get its example's real ids; a write never does (its example would really remove or extract).
      const param = (k: string) => (isWrite(endpoint) ? text : fc.oneof(text, fc.constant(endpoint.example.params?.[k] ?? '')));
      const params = fc.record(Object.fromEntries(Object.keys(endpoint.example.params ?? {}).map((k) => [k, param(k)])));
      const query = fields(keysOf(endpoint.query), text);
      const body = fc.oneof(fields(keysOf(endpoint.body), jsonValue), jsonValue);
      await fc.assert(
        fc.asyncProperty(params, query, body, async (p, q, b) => {
          const path = examplePath(endpoint, Object.fromEntries(Object.entries(p).map(([k, v]) => [k, encodeURIComponent(v)])));
          const search = new URLSearchParams(q).toString();
          const response = await call(app.baseUrl, `${path}${search ? `?${search}` : ''}`, {
            method: endpoint.method.toUpperCase(),
            ...(endpoint.method === 'get' ? {} : { body: b }),
          });
          const label = `${endpoint.method.toUpperCase()} ${path}?${search} ${JSON.stringify(b).slice(0, 200)}`;
          expect(response.status, `${label}: ${JSON.stringify(response.body).slice(0, 300)}`).toBeLessThan(500);
          if (response.status >= 400) expect(ErrorBodySchema.safeParse(response.body).success, label).toBe(true);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('left the graph as it was', async () => {
    expect(await countGraph(app.client)).toEqual(before);
  });
});
