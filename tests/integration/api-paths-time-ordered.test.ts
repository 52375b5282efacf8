// GET /api/paths?timeOrdered=true on small graphs built for the purpose beside the demo, where every path is known, and on
// the demo against the rule that explains each path.
import { describe, expect, it } from 'vitest';
import { ErrorBodySchema, MAX_TIME_ORDER_BUDGET_MS, PathsResponseSchema, type EntityRecord, type RelationRecord } from '@kgx/contract';
import { findShortestPaths, timeOrderedWalks } from '../../server/src/graph/paths.ts';
import { orderInTime } from '../../server/src/services/time-order.ts';
import { useAppWithDatasetBesideDemo } from '../support/dataset-beside-demo.ts';
import { call } from '../support/test-app.ts';

const DATASET = 'time-order-paths-test';
const DOCUMENT = 'time-order-paths-test-1';
const QUOTE = 'The ledger lists these links.';
/** No demo id starts like this, so nothing here can touch the demo's entities. */
const id = (name: string) => `person:time-order-test-${name}`;

/** Walk S → E. Two 2-hop paths go back in time; a 3-hop one (with an undated step) and a 4-hop one run forward. */
const START = id('s');
const END = id('e');
/** Walk B → Y. 55 two-hop paths all go back in time; one 3-hop path runs forward, past the bound of 50. */
const MANY_FROM = id('b');
const MANY_TO = id('y');
const FANS = 55;
/** Walk G → H: 5 Sep, September, 3 Sep. Each neighbouring pair could be in order; the whole walk cannot. */
const GREEDY_FROM = id('g');
const GREEDY_TO = id('h');

function link(source: string, target: string, dates: { startDate?: string; endDate?: string } = {}): RelationRecord {
  return { type: 'LINKED_TO', source, target, ...dates, evidence: [{ documentId: DOCUMENT, quote: QUOTE }] };
}

const relations: RelationRecord[] = [
  // Detained 27 Sep, then the offensive of 19–20 Sep: backwards.
  link(START, id('m1'), { startDate: '2023-09-27' }),
  link(id('m1'), END, { startDate: '2023-09-19', endDate: '2023-09-20' }),
  // October, then September: backwards, read as months.
  link(START, id('m2'), { startDate: '2023-10' }),
  link(id('m2'), END, { startDate: '2023-09' }),
  // September (1–30), undated, 30 September: in order, the last step overlapping the first; stored against the walk.
  link(START, id('n1'), { startDate: '2023-09' }),
  link(id('n1'), id('n2')),
  link(END, id('n2'), { startDate: '2023-09-30' }),
  // 19–20 Sep, 27 Sep, 1 Oct, November: in order, each after the one before.
  link(START, id('r1'), { startDate: '2023-09-19', endDate: '2023-09-20' }),
  link(id('r1'), id('r2'), { startDate: '2023-09-27' }),
  link(id('r2'), id('r3'), { startDate: '2023-10-01' }),
  link(id('r3'), END, { startDate: '2023-11' }),
  ...Array.from({ length: FANS }, (_, i) => [
    link(MANY_FROM, id(`w${i}`), { startDate: '2023-09-27' }),
    link(id(`w${i}`), MANY_TO, { startDate: '2023-09-19' }),
  ]).flat(),
  link(MANY_FROM, id('x1'), { startDate: '2023-01' }),
  link(id('x1'), id('x2'), { startDate: '2023-02' }),
  link(id('x2'), MANY_TO, { startDate: '2023-03' }),
  link(GREEDY_FROM, id('g1'), { startDate: '2023-09-05' }),
  link(id('g1'), id('g2'), { startDate: '2023-09' }),
  link(id('g2'), GREEDY_TO, { startDate: '2023-09-03' }),
];

const entities: EntityRecord[] = [...new Set(relations.flatMap((r) => [r.source, r.target]))].map((entityId) => ({
  id: entityId,
  type: 'Person',
  name: `Time order test ${entityId.slice(id('').length)}`,
  aliases: [],
  description: 'An entity of a graph built to test time-ordered paths.',
}));

const app = useAppWithDatasetBesideDemo({
  id: DATASET,
  documents: [{ id: DOCUMENT, title: 'Ledger', kind: 'report', text: QUOTE }],
  entities,
  relations,
});

/** The budget the tests below give a time-ordered search (see `paths`), the test app's query timeout. */
const BUDGET_MS = 10_000;

/**
 * A time-ordered search here gets a budget that a loaded machine cannot exhaust on these small graphs, so that what it
 * checks does not depend on the machine; the default budget has tests of its own below.
 */
async function paths(query: string) {
  const budget = query.includes('timeOrdered=true') && !query.includes('timeBudgetMs') ? `&timeBudgetMs=${BUDGET_MS}` : '';
  const response = await call(app().baseUrl, `/api/paths?${query}${budget}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return PathsResponseSchema.parse(response.body);
}

const relationId = (source: string, target: string) => `${source}>LINKED_TO>${target}`;

describe('GET /api/paths with timeOrdered', () => {
  it('finds the shortest paths regardless of dates without timeOrdered, and says nothing of time order', async () => {
    const body = await paths(`from=${START}&to=${END}&k=10`);
    expect(body.paths.map((p) => p.length)).toEqual([2, 2, 3, 4]);
    expect(body.timeOrder).toBeUndefined();
    for (const p of body.paths) expect(p.timeOrder).toBeUndefined();
  });

  it('keeps only the paths whose dated steps run forward, shortest first, reading months as intervals', async () => {
    const body = await paths(`from=${START}&to=${END}&k=3&timeOrdered=true`);
    expect(body.paths.map((p) => p.nodeIds)).toEqual([
      [START, id('n1'), id('n2'), END],
      [START, id('r1'), id('r2'), id('r3'), END],
    ]);
    expect(body.timeOrder).toEqual({ checked: 4, inOrder: 2, end: 'all', budgetMs: BUDGET_MS });
  });

  it('explains each path: the days of every step, undated steps marked, and how each dated step follows the one before', async () => {
    const [withUndated, allDated] = (await paths(`from=${START}&to=${END}&timeOrdered=true`)).paths;
    expect(withUndated?.timeOrder).toEqual({
      steps: [
        { edgeId: relationId(START, id('n1')), dateFrom: '2023-09-01', dateTo: '2023-09-30', undated: false },
        { edgeId: relationId(id('n1'), id('n2')), undated: true },
        {
          edgeId: relationId(END, id('n2')),
          dateFrom: '2023-09-30',
          dateTo: '2023-09-30',
          undated: false,
          follows: { step: 0, order: 'overlapping' },
        },
      ],
    });
    expect(allDated?.timeOrder?.steps.map((s) => [s.dateFrom, s.dateTo, s.follows?.order])).toEqual([
      ['2023-09-19', '2023-09-20', undefined],
      ['2023-09-27', '2023-09-27', 'after'],
      ['2023-10-01', '2023-10-01', 'after'],
      ['2023-11-01', '2023-11-30', 'after'],
    ]);
  });

  it('stops at the first k paths in order, shortest first, and says how many it checked to find them', async () => {
    const body = await paths(`from=${START}&to=${END}&k=1&timeOrdered=true`);
    expect(body.paths.map((p) => p.length)).toEqual([3]);
    // The two 2-hop walks go back in time; the 3-hop one is the first in order, and the 4-hop one is never read.
    expect(body.timeOrder).toEqual({ checked: 3, inOrder: 1, end: 'enough', budgetMs: BUDGET_MS });
  });

  it('reads the walk from from to to: the other way round, different paths are in order', async () => {
    const body = await paths(`from=${END}&to=${START}&k=10&timeOrdered=true`);
    // Walking back, 19–20 Sep then 27 Sep is in order; September then October too; the forward walks now run backwards.
    // The two 2-hop paths tie on length, so Neo4j may return them in either order.
    expect(body.paths.map((p) => p.nodeIds.join(' ')).sort()).toEqual(
      [
        [END, id('m1'), START],
        [END, id('m2'), START],
        [END, id('n2'), id('n1'), START],
      ].map((ids) => ids.join(' ')),
    );
    expect(body.paths.map((p) => p.length)).toEqual([2, 2, 3]);
    expect(body.timeOrder).toEqual({ checked: 4, inOrder: 3, end: 'all', budgetMs: BUDGET_MS });
  });

  it('says it stopped at its bound when the 50 shortest paths hold none in order, though a longer one exists', async () => {
    const body = await paths(`from=${MANY_FROM}&to=${MANY_TO}&maxHops=3&k=3&timeOrdered=true`);
    expect(body.paths).toEqual([]);
    expect(body.timeOrder).toEqual({ checked: 50, inOrder: 0, end: 'bound', budgetMs: BUDGET_MS });
  });

  it('checks more paths when more are asked for, and then finds the longer path in order', async () => {
    const body = await paths(`from=${MANY_FROM}&to=${MANY_TO}&maxHops=3&k=6&timeOrdered=true`);
    expect(body.paths.map((p) => p.nodeIds)).toEqual([[MANY_FROM, id('x1'), id('x2'), MANY_TO]]);
    expect(body.timeOrder).toEqual({ checked: FANS + 1, inOrder: 1, end: 'all', budgetMs: BUDGET_MS });
  });

  it('refuses a walk that would have to go back to an earlier day, even when each neighbouring pair of steps could be in order', async () => {
    expect((await paths(`from=${GREEDY_FROM}&to=${GREEDY_TO}`)).paths.map((p) => p.length)).toEqual([3]);
    const body = await paths(`from=${GREEDY_FROM}&to=${GREEDY_TO}&timeOrdered=true`);
    expect(body.paths).toEqual([]);
    expect(body.timeOrder).toEqual({ checked: 1, inOrder: 0, end: 'all', budgetMs: BUDGET_MS });
  });

  it('keeps, on the demo, exactly the paths the explanation rule finds in time order among all paths within 4 hops', async () => {
    const pairs = [
      ['event:2023-arrest-of-ruben-vardanyan', 'person:dunja-mijatovic'],
      ['event:2023-vaghuhas-incident', 'event:2023-azerbaijani-offensive'],
      ['event:2023-azerbaijani-offensive', 'event:2023-arrest-of-ruben-vardanyan'],
      ['group:armenians-in-washington', 'event:reopening-of-lachin-corridor'],
    ] as const;
    let refused = 0;
    for (const [from, to] of pairs) {
      // Fewer than the bound of 50 within 4 hops, so both sides see every path there is.
      const all = await findShortestPaths(app().client, { from, to, k: 50, maxHops: 4, relation: undefined });
      expect(all.length, `${from} → ${to}`).toBeLessThan(50);
      const inOrder = all.filter((path) => orderInTime(path) !== null);
      refused += all.length - inOrder.length;
      const body = await paths(`from=${from}&to=${to}&maxHops=4&k=10&timeOrdered=true`);
      if (inOrder.length < 10) {
        // Too few in order to stop early: the search reads every walk.
        expect(body.timeOrder, `${from} → ${to}`).toEqual({
          checked: all.length,
          inOrder: inOrder.length,
          end: 'all',
          budgetMs: BUDGET_MS,
        });
      } else {
        // It stops at the tenth in order; which walks of a tied length came before it is Neo4j's choice.
        expect(body.timeOrder, `${from} → ${to}`).toMatchObject({ inOrder: 10, end: 'enough', budgetMs: BUDGET_MS });
        expect(body.timeOrder?.checked).toBeGreaterThanOrEqual(10);
        expect(body.timeOrder?.checked).toBeLessThanOrEqual(all.length);
      }
      const expected = new Set(inOrder.map((path) => path.edgeIds.join(' ')));
      for (const path of body.paths) expect(expected.has(path.edgeIds.join(' ')), path.edgeIds.join(' ')).toBe(true);
      expect(body.paths.length).toBe(Math.min(10, inOrder.length));
    }
    // The premise: the demo has paths out of time order here, so the comparison can tell the rules apart.
    expect(refused).toBeGreaterThan(0);
  });

  it('relies on Neo4j yielding the shortest walks shortest first, as it finds them (stopping at the first k in order needs it)', async () => {
    const lengths = async (from: string, to: string, hubDegree?: number) => {
      const filter = { from, to, k: 3, maxHops: 4, relation: undefined, candidates: 60, budgetMs: 10_000, hubDegree };
      const { query, params } = timeOrderedWalks(filter);
      const seen: number[] = [];
      const end = await app().client.readStream(query, params, {
        budgetMs: 10_000,
        onRow: (record) => {
          seen.push(Number(record.get('hops')));
          return 'more';
        },
      });
      expect(end).toBe('complete');
      return seen;
    };
    // 55 walks of 2 hops and one of 3: a stream in any other order would put the 3 elsewhere than last.
    expect(await lengths(MANY_FROM, MANY_TO)).toEqual([...Array.from({ length: FANS }, () => 2), 3]);
    expect(await lengths(START, END)).toEqual([2, 2, 3, 4]);
    // The same with the hub cap the server applies by default.
    expect(await lengths(MANY_FROM, MANY_TO, 2_000)).toEqual([...Array.from({ length: FANS }, () => 2), 3]);
  });

  it("looks as long as the server's default budget unless asked otherwise, never longer than the query timeout", async () => {
    const asked = async (budget: string) => {
      const response = await call(app().baseUrl, `/api/paths?from=${START}&to=${END}&timeOrdered=true${budget}`);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return PathsResponseSchema.parse(response.body).timeOrder?.budgetMs;
    };
    expect(await asked('')).toBe(1_000);
    expect(await asked('&timeBudgetMs=2500')).toBe(2_500);
    expect(await asked(`&timeBudgetMs=${MAX_TIME_ORDER_BUDGET_MS}`)).toBe(10_000);
  });

  it('answers with what it checked when the budget asked for runs out', async () => {
    // 1 ms: far too short for 50 walks to come one by one; what came is kept, or the few shortest are asked for again.
    const body = await paths(`from=${MANY_FROM}&to=${MANY_TO}&maxHops=3&timeBudgetMs=1&timeOrdered=true`);
    expect(body.timeOrder).toMatchObject({ inOrder: 0, end: 'budget', budgetMs: 1 });
    expect(body.timeOrder?.checked).toBeGreaterThan(0);
    expect(body.timeOrder?.checked).toBeLessThan(50);
    expect(body.paths).toEqual([]);
  });

  it('refuses a budget out of bounds, or one without timeOrdered, naming timeBudgetMs', async () => {
    for (const query of [
      `from=${START}&to=${END}&timeOrdered=true&timeBudgetMs=0`,
      `from=${START}&to=${END}&timeOrdered=true&timeBudgetMs=${MAX_TIME_ORDER_BUDGET_MS + 1}`,
      `from=${START}&to=${END}&timeOrdered=true&timeBudgetMs=soon`,
      `from=${START}&to=${END}&timeBudgetMs=5000`,
    ]) {
      const response = await call(app().baseUrl, `/api/paths?${query}`);
      expect(response.status, query).toBe(400);
      expect(
        ErrorBodySchema.parse(response.body).error.details?.map((d) => d.parameter),
        query,
      ).toEqual(['timeBudgetMs']);
    }
  });

  it('returns 400 INVALID_PARAMETER when timeOrdered is neither true nor false', async () => {
    const response = await call(app().baseUrl, `/api/paths?from=${START}&to=${END}&timeOrdered=yes`);
    expect(response.status).toBe(400);
    const body = ErrorBodySchema.parse(response.body);
    expect(body.error.code).toBe('INVALID_PARAMETER');
    expect(body.error.details?.map((d) => d.parameter)).toContain('timeOrdered');
  });
});

describe('GET /api/paths with exclude (not through)', () => {
  it('leaves out every path through an excluded entity and finds the ones around it', async () => {
    const body = await paths(`from=${START}&to=${END}&k=10&exclude=${id('m1')}`);
    expect(body.paths.map((p) => p.nodeIds)).toEqual([
      [START, id('m2'), END],
      [START, id('n1'), id('n2'), END],
      [START, id('r1'), id('r2'), id('r3'), END],
    ]);
  });

  it('finds the shortest path around the excluded within k, not the k shortest filtered afterwards', async () => {
    // The two shortest paths tie at 2 hops; with m1 excluded the search itself goes around it, so k=1 still finds one.
    const body = await paths(`from=${START}&to=${END}&k=1&exclude=${id('m1')}`);
    expect(body.paths.map((p) => p.nodeIds)).toEqual([[START, id('m2'), END]]);
    const viaM2 = await paths(`from=${START}&to=${END}&k=1&exclude=${id('m2')}`);
    expect(viaM2.paths.map((p) => p.nodeIds)).toEqual([[START, id('m1'), END]]);
  });

  it('goes around several, also deep inside a walk, and combines with time order', async () => {
    const around = await paths(`from=${START}&to=${END}&k=10&exclude=${id('m1')},${id('m2')},${id('r2')}`);
    expect(around.paths.map((p) => p.nodeIds)).toEqual([[START, id('n1'), id('n2'), END]]);
    const inOrder = await paths(`from=${START}&to=${END}&k=10&timeOrdered=true&exclude=${id('n2')}`);
    expect(inOrder.paths.map((p) => p.nodeIds)).toEqual([[START, id('r1'), id('r2'), id('r3'), END]]);
    expect(inOrder.timeOrder).toEqual({ checked: 3, inOrder: 1, end: 'all', budgetMs: BUDGET_MS });
  });

  it('answers no path when every walk goes through the excluded', async () => {
    const body = await paths(`from=${GREEDY_FROM}&to=${GREEDY_TO}&exclude=${id('g1')}`);
    expect(body.paths).toEqual([]);
  });

  it('refuses to exclude an end of the paths, naming the parameter, and an entity that does not exist', async () => {
    const end = await call(app().baseUrl, `/api/paths?from=${START}&to=${END}&exclude=${END}`);
    expect(end.status).toBe(400);
    expect(ErrorBodySchema.parse(end.body).error.details?.map((d) => d.parameter)).toEqual(['exclude']);
    const unknown = await call(app().baseUrl, `/api/paths?from=${START}&to=${END}&exclude=${id('nobody')}`);
    expect(unknown.status).toBe(404);
    const refused = ErrorBodySchema.parse(unknown.body).error;
    expect(refused.code).toBe('ENTITY_NOT_FOUND');
    expect(refused.message).toContain(id('nobody'));
  });
});
