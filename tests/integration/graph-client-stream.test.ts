// GraphClient.readStream against the real Neo4j: rows one at a time, until they run out, the caller stops, or the budget
// runs out, keeping the rows that came before; a stopped or cut stream gives its connection back.
import { afterAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../server/src/graph/client.ts';
import { connectTestClient } from '../support/test-app.ts';

const client = connectTestClient();
/** One connection only: a stream that kept its connection would leave every later read waiting for one. */
const single = connectTestClient({ poolSize: 1, queryTimeoutMs: 5_000 });
afterAll(async () => {
  await client.close();
  await single.close();
});

/** Row 4 counts ten billion pairs, never finishing within any budget here; the rows before it cost nothing. */
const SLOW_FOURTH_ROW = `
UNWIND range(1, 6) AS i
CALL (i) {
  UNWIND CASE WHEN i = 4 THEN range(1, 100000) ELSE [] END AS x
  UNWIND range(1, 100000) AS y
  WITH x, y WHERE x + y < 0
  RETURN count(*) AS never
}
RETURN i`;

async function stream(on: GraphClient, query: string, budgetMs: number, stopAfter = Number.POSITIVE_INFINITY) {
  const rows: number[] = [];
  const end = await on.readStream(
    query,
    {},
    {
      budgetMs,
      onRow: (record) => {
        rows.push(Number(record.get('i')));
        return rows.length >= stopAfter ? 'stop' : 'more';
      },
    },
  );
  return { end, rows };
}

const readSeven = (on: GraphClient) => on.read(async (tx) => Number((await tx.run('RETURN 7 AS n')).records[0]?.get('n')));

describe('GraphClient.readStream', () => {
  it('reads every row, in order, when nothing stops it', async () => {
    expect(await stream(client, 'UNWIND range(1, 5) AS i RETURN i', 5_000)).toEqual({ end: 'complete', rows: [1, 2, 3, 4, 5] });
  });

  it('keeps the rows that came before its budget ran out, and ends with the budget instead of failing', async () => {
    const { end, rows } = await stream(client, SLOW_FOURTH_ROW, 2_000);
    expect(end).toBe('budget');
    // Rows come as Neo4j computes them: the first ones before the slow one, never the slow one or those after it.
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual([1, 2, 3].slice(0, rows.length));
  });

  it('ends at its budget while rows keep coming faster than the caller takes them (bug: rows already come were taken past the budget)', async () => {
    const rows: number[] = [];
    const end = await client.readStream(
      'UNWIND range(1, 1000) AS i RETURN i',
      {},
      {
        // Long enough for the first rows to come on a loaded machine (bug: 50 ms, which a busy CI run could spend before
        // the first row), far shorter than the 5 s the caller would take over all 1,000.
        budgetMs: 2_000,
        onRow: (record) => {
          rows.push(Number(record.get('i')));
          // A caller slower than the rows: by the time it asks for the next one, that row has come.
          const busyUntil = performance.now() + 5;
          while (performance.now() < busyUntil);
          return 'more';
        },
      },
    );
    expect(end).toBe('budget');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(1000);
  });

  it('gives its connection back when the caller stops it (bug: a stopped stream could keep its connection)', async () => {
    expect(await stream(single, 'UNWIND range(1, 1000) AS i RETURN i', 5_000, 2)).toEqual({ end: 'stopped', rows: [1, 2] });
    expect(await readSeven(single)).toBe(7);
  });

  it('stops the query in Neo4j at once when the caller stops, not at the transaction timeout (bug: the query ran on, holding its connection)', async () => {
    // Stopped while Neo4j computes the slow row, with 30 s of budget left: the only connection must come back well
    // within the read's 5 s wait for one.
    expect(await stream(single, SLOW_FOURTH_ROW, 30_000, 2)).toEqual({ end: 'stopped', rows: [1, 2] });
    expect(await readSeven(single)).toBe(7);
  });

  it('gives its connection back, and stops the query, when its budget runs out mid-query', async () => {
    expect((await stream(single, SLOW_FOURTH_ROW, 1_000)).end).toBe('budget');
    // The slow row would hold the only connection for its whole count; the read gets it within its 5 s wait.
    expect(await readSeven(single)).toBe(7);
  });

  it('gives its connection back when its budget runs out before it had one (bug: the connection was lost for good)', async () => {
    // The only connection is busy with a read of the slow query until that read's 5 s timeout.
    const busy = single.read((tx) => tx.run(SLOW_FOURTH_ROW)).catch((error: unknown) => error);
    expect(await stream(single, 'UNWIND range(1, 5) AS i RETURN i', 300)).toEqual({ end: 'budget', rows: [] });
    expect(await busy).toMatchObject({ code: 'QUERY_TIMEOUT' });
    expect(await readSeven(single)).toBe(7);
    expect(await readSeven(single)).toBe(7);
  });

  it('fails with the error of a row it cannot take, and gives its connection back', async () => {
    const failing = single.readStream(
      'UNWIND range(1, 1000) AS i RETURN i',
      {},
      {
        budgetMs: 5_000,
        onRow: () => {
          throw new Error('cannot take this row');
        },
      },
    );
    await expect(failing).rejects.toThrow('cannot take this row');
    expect(await readSeven(single)).toBe(7);
  });

  it('still fails with its own error when the query is wrong', async () => {
    await expect(stream(client, 'RETURN nonsense(', 5_000)).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
  });
});
