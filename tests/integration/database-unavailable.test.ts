// With the database gone, every endpoint of the registry answers 503 fast, and all recover when it is back, without a restart.
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pino } from 'pino';
import { ErrorBodySchema, HealthResponseSchema } from '@kgx/contract';
import { createApp } from '../../server/src/app.ts';
import { isWrite } from '../../server/src/routes/endpoint.ts';
import { ENDPOINTS } from '../../server/src/routes/registry.ts';
import { describeEndpoint, exampleRequest, send } from '../support/endpoint-requests.ts';
import { serveApp, type ServedApp } from '../support/serve.ts';
import { openTcpGate, type TcpGate } from '../support/tcp-gate.ts';
import { connectTestClient, startTestApp } from '../support/test-app.ts';
import type { GraphClient } from '../../server/src/graph/client.ts';

/** The suite's database, reached through the gate by a direct (non-routing) connection, so every byte passes the gate. */
function gatedUri(uri: string, port: number): string {
  const url = new URL(uri);
  const scheme = url.protocol
    .replace(':', '')
    .replace(/^neo4j/, 'bolt')
    .replace(/\+s$/, '+ssc');
  return `${scheme}://127.0.0.1:${port}`;
}

const FAST_MS = 1_000;

let gate: TcpGate;
let client: GraphClient;
let served: ServedApp;
beforeAll(async () => {
  // The demo data set, so that every example request has something to answer while the database is up.
  await (await startTestApp()).close();
  const suite = new URL(inject('neo4j').uri);
  gate = await openTcpGate({ host: suite.hostname, port: Number(suite.port || 7687) });
  client = connectTestClient({ uri: gatedUri(inject('neo4j').uri, gate.port), queryTimeoutMs: 5_000 });
  served = await serveApp(createApp({ client, logger: pino({ level: 'silent' }), queryTimeoutMs: 5_000 }));
});
afterAll(async () => {
  await served?.close();
  await client?.close();
  await gate?.close();
});

describe('when the database goes away and comes back', () => {
  const databaseEndpoints = ENDPOINTS.filter((e) => e.usesDatabase);

  // Write examples really write: while the database is up they are left to their own tests.
  // Accounts are off here: the endpoints that need them answer 409 and are tested with them on elsewhere.
  const reads = ENDPOINTS.filter((e) => !isWrite(e) && e.accountsOnly !== true);

  it('has endpoints that need the database, and answers each of them while it is up', async () => {
    expect(databaseEndpoints.length).toBeGreaterThanOrEqual(8);
    for (const endpoint of reads) {
      const response = await send(served.baseUrl, endpoint, exampleRequest(endpoint));
      expect(response.status, describeEndpoint(endpoint)).toBe(200);
    }
  });

  /**
   * A write aims at something that does not exist: should the gate ever let it through, it changes nothing. An id
   * whose pattern takes no suffix (a candidate's) keeps its example, which names nothing in the graph.
   */
  const harmless = (endpoint: (typeof ENDPOINTS)[number]) => {
    if (!isWrite(endpoint)) return exampleRequest(endpoint);
    const absent = Object.fromEntries(Object.entries(endpoint.example.params ?? {}).map(([k, v]) => [k, `${v}-absent`]));
    return exampleRequest(endpoint, {
      params: endpoint.params !== undefined && z.safeParse(endpoint.params, absent).success ? absent : (endpoint.example.params ?? {}),
    });
  };

  it('answers 503 within a second on every endpoint that needs the database, and 200 on the others', async () => {
    await gate.shut();
    for (const endpoint of ENDPOINTS) {
      const started = performance.now();
      const response = await send(served.baseUrl, endpoint, harmless(endpoint));
      const ms = performance.now() - started;
      const label = describeEndpoint(endpoint);
      if (!endpoint.usesDatabase) {
        expect(response.status, label).toBe(endpoint.accountsOnly === true ? 409 : 200);
        continue;
      }
      expect(response.status, label).toBe(503);
      expect(ms, label).toBeLessThan(FAST_MS);
      if (endpoint.path === '/health') {
        const health = HealthResponseSchema.parse(response.body);
        expect(health.neo4j.connected).toBe(false);
        // Our wording, not the driver's (which can name hosts and ports).
        expect(health.neo4j.error).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|:\d{2,5}/);
      } else {
        expect(ErrorBodySchema.parse(response.body).error.code, label).toBe('DATABASE_UNAVAILABLE');
      }
    }
  });

  it('succeeds again on every endpoint once the database is back, without a restart', async () => {
    await gate.open();
    for (const endpoint of reads) {
      const response = await send(served.baseUrl, endpoint, exampleRequest(endpoint));
      expect(response.status, describeEndpoint(endpoint)).toBe(200);
    }
  });
});

describe('when the database freezes: up, but answering nothing', () => {
  it('answers 504 QUERY_TIMEOUT soon after the query timeout, not when Neo4j wakes, and recovers when it does (every request hung as long as Neo4j did)', async () => {
    const suite = new URL(inject('neo4j').uri);
    const frozenGate = await openTcpGate({ host: suite.hostname, port: Number(suite.port || 7687) });
    const frozenClient = connectTestClient({ uri: gatedUri(inject('neo4j').uri, frozenGate.port), queryTimeoutMs: 400 });
    const app = await serveApp(createApp({ client: frozenClient, logger: pino({ level: 'silent' }), queryTimeoutMs: 400 }));
    try {
      expect((await send(app.baseUrl, statsEndpoint(), exampleRequest(statsEndpoint()))).status).toBe(200);
      frozenGate.freeze();
      // No limit on time here: without the deadline this request waits for the thaw below, which never comes first.
      const response = await send(app.baseUrl, statsEndpoint(), exampleRequest(statsEndpoint()));
      expect(response.status).toBe(504);
      expect(ErrorBodySchema.parse(response.body).error.code).toBe('QUERY_TIMEOUT');
      frozenGate.thaw();
      expect((await send(app.baseUrl, statsEndpoint(), exampleRequest(statsEndpoint()))).status).toBe(200);
    } finally {
      frozenGate.thaw();
      await app.close();
      await frozenClient.close();
      await frozenGate.close();
    }
  });
});

describe('when more requests come than the database may work on at once', () => {
  it('answers 503 OVERLOADED with Retry-After at once beyond the bound, keeps the liveness probe answering, and serves again when a turn is free', async () => {
    const suite = new URL(inject('neo4j').uri);
    const slowGate = await openTcpGate({ host: suite.hostname, port: Number(suite.port || 7687) });
    const slowClient = connectTestClient({ uri: gatedUri(inject('neo4j').uri, slowGate.port), queryTimeoutMs: 2_000 });
    const app = await serveApp(
      createApp({
        client: slowClient,
        logger: pino({ level: 'silent' }),
        queryTimeoutMs: 2_000,
        requestGate: { maxActive: 1, maxWaiting: 0 },
      }),
    );
    try {
      // The client's one look-up of the home database done first, so the pool holds the single connection the held
      // request takes and the probe opens its own (a look-up running beside the first request would leave a second,
      // idle, frozen connection for the probe).
      expect(await slowClient.databaseForSessions()).toEqual(expect.any(String));
      expect((await send(app.baseUrl, statsEndpoint(), exampleRequest(statsEndpoint()))).status).toBe(200);
      slowGate.freeze();
      // The first request holds the one turn while the database answers nothing.
      const held = send(app.baseUrl, statsEndpoint(), exampleRequest(statsEndpoint()));
      let refused: Awaited<ReturnType<typeof send>> | undefined;
      let settled = false;
      void held.finally(() => {
        settled = true;
      });
      while (!settled && refused === undefined) {
        const started = performance.now();
        const response = await send(app.baseUrl, statsEndpoint(), exampleRequest(statsEndpoint()));
        if (response.status === 503) {
          refused = response;
          expect(performance.now() - started).toBeLessThan(FAST_MS);
        }
      }
      expect(refused?.headers.get('retry-after')).toBe('1');
      expect(ErrorBodySchema.parse(refused?.body).error.code).toBe('OVERLOADED');
      const health = await send(app.baseUrl, healthEndpoint(), exampleRequest(healthEndpoint()));
      expect(health.status).toBe(200);
      slowGate.thaw();
      await held;
      expect((await send(app.baseUrl, statsEndpoint(), exampleRequest(statsEndpoint()))).status).toBe(200);
    } finally {
      slowGate.thaw();
      await app.close();
      await slowClient.close();
      await slowGate.close();
    }
  });
});

function healthEndpoint() {
  const endpoint = ENDPOINTS.find((e) => e.path === '/health');
  if (endpoint === undefined) throw new Error('no /health endpoint');
  return endpoint;
}

function statsEndpoint() {
  const endpoint = ENDPOINTS.find((e) => e.path === '/stats');
  if (endpoint === undefined) throw new Error('no /stats endpoint');
  return endpoint;
}
