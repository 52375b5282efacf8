// The read-only Cypher console: reads work, every kind of write is refused with the graph unchanged, limits hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CYPHER_EXAMPLES } from '../../client/src/components/cypher-examples.ts';
import { CypherResponseSchema, ErrorBodySchema } from '@kgx/contract';
import { countGraph } from '../support/graph-counts.ts';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';

const SMALL_ANSWER_BYTES = 50_000;

let app: TestApp;
let slowApp: TestApp;
let smallApp: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  slowApp = await startTestApp({ seed: false, queryTimeoutMs: 300 });
  smallApp = await startTestApp({ seed: false, cypherMaxBytes: SMALL_ANSWER_BYTES });
});
afterAll(async () => {
  await app?.close();
  await slowApp?.close();
  await smallApp?.close();
});

const cypher = (body: unknown, target = app) => call(target.baseUrl, '/api/cypher', { body });

describe('POST /api/cypher', () => {
  it('runs a read query and returns columns, rows and the graph found in them', async () => {
    const response = await cypher({
      query: 'MATCH (p:Person {id: $id})-[r]-(n:Entity) RETURN p, r, n, n.name AS name LIMIT $n',
      params: { id: 'person:ruben-vardanyan', n: 5 },
    });
    expect(response.status).toBe(200);
    const body = CypherResponseSchema.parse(response.body);
    expect(body.columns).toEqual(['p', 'r', 'n', 'name']);
    expect(body.rows.length).toBeGreaterThan(0);
    expect(body.rows.length).toBeLessThanOrEqual(5);
    expect(body.graph.nodes.map((n) => n.id)).toContain('person:ruben-vardanyan');
    expect(body.graph.edges.length).toBe(new Set(body.graph.edges.map((e) => e.id)).size);
    expect(body.graph.edges.every((e) => e.source === 'person:ruben-vardanyan' || e.target === 'person:ruben-vardanyan')).toBe(true);
  });

  it('returns the columns of a query that matches nothing', async () => {
    const body = CypherResponseSchema.parse((await cypher({ query: "MATCH (n:Person {id: 'none'}) RETURN n.name AS name" })).body);
    expect(body.columns).toEqual(['name']);
    expect(body.rows).toEqual([]);
  });

  it('caps the rows and says so', async () => {
    const body = CypherResponseSchema.parse((await cypher({ query: 'UNWIND range(1, 5000) AS x RETURN x' })).body);
    expect(body.rows).toHaveLength(1000);
    expect(body.truncated).toBe(true);
  });

  // Everything the plan check sees writing, changing the schema or reading files is refused before it runs.
  const forbidden = [
    "CREATE (n:Person {id: 'person:intruder', name: 'x'})",
    "MERGE (n:Entity {id: 'person:intruder'})",
    "MATCH (n:Person {id: 'person:ruben-vardanyan'}) SET n.name = 'changed'",
    "MATCH (n:Person {id: 'person:ruben-vardanyan'}) REMOVE n.description",
    "MATCH (n:Person {id: 'person:ruben-vardanyan'}) DETACH DELETE n",
    'MATCH ()-[r]->() DELETE r',
    'MATCH (n:Entity) WITH n LIMIT 1 SET n:Intruder',
    'CREATE INDEX intruder IF NOT EXISTS FOR (n:Person) ON (n.name)',
    'DROP CONSTRAINT entity_id',
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "CALL db.createLabel('Intruder')",
    "CALL db.createProperty('intruder')",
    'MATCH (n:Person) CALL (n) { SET n.touched = true } RETURN count(*)',
    'FOREACH (i IN [1] | CREATE (:Intruder))',
  ];

  it.each(forbidden)('refuses %s with 403 WRITE_FORBIDDEN and leaves the graph unchanged', async (query) => {
    const before = await countGraph(app.client);
    const response = await cypher({ query });
    expect(response.status).toBe(403);
    expect(ErrorBodySchema.parse(response.body).error.code).toBe('WRITE_FORBIDDEN');
    expect(await countGraph(app.client)).toEqual(before);
  });

  // The read-only console could end other people's queries (TERMINATE TRANSACTIONS) and read their text and
  // parameters (SHOW TRANSACTIONS) or the server's settings: it runs reads of the graph and nothing else.
  const administration = [
    'SHOW TRANSACTIONS YIELD transactionId, currentQuery, parameters, clientAddress',
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    'SHOW TRANSACTIONS YIELD transactionId WITH collect(transactionId) AS ids TERMINATE TRANSACTIONS ids',
    'SHOW SETTINGS YIELD name, value',
    'SHOW PROCEDURES',
    'SHOW FUNCTIONS',
    'SHOW INDEXES',
    'SHOW CONSTRAINTS',
    'SHOW DATABASES',
    'SHOW CURRENT USER',
    'MATCH (n) CALL (n) { RETURN n.id AS id } IN TRANSACTIONS OF 10 ROWS RETURN id',
  ];

  it.each(administration)('refuses the administration command %s, answering 403 or 400 and never its rows', async (query) => {
    const response = await cypher({ query });
    expect([400, 403], JSON.stringify(response.body)).toContain(response.status);
    expect(['WRITE_FORBIDDEN', 'CYPHER_ERROR']).toContain(ErrorBodySchema.parse(response.body).error.code);
  });

  it.each(CYPHER_EXAMPLES.map((example) => [example.title, example] as const))(
    'still runs the console example “%s”',
    async (_title, example) => {
      const response = await cypher({ query: example.query, ...(example.params ? { params: example.params } : {}) });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
    },
  );

  // One console answer of 10 million numbers held the event loop for two minutes: answers are weighed as they stream.
  it.each([
    ['many rows', `UNWIND range(1, 900) AS i RETURN i, "${'padding '.repeat(12)}" AS pad`],
    ['one huge row', 'RETURN range(1, 1000000) AS numbers'],
  ])('stops an answer past CYPHER_MAX_BYTES with 413 RESULT_TOO_LARGE naming the limit (%s)', async (_what, query) => {
    const response = await cypher({ query }, smallApp);
    expect(response.status).toBe(413);
    const { error } = ErrorBodySchema.parse(response.body);
    expect(error.code).toBe('RESULT_TOO_LARGE');
    expect(error.message).toContain(SMALL_ANSWER_BYTES.toLocaleString('en'));
    expect((await cypher({ query: 'UNWIND range(1, 100) AS i RETURN i' }, smallApp)).status).toBe(200);
  });

  it('answers 400 QUERY_MEMORY_LIMIT when a query needs more memory than one transaction may hold, and Neo4j stays up', async () => {
    // About 800 MB of strings in one list: past the local Neo4j's transaction limit (KGX_NEO4J_TX_MEMORY, 512m).
    const query = `WITH reduce(s = '', x IN range(1, 1000) | s + 'four') AS big
      UNWIND range(1, 200000) AS i WITH collect(big + toString(i)) AS strings RETURN size(strings)`;
    const response = await cypher({ query });
    expect(response.status, JSON.stringify(response.body)).toBe(400);
    expect(ErrorBodySchema.parse(response.body).error.code).toBe('QUERY_MEMORY_LIMIT');
    expect((await cypher({ query: 'RETURN 1 AS one' })).status).toBe(200);
  });

  it('refuses a procedure Neo4j community does not have with 400 CYPHER_ERROR naming the driver code, and leaves the graph unchanged', async () => {
    // dbms.setConfigValue exists only in the enterprise edition, so planning the call already fails.
    const before = await countGraph(app.client);
    const response = await cypher({ query: "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')" });
    expect(response.status).toBe(400);
    const body = ErrorBodySchema.parse(response.body);
    expect(body.error.code).toBe('CYPHER_ERROR');
    expect(body.error.details).toEqual([{ parameter: 'query', reason: 'Neo.ClientError.Procedure.ProcedureNotFound' }]);
    expect(await countGraph(app.client)).toEqual(before);
  });

  it('refuses writes with 403 WRITE_FORBIDDEN, not a generic error', async () => {
    const response = await cypher({ query: "CREATE (n:Person {id: 'person:intruder'})" });
    expect(response.status).toBe(403);
    expect(ErrorBodySchema.parse(response.body).error.code).toBe('WRITE_FORBIDDEN');
  });

  it('returns 400 CYPHER_ERROR with the syntax error code for a syntax error', async () => {
    const response = await cypher({ query: 'MATCH (n RETURN n' });
    expect(response.status).toBe(400);
    const body = ErrorBodySchema.parse(response.body);
    expect(body.error.code).toBe('CYPHER_ERROR');
    expect(body.error.details).toEqual([{ parameter: 'query', reason: 'Neo.ClientError.Statement.SyntaxError' }]);
  });

  it('returns 400 INVALID_BODY naming the field for a missing query, unknown fields or bad JSON', async () => {
    const missingResponse = await cypher({ params: {} });
    expect(missingResponse.status).toBe(400);
    const missing = ErrorBodySchema.parse(missingResponse.body);
    expect(missing.error.code).toBe('INVALID_BODY');
    expect(missing.error.details?.map((d) => d.parameter)).toContain('query');
    const extraResponse = await cypher({ query: 'RETURN 1', mode: 'write' });
    expect(extraResponse.status).toBe(400);
    const extra = ErrorBodySchema.parse(extraResponse.body);
    expect(extra.error.code).toBe('INVALID_BODY');
    expect(extra.error.details?.map((d) => d.parameter)).toContain('mode');
    const badJson = await call(app.baseUrl, '/api/cypher', { rawBody: '{"query": ' });
    expect(badJson.status).toBe(400);
    expect(ErrorBodySchema.parse(badJson.body).error.code).toBe('INVALID_BODY');
  });

  it('returns 413 PAYLOAD_TOO_LARGE for a huge body and 400 for a query over the length limit', async () => {
    const huge = await cypher({ query: 'RETURN 1', params: { blob: 'x'.repeat(200_000) } });
    expect(huge.status).toBe(413);
    expect(ErrorBodySchema.parse(huge.body).error.code).toBe('PAYLOAD_TOO_LARGE');
    const long = await cypher({ query: `RETURN 1 ${' '.repeat(10_001)}+ 1` });
    expect(long.status).toBe(400);
    const tooLong = ErrorBodySchema.parse(long.body);
    expect(tooLong.error.code).toBe('INVALID_BODY');
    expect(tooLong.error.details?.map((d) => d.parameter)).toContain('query');
  });

  it('stops a query that runs past the timeout with 504 QUERY_TIMEOUT', async () => {
    const response = await cypher({ query: 'UNWIND range(1, 500000000) AS x WITH x WHERE x < 0 RETURN count(x)' }, slowApp);
    expect(response.status).toBe(504);
    expect(ErrorBodySchema.parse(response.body).error.code).toBe('QUERY_TIMEOUT');
  });
});

describe('a console query with one huge answer', () => {
  it('leaves the API answering while the answer is read (one list of millions of numbers stalled every request for minutes), then ends it with 504', async () => {
    const console_ = await startTestApp({ seed: false, queryTimeoutMs: 2_000 });
    try {
      let settled = false;
      const huge = call(console_.baseUrl, '/api/cypher', { body: { query: 'RETURN range(1, 5000000) AS xs', params: {} } }).finally(() => {
        settled = true;
      });
      // Health answers keep coming while the console's thread reads the answer.
      const answered: number[] = [];
      while (!settled) {
        const health = await call(console_.baseUrl, '/api/health');
        if (!settled) answered.push(health.status);
      }
      const response = await huge;
      expect(answered.length).toBeGreaterThanOrEqual(3);
      expect(answered.every((status) => status === 200)).toBe(true);
      expect([413, 504]).toContain(response.status);
      expect(['RESULT_TOO_LARGE', 'QUERY_TIMEOUT']).toContain(ErrorBodySchema.parse(response.body).error.code);
      // The next query gets a fresh console.
      const next = await call(console_.baseUrl, '/api/cypher', { body: { query: 'RETURN 1 AS one', params: {} } });
      expect(next.status).toBe(200);
    } finally {
      await console_.close();
    }
  });
});
