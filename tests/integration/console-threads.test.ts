// Console queries each run on a thread of their own: one that must be ended (its answer takes the thread far past
// its deadline) ends no other user's query; with every thread busy, a query waits its timeout at most, then 503.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CypherResponseSchema, ErrorBodySchema } from '@kgx/contract';
import { findTransactionsOfRequest, terminateTransactions, type RunningTransaction } from '../../server/src/graph/overruns.ts';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';

/** One record of five million numbers: Neo4j sends it in a second, the driver needs far longer than a deadline to read it. */
const HUGE_ANSWER = 'RETURN range(1, 5000000) AS numbers';
/** A few seconds of honest work in Neo4j with a one-row answer (1.6 s warm on a quiet machine, past 6 s under a loaded run). */
const SLOW_SMALL = 'UNWIND range(1, 60000000) AS x WITH x WHERE x = 1 RETURN x';
/**
 * Far above what the slow query needs even on a loaded machine, far below what reading the huge answer takes (25 s on a quiet
 * one): the test is about which query ends, not about how fast Neo4j is.
 */
const DEADLINE_MS = 15_000;

describe('console queries on threads of their own', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: false, queryTimeoutMs: DEADLINE_MS, cypherThreads: 2 });
    // A cold Neo4j takes twice as long the first time (bug: the slow query overran a 6 s deadline in a loaded run).
    await call(app.baseUrl, '/api/cypher', { body: { query: SLOW_SMALL } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a query ended past its deadline does not end another in flight (bug: both shared one thread and both failed)', async () => {
    // The slow one first, so that its answer comes while the huge one is being read.
    const slow = call(app.baseUrl, '/api/cypher', { body: { query: SLOW_SMALL } });
    const huge = call(app.baseUrl, '/api/cypher', { body: { query: HUGE_ANSWER } });
    const [slowAnswer, hugeAnswer] = await Promise.all([slow, huge]);
    expect(hugeAnswer.status).toBe(504);
    expect(ErrorBodySchema.parse(hugeAnswer.body).error.code).toBe('QUERY_TIMEOUT');
    expect(slowAnswer.status).toBe(200);
    expect(CypherResponseSchema.parse(slowAnswer.body).rows).toEqual([[1]]);
    // The ended thread's place is taken by a fresh one.
    const after = await call(app.baseUrl, '/api/cypher', { body: { query: 'RETURN 1 AS one' } });
    expect(CypherResponseSchema.parse(after.body).rows).toEqual([[1]]);
  });

  it('a query another party ends answers 503 QUERY_TERMINATED (it answered 504 "took too long")', async () => {
    const requestId = `terminated-${Date.now()}`;
    const answer = call(app.baseUrl, '/api/cypher', { body: { query: SLOW_SMALL }, headers: { 'x-request-id': requestId } });
    let running: RunningTransaction[] = [];
    await vi.waitFor(
      async () => {
        running = await findTransactionsOfRequest(app.client, requestId, 2_000);
        expect(running).toHaveLength(1);
      },
      { timeout: 5_000, interval: 50 },
    );
    await terminateTransactions(
      app.client,
      running.map((t) => t.transactionId),
      2_000,
    );
    const response = await answer;
    expect(response.status).toBe(503);
    expect(ErrorBodySchema.parse(response.body).error.code).toBe('QUERY_TERMINATED');
  });
});

describe('with every console thread busy', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: false, queryTimeoutMs: 1_000, cypherThreads: 1 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a query waits at most its timeout, then answers 503 OVERLOADED with Retry-After', async () => {
    const huge = call(app.baseUrl, '/api/cypher', { body: { query: HUGE_ANSWER } });
    // The first holds the only thread until its deadline (timeout and margin); the second gives up waiting before.
    const waiting = await call(app.baseUrl, '/api/cypher', { body: { query: 'RETURN 1 AS one' } });
    expect(waiting.status).toBe(503);
    expect(ErrorBodySchema.parse(waiting.body).error.code).toBe('OVERLOADED');
    expect(waiting.headers.get('retry-after')).toBe('1');
    expect((await huge).status).toBe(504);
    const after = await call(app.baseUrl, '/api/cypher', { body: { query: 'RETURN 1 AS one' } });
    expect(after.status).toBe(200);
  });
});
