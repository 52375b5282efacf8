// With Neo4j gone the API answers 503 fast on every endpoint, and recovers when Neo4j is back, without a restart.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { ErrorBodySchema, HealthResponseSchema } from '@kgx/contract';
import { createApp } from '../../server/src/app.ts';
import { GraphClient } from '../../server/src/graph/client.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/src/neo4j-local/local-neo4j.ts';
import { serveApp } from '../support/serve.ts';
import { call } from '../support/test-app.ts';

const ENDPOINTS = [
  '/api/stats',
  '/api/search?q=vardanyan',
  '/api/entities/person:ruben-vardanyan',
  '/api/entities/person:ruben-vardanyan/neighbors',
  '/api/paths?from=person:ruben-vardanyan&to=person:nikol-pashinyan',
  '/api/relations?limit=5',
  '/api/documents',
  '/api/documents/003_8d857074b5059b4f',
];

describe('when Neo4j is stopped and started again', () => {
  let dataDir: string | undefined;
  let neo4j: LocalNeo4j | undefined;
  const closers: (() => Promise<void>)[] = [];

  afterAll(async () => {
    for (const close of closers.reverse()) await close();
    await neo4j?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('answers 503 within a second on every endpoint, then succeeds again once Neo4j is back', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'kgx-outage-'));
    neo4j = await startLocalNeo4j({ dataDir });
    const port = neo4j.port;
    const client = new GraphClient({
      uri: neo4j.uri,
      queryTimeoutMs: 5_000,
      retryMs: 0,
      connectTimeoutMs: 800,
    });
    const served = await serveApp(createApp({ client, logger: pino({ level: 'silent' }), queryTimeoutMs: 5_000 }));
    const { baseUrl } = served;
    closers.push(
      () => client.close(),
      () => served.close(),
    );

    expect((await call(baseUrl, '/api/health')).status).toBe(200);

    await neo4j.stop();
    const health = await timed(() => call(baseUrl, '/api/health'));
    expect(health.result.status).toBe(503);
    expect(HealthResponseSchema.parse(health.result.body).neo4j.connected).toBe(false);
    expect(health.ms).toBeLessThan(1_000);
    for (const endpoint of [...ENDPOINTS, 'cypher']) {
      const { result, ms } = await timed(() =>
        endpoint === 'cypher' ? call(baseUrl, '/api/cypher', { body: { query: 'RETURN 1' } }) : call(baseUrl, endpoint),
      );
      expect(result.status, endpoint).toBe(503);
      expect(ErrorBodySchema.parse(result.body).error.code).toBe('DATABASE_UNAVAILABLE');
      expect(ms, endpoint).toBeLessThan(1_000);
    }

    // The same data directory and port: the app's driver must find it again by itself.
    neo4j = await startLocalNeo4j({ dataDir, port });
    const back = await call(baseUrl, '/api/health');
    expect(back.status).toBe(200);
    expect((await call(baseUrl, '/api/documents')).status).toBe(200);
  });
});

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}
