// GraphClient.readStream against the real Neo4j: rows one at a time, until they run out, the caller stops, or the budget
// runs out, keeping the rows that came before.
import { afterAll, describe, expect, it } from 'vitest';
import { connectTestClient } from '../support/test-app.ts';

const client = connectTestClient();
afterAll(() => client.close());

/** Row 4 counts a billion pairs, never finishing within any budget here; the rows before it cost nothing. */
const SLOW_FOURTH_ROW = `
UNWIND range(1, 6) AS i
CALL (i) {
  UNWIND CASE WHEN i = 4 THEN range(1, 100000) ELSE [] END AS x
  UNWIND range(1, 100000) AS y
  WITH x, y WHERE x + y < 0
  RETURN count(*) AS never
}
RETURN i`;

async function stream(query: string, budgetMs: number, stopAfter = Number.POSITIVE_INFINITY) {
  const rows: number[] = [];
  const end = await client.readStream(query, {}, { budgetMs }, (record) => {
    rows.push(Number(record.get('i')));
    return rows.length >= stopAfter ? 'stop' : 'more';
  });
  return { end, rows };
}

describe('GraphClient.readStream', () => {
  it('reads every row, in order, when nothing stops it', async () => {
    expect(await stream('UNWIND range(1, 5) AS i RETURN i', 5_000)).toEqual({ end: 'complete', rows: [1, 2, 3, 4, 5] });
  });

  it('stops where the caller stops, and the client goes on reading', async () => {
    expect(await stream('UNWIND range(1, 1000) AS i RETURN i', 5_000, 2)).toEqual({ end: 'stopped', rows: [1, 2] });
    expect(Number(await client.read(async (tx) => (await tx.run('RETURN 7 AS n')).records[0]?.get('n')))).toBe(7);
  });

  it('keeps the rows that came before its budget ran out, and ends with the budget instead of failing', async () => {
    const { end, rows } = await stream(SLOW_FOURTH_ROW, 2_000);
    expect(end).toBe('budget');
    // Rows come as Neo4j computes them: the first ones before the slow one, never the slow one or those after it.
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual([1, 2, 3].slice(0, rows.length));
  });

  it('still fails with its own error when the query is wrong', async () => {
    await expect(stream('RETURN nonsense(', 5_000)).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
  });
});
