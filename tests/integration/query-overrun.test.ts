// A query Neo4j cannot interrupt outlives its timeout: the request answers 504 on time, and the query left running is
// reported in the log with the request id its caller was given, terminated again and followed until it ends.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ErrorBodySchema } from '@kgx/contract';
import { findTransactionsOfRequest } from '../../server/src/graph/overruns.ts';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';

const QUERY_TIMEOUT_MS = 300;
/** One expression over a long list: Neo4j checks for termination between rows, not inside it (seconds of work here). */
const UNINTERRUPTIBLE = 'RETURN reduce(total = 0, x IN range(1, 300000000) | total + x) AS total';

interface LogLine {
  msg: string;
  level: number;
  requestId?: string;
}

let app: TestApp;
const logged: LogLine[] = [];
beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') logged.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  app = await startTestApp({ seed: false, queryTimeoutMs: QUERY_TIMEOUT_MS, logger: pino({ level: 'info' }, sink) });
});
afterAll(async () => {
  await app?.close();
});

const linesOf = (requestId: string, msg: string) => logged.filter((line) => line.requestId === requestId && line.msg.startsWith(msg));

describe('a query that outlives its termination', () => {
  it('is logged with its request id, terminated again and followed until it ends (bug: one kept a Neo4j core busy unseen)', async () => {
    const requestId = `overrun-${Date.now()}`;
    const started = Date.now();
    const response = await call(app.baseUrl, '/api/cypher', { body: { query: UNINTERRUPTIBLE }, headers: { 'x-request-id': requestId } });
    expect(response.status).toBe(504);
    expect(ErrorBodySchema.parse(response.body).error.requestId).toBe(requestId);
    // The 504 came on time: the query timeout plus the console's margin, not when Neo4j finished.
    expect(Date.now() - started).toBeLessThan(QUERY_TIMEOUT_MS + 5_000);

    await vi.waitFor(() => expect(linesOf(requestId, 'a query outlived its request')).toHaveLength(1), {
      timeout: 20_000,
      interval: 100,
    });
    const [warning] = linesOf(requestId, 'a query outlived its request');
    expect(warning?.level).toBe(40);
    await vi.waitFor(() => expect(linesOf(requestId, 'the query that outlived its request has ended')).toHaveLength(1), {
      timeout: 60_000,
      interval: 200,
    });
    expect(await findTransactionsOfRequest(app.client, requestId, 5_000)).toEqual([]);
  });

  it('logs nothing for a query Neo4j ended on time', async () => {
    const requestId = `on-time-${Date.now()}`;
    const response = await call(app.baseUrl, '/api/cypher', {
      body: { query: 'UNWIND range(1, 100000000) AS x WITH x WHERE x < 0 RETURN count(*) AS n' },
      headers: { 'x-request-id': requestId },
    });
    expect(response.status).toBe(504);
    // The watch looked (its grace is a second) and found nothing left: the transaction list holds none of it.
    await vi.waitFor(async () => expect(await findTransactionsOfRequest(app.client, requestId, 5_000)).toEqual([]), { timeout: 10_000 });
    expect(linesOf(requestId, 'a query outlived its request')).toEqual([]);
  });
});
