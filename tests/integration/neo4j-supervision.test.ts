// The app's own Neo4j dies (killed, crashed): it is started again on the same port and data, the outage and the
// restart are logged, and the API answers again without a restart of its own.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HealthResponseSchema } from '@kgx/contract';
import { createApp } from '../../server/src/app.ts';
import { watchDatabase, type DatabaseWatch } from '../../server/src/database-watch.ts';
import { GraphClient } from '../../server/src/graph/client.ts';
import { superviseLocalNeo4j, type SupervisedNeo4j } from '../../server/src/neo4j-local/supervisor.ts';
import { serveApp, type ServedApp } from '../support/serve.ts';
import { call } from '../support/test-app.ts';

const events: { level: 'info' | 'error'; line: string }[] = [];
const logged: { level: number; msg: string }[] = [];
let dataDir: string;
let neo4j: SupervisedNeo4j;
let client: GraphClient;
let served: ServedApp;
let watch: DatabaseWatch;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'kgx-supervised-'));
  neo4j = await superviseLocalNeo4j({
    dataDir,
    heap: '512m',
    backoff: { firstMs: 200, maxMs: 2_000, healthyAfterMs: 60_000 },
    events: { info: (line) => events.push({ level: 'info', line }), error: (line) => events.push({ level: 'error', line }) },
  });
  client = new GraphClient({ uri: neo4j.uri, queryTimeoutMs: 5_000, retryMs: 0, connectTimeoutMs: 800 });
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line.trim() !== '') logged.push(JSON.parse(line) as { level: number; msg: string });
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  served = await serveApp(createApp({ client, logger: pino({ level: 'silent' }), queryTimeoutMs: 5_000 }));
  watch = watchDatabase(client, logger, { intervalMs: 100, probeTimeoutMs: 1_000 });
}, 180_000);
afterAll(async () => {
  watch?.stop();
  await served?.close();
  await client?.close();
  await neo4j?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function health() {
  const response = await call(served.baseUrl, '/api/health');
  return { status: response.status, body: response.status === 200 ? HealthResponseSchema.parse(response.body) : undefined };
}

describe('the local Neo4j the app started', () => {
  it('is restarted when it dies, and the API recovers without a restart (bug: nothing logged, nothing restarted it)', async () => {
    await client.write((tx) => tx.run(`CREATE (:SupervisionProbe {at: $at})`, { at: 'before the crash' }));
    expect((await health()).status).toBe(200);
    const first = neo4j.current().pid;

    process.kill(first, 'SIGKILL');
    await vi.waitFor(() => expect(logged.some((line) => line.level === 50 && line.msg.startsWith('Neo4j is unreachable'))).toBe(true), {
      timeout: 20_000,
      interval: 100,
    });
    // The outage may be seen before the JVM's exit is (a loaded machine can take seconds to reap a killed process, bug:
    // the test looked for the supervisor's line at once and failed in a loaded run).
    await vi.waitFor(
      () => expect(events.find((e) => e.level === 'error')?.line).toMatch(/exited unexpectedly \(code null, signal SIGKILL\); restarting/),
      {
        timeout: 60_000,
        interval: 100,
      },
    );

    await vi.waitFor(async () => expect((await health()).status).toBe(200), { timeout: 150_000, interval: 500 });
    expect(neo4j.restarts()).toBe(1);
    expect(neo4j.current().pid).not.toBe(first);
    expect(neo4j.current().port).toBe(neo4j.port);
    expect(events.some((e) => e.level === 'info' && /restarted on port \d+ .*\(restart 1\)/.test(e.line))).toBe(true);
    // The same data, through the same client.
    const rows = await client.read(async (tx) => (await tx.run('MATCH (p:SupervisionProbe) RETURN p.at AS at')).records);
    expect(rows.map((r) => r.get('at'))).toEqual(['before the crash']);
    await vi.waitFor(() => expect(logged.some((line) => line.level === 30 && line.msg.startsWith('Neo4j is reachable again'))).toBe(true), {
      timeout: 5_000,
    });
  }, 240_000);

  it('is not restarted once the app stops it', async () => {
    const before = neo4j.restarts();
    await neo4j.stop();
    await neo4j.current().exited;
    expect(neo4j.restarts()).toBe(before);
    expect(events.filter((e) => e.line.includes('exited unexpectedly'))).toHaveLength(1);
  });
});
