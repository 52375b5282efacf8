// Every endpoint of the registry, with hostile and odd input in every parameter: a clear 4xx or a normal answer, never a 500, never a change.
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { ErrorBodySchema } from '@kgx/contract';
import { createApp } from '../../server/src/app.ts';
import { isWrite } from '../../server/src/routes/endpoint.ts';
import { ENDPOINTS } from '../../server/src/routes/registry.ts';
import { describeEndpoint, exampleRequest, keysOf, send } from '../support/endpoint-requests.ts';
import { countGraph } from '../support/graph-counts.ts';
import { serveApp } from '../support/serve.ts';
import { call, connectTestClient, startTestApp, type TestApp } from '../support/test-app.ts';

const PAYLOADS = [
  "x' OR 1=1 //",
  "') MATCH (n) DETACH DELETE n //",
  '`) DETACH DELETE n //',
  'LEADS]->() DETACH DELETE n //',
  'CREATE (n:Pwned) RETURN n',
  '$id',
  '{"$ne": null}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '\u0000',
  '💥'.repeat(50),
  'a'.repeat(5_000),
  '',
];

/** JSON bodies of the wrong shape altogether. */
const ODD_BODIES = [null, [], 'MATCH (n) RETURN n', 42, { query: 42 }, { query: ['RETURN 1'] }, { query: 'RETURN 1', params: 'x' }];

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

/** What an endpoint may answer: 200, 400 for bad input, and the failures it declares (404, 403, 409...). */
function declaredStatuses(endpoint: (typeof ENDPOINTS)[number]): number[] {
  return [200, 400, ...(endpoint.body ? [413] : []), ...(isWrite(endpoint) ? [403] : []), ...(endpoint.errors ?? []).map((e) => e.status)];
}

/** Asserts a status among the allowed ones, and for an error a contract error body; a 400 names what is wrong. */
function expectClearAnswer(response: { status: number; body: unknown }, allowed: number[], label: string): void {
  expect(allowed, label).toContain(response.status);
  if (response.status >= 400) {
    const body = ErrorBodySchema.parse(response.body);
    if (response.status === 400) expect(body.error.details?.length, label).toBeGreaterThan(0);
  }
}

describe('the endpoint registry', () => {
  it('declares endpoints that take input, so the generated tests below have something to test', () => {
    expect(ENDPOINTS.filter((e) => keysOf(e.query).length > 0).length).toBeGreaterThanOrEqual(4);
    expect(ENDPOINTS.some((e) => e.params)).toBe(true);
    expect(ENDPOINTS.some((e) => e.body)).toBe(true);
    expect(ENDPOINTS.some(isWrite)).toBe(true);
  });
});

for (const endpoint of ENDPOINTS) {
  describe(describeEndpoint(endpoint), () => {
    if (isWrite(endpoint)) {
      // Its example really writes; the write itself has tests of its own. Here: who may not call it.
      it('refuses a write relayed by a proxy or sent from another site with 403 FORBIDDEN, changing nothing', async () => {
        const before = await countGraph(app.client);
        const refused: Record<string, string>[] = [
          { 'x-forwarded-for': '203.0.113.7' },
          { origin: 'https://evil.example' },
          { 'sec-fetch-site': 'cross-site' },
        ];
        for (const headers of refused) {
          const request = exampleRequest(endpoint);
          const response = await call(app.baseUrl, request.path, {
            method: endpoint.method.toUpperCase(),
            headers,
            ...(request.body === undefined ? {} : { body: request.body }),
          });
          expect(response.status, JSON.stringify(headers)).toBe(403);
          expect(ErrorBodySchema.parse(response.body).error.code).toBe('FORBIDDEN');
        }
        expect(await countGraph(app.client)).toEqual(before);
      });
    } else {
      it('answers its documented example with 200 and a body its response schema accepts (409 when it needs accounts on)', async () => {
        const response = await send(app.baseUrl, endpoint, exampleRequest(endpoint));
        if (endpoint.accountsOnly === true) {
          // Accounts are off in this file; tests/integration/access-roles.test.ts runs these examples with them on.
          expect(response.status).toBe(409);
          return;
        }
        expect(response.status).toBe(200);
        expect(z.safeParse(endpoint.response, response.body).success).toBe(true);
      });
    }

    it('refuses an unknown query parameter with 400 naming it', async () => {
      const response = await send(app.baseUrl, endpoint, exampleRequest(endpoint, { query: { colour: 'red' } }));
      expect(response.status).toBe(400);
      expect(ErrorBodySchema.parse(response.body).error.details?.map((d) => d.parameter)).toContain('colour');
    });

    for (const param of keysOf(endpoint.query)) {
      it(`gives every payload in query parameter ${param} an answer the endpoint declares, with a JSON body`, async () => {
        for (const payload of PAYLOADS) {
          const response = await send(app.baseUrl, endpoint, exampleRequest(endpoint, { query: { [param]: payload } }));
          expectClearAnswer(response, declaredStatuses(endpoint), `${param}=${JSON.stringify(payload.slice(0, 40))}`);
        }
      });
    }

    for (const param of keysOf(endpoint.params)) {
      it(`gives every payload in path parameter ${param} a 400 or 404, never a 500`, async () => {
        // An empty segment is another route (or none), so it is left out here.
        for (const payload of PAYLOADS.filter((p) => p !== '')) {
          const response = await send(app.baseUrl, endpoint, exampleRequest(endpoint, { params: { [param]: payload } }));
          expectClearAnswer(
            response,
            [400, 404].filter((s) => declaredStatuses(endpoint).includes(s)),
            `${param}=${JSON.stringify(payload.slice(0, 40))}`,
          );
        }
      });
    }

    if (endpoint.body) {
      for (const field of keysOf(endpoint.body)) {
        it(`gives every payload in body field ${field} a clear answer, never a 500`, async () => {
          for (const payload of PAYLOADS) {
            const body = { ...(endpoint.example.body as Record<string, unknown>), [field]: payload };
            // An upload goes without its files here: a field that passed would otherwise start a real import.
            const request = { ...exampleRequest(endpoint, { body }), ...(endpoint.upload ? { files: [] } : {}) };
            const response = await send(app.baseUrl, endpoint, request);
            expectClearAnswer(response, declaredStatuses(endpoint), `${field}=${JSON.stringify(payload.slice(0, 40))}`);
          }
        });
      }

      it('refuses a body of the wrong shape with 400 INVALID_BODY', async () => {
        for (const body of ODD_BODIES) {
          const response = await send(app.baseUrl, endpoint, exampleRequest(endpoint, { body }));
          expect(response.status, JSON.stringify(body)).toBe(400);
          expect(ErrorBodySchema.parse(response.body).error.code).toBe('INVALID_BODY');
        }
      });
    }
  });
}

describe('hostile input as console parameters', () => {
  it('sends payloads as parameters without running them as Cypher', async () => {
    for (const payload of PAYLOADS) {
      const response = await call(app.baseUrl, '/api/cypher', {
        body: { query: 'MATCH (n:Entity {id: $id}) RETURN n.name AS name', params: { id: payload } },
      });
      expect(response.status).toBe(200);
      expect((response.body as { rows: unknown[] }).rows).toEqual([]);
    }
  });
});

describe('the graph after hostile input', () => {
  it('is exactly as it was after every payload in every parameter of every endpoint', async () => {
    const before = await countGraph(app.client);
    expect(before.nodes).toBeGreaterThan(0);
    let sent = 0;
    for (const endpoint of ENDPOINTS) {
      for (const payload of PAYLOADS) {
        for (const param of keysOf(endpoint.query)) {
          await send(app.baseUrl, endpoint, exampleRequest(endpoint, { query: { [param]: payload } }));
          sent++;
        }
        for (const field of keysOf(endpoint.body)) {
          const body = { ...(endpoint.example.body as Record<string, unknown>), [field]: payload };
          // Without an upload's files, as above: a field that passed would otherwise start a real import.
          await send(app.baseUrl, endpoint, { ...exampleRequest(endpoint, { body }), ...(endpoint.upload ? { files: [] } : {}) });
          sent++;
        }
        // Path parameters too: the one input that reaches a write (DELETE /api/datasets/:id).
        for (const param of keysOf(endpoint.params)) {
          if (payload === '') continue;
          await send(app.baseUrl, endpoint, exampleRequest(endpoint, { params: { [param]: payload } }));
          sent++;
        }
      }
    }
    expect(sent).toBeGreaterThan(PAYLOADS.length * 10);
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
      const elsewhere = await fetch(`${baseUrl}/api/search?q=x`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
      expect(elsewhere.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    } finally {
      await close();
      await client.close();
    }
  });
});
