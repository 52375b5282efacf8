// The timeline's window reads each relation type's window index, bounded per class of span (date-spans.ts). These
// tests hold it to what reading every relation gives: relations of every length that reach a window are found, those
// that end the day before are not, the classes stay right through imports, shared evidence and removals, and the
// window is sought, not scanned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RelationsResponseSchema, TimelineResponseSchema, type EntityRecord, type RelationRecord } from '@kgx/contract';
import { SPAN_CLASS_LIMITS, classifyDateSpans, dayOrdinal, ordinalDay, relationTypesInGraph } from '../../server/src/graph/date-spans.ts';
import { int } from '../../server/src/graph/client.ts';
import { windowRelationsQuery } from '../../server/src/graph/timeline.ts';
import { importBesideDemo } from '../support/dataset-beside-demo.ts';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';
import { planOperators } from '../support/query-plan.ts';

const DATASET = 'timeline-spans-test';
const DOCUMENT = 'timeline-spans-test-1';
const QUOTE = 'The register lists these ties.';
/** The window every relation below reaches, or misses by one day. */
const DAY = '1650-03-02';

/**
 * Days before a day as spans are measured (months of 31 days, date-spans.ts): the relations sit exactly on the
 * classes' edges, and some start on days no calendar has (1650-02-30), as a source may write them (bug: such a day
 * made Neo4j's date() refuse the whole import).
 */
const daysBefore = (day: string, days: number) => ordinalDay(dayOrdinal(day) - days);
const spanOf = (from: string, to: string) => dayOrdinal(to) - dayOrdinal(from);

/** Every class's longest span and the shortest of the next, each ending on the window's day: all reach it. */
const reaching = [...new Set(SPAN_CLASS_LIMITS.flatMap((limit) => [limit, limit + 1]))];
/** The same lengths ending the day before: none reaches it. */
const missing = [0, 3, 4, 1_023, 70_000];

const person = (name: string) => `person:${DATASET}-${name}`;
const entities: EntityRecord[] = [
  { id: person('hub'), type: 'Person', name: 'Spans test hub', aliases: [], description: 'One end of every tie.' },
  ...[...reaching.map((d) => `reach-${d}`), ...missing.map((d) => `miss-${d}`), 'evidenced'].map((name) => ({
    id: person(name),
    type: 'Person' as const,
    name: `Spans test ${name}`,
    aliases: [],
    description: 'The other end of one tie.',
  })),
];
const tie = (name: string, startDate: string, endDate: string): RelationRecord => ({
  type: 'LINKED_TO',
  source: person('hub'),
  target: person(name),
  startDate,
  endDate,
  evidence: [{ documentId: DOCUMENT, quote: QUOTE }],
});
const relations: RelationRecord[] = [
  ...reaching.map((d) => tie(`reach-${d}`, daysBefore(DAY, d), DAY)),
  ...missing.map((d) => tie(`miss-${d}`, daysBefore(DAY, d + 1), daysBefore(DAY, 1))),
  // No dates of its own: dated by its evidence, May 1650, until another data set cites it too.
  {
    type: 'LINKED_TO',
    source: person('hub'),
    target: person('evidenced'),
    evidence: [{ documentId: DOCUMENT, quote: QUOTE, date: '1650-05' }],
  },
];

/** What the window held before the index: every relation between entities read and tested. */
const EVERY_RELATION = `
CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE r.dateFrom <= $to AND r.dateTo >= $from RETURN count(r) AS total }
MATCH (s:Entity)-[r]->(o:Entity) WHERE r.dateFrom <= $to AND r.dateTo >= $from
WITH total, s, r, o ORDER BY r.dateFrom, coalesce(s.degree, 0) DESC, s.name, type(r), o.name LIMIT $limit
RETURN total, collect(r.id) AS ids`;

/** Who-did-what's dated triples as they were read before the window indexes, for any combination of the filters. */
const EVERY_TRIPLE = `
MATCH (s:Entity)-[r]->(o:Entity)
WHERE type(r) <> 'MENTIONS' AND ($types IS NULL OR type(r) IN $types)
  AND ($subjectTypes IS NULL OR any(label IN labels(s) WHERE label IN $subjectTypes))
  AND ($from IS NULL OR r.dateTo >= $from) AND ($to IS NULL OR r.dateFrom <= $to)
WITH s, r, o ORDER BY coalesce(r.dateFrom, '9999'), coalesce(s.degree, 0) DESC, s.name, type(r), o.name
WITH collect(r.id) AS ids
RETURN size(ids) AS total, ids[0..$limit] AS ids`;

let app: TestApp;
let dataset: Awaited<ReturnType<typeof importBesideDemo>> | undefined;

async function window(from: string, to: string, limit: number) {
  const response = await call(app.baseUrl, `/api/timeline?from=${from}&to=${to}&limit=${limit}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return TimelineResponseSchema.parse(response.body);
}

async function everyRelation(from: string, to: string, limit: number): Promise<{ total: number; ids: string[] }> {
  return app.client.read(async (tx) => {
    const record = (await tx.run(EVERY_RELATION, { from, to, limit: int(limit) })).records[0];
    return { total: Number(record?.get('total') ?? 0), ids: (record?.get('ids') ?? []) as string[] };
  });
}

/** Every dated relation whose stored class does not bracket its span. */
async function misclassified(): Promise<{ id: string; span: number; spanClass: unknown }[]> {
  const rows = await app.client.read(async (tx) => {
    const result = await tx.run(
      'MATCH (:Entity)-[r]->(:Entity) WHERE r.dateFrom IS NOT NULL RETURN r.id AS id, r.dateFrom AS dateFrom, r.dateTo AS dateTo, r.dateSpanClass AS spanClass',
    );
    return result.records.map((r) => r.toObject() as { id: string; dateFrom: string; dateTo: string; spanClass: unknown });
  });
  expect(rows.length).toBeGreaterThan(relations.length);
  return rows
    .map((row) => ({
      id: row.id,
      span: spanOf(row.dateFrom, row.dateTo),
      spanClass: row.spanClass === null ? null : Number(row.spanClass),
    }))
    .filter(({ span, spanClass }) => {
      if (typeof spanClass !== 'number') return true;
      const above = spanClass === 0 ? -1 : SPAN_CLASS_LIMITS[spanClass - 1];
      const atMost = SPAN_CLASS_LIMITS[spanClass] ?? Number.POSITIVE_INFINITY;
      return above === undefined || !(span > above && span <= atMost);
    });
}

beforeAll(async () => {
  app = await startTestApp();
  dataset = await importBesideDemo(app.client, {
    id: DATASET,
    documents: [{ id: DOCUMENT, title: 'Register', kind: 'report', text: QUOTE }],
    entities,
    relations,
  });
  await app.client.runAutoCommit('CALL db.awaitIndexes(300)');
});
afterAll(async () => {
  try {
    await dataset?.remove();
  } finally {
    await app?.close();
  }
});

describe('the timeline window over relations of every length', () => {
  it('finds every relation that reaches the window, the longest class included, and none that ends the day before', async () => {
    const calendarDay = (day: string) => {
      const time = Date.parse(`${day}T00:00:00Z`);
      return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
    };
    const impossible = relations.map((r) => r.startDate ?? '').filter((day) => calendarDay(day) !== day);
    expect(impossible).toContain('1650-02-30');
    const body = await window(DAY, DAY, 500);
    const targets = body.edges.map((e) => e.target).sort();
    expect(targets).toEqual(reaching.map((d) => person(`reach-${d}`)).sort());
    expect(body.relations.total).toBe(reaching.length);
    // The earliest start first: the longest tie began first.
    expect(body.edges[0]?.target).toBe(person(`reach-${Math.max(...reaching)}`));
  });

  it('gives what reading every relation gives, in the same order, on windows across the demo and this data set', async () => {
    const windows: [string, string, number][] = [
      [DAY, DAY, 500],
      [daysBefore(DAY, 1), daysBefore(DAY, 1), 500],
      ['1400-01-01', '2100-12-31', 500],
      ['1400-01-01', '2100-12-31', 7],
      ['2023-09-01', '2023-09-30', 100],
      ['2023-09-19', '2023-09-19', 100],
      ['2020-01-01', '2022-12-31', 100],
    ];
    let compared = 0;
    for (const [from, to, limit] of windows) {
      const body = await window(from, to, limit);
      const expected = await everyRelation(from, to, limit);
      expect({ from, to, limit, total: body.relations.total, ids: body.edges.map((e) => e.id) }).toEqual({ from, to, limit, ...expected });
      compared += expected.ids.length;
    }
    expect(compared).toBeGreaterThan(reaching.length);
  });

  it("stores each dated relation's span class so that it brackets the span, after an import beside the demo", async () => {
    expect(await misclassified()).toEqual([]);
  });

  it('has a window index for every relation type the graph holds, and reads the relations through them alone', async () => {
    const types = await relationTypesInGraph(app.client);
    expect(types).toContain('LINKED_TO');
    const indexed = await app.client.read(async (tx) => {
      const result = await tx.run(
        "SHOW INDEXES YIELD name, state, entityType, properties WHERE entityType = 'RELATIONSHIP' AND name STARTS WITH 'relation_days_' RETURN name, state, properties",
      );
      return result.records.map((r) => r.toObject() as { name: string; state: string; properties: string[] });
    });
    // Every type the graph holds has its index (an index may outlive a type whose last relation was removed).
    expect(types.map((t) => `relation_days_${t}`).filter((name) => !indexed.some((i) => i.name === name))).toEqual([]);
    for (const index of indexed) {
      expect(index.state).toBe('ONLINE');
      expect(index.properties).toEqual(['dateSpanClass', 'dateFrom', 'dateTo']);
    }
    const operators = await planOperators(app.client, windowRelationsQuery(types), { limit: 10 });
    // Each type's own window index, in the count and in the page (a type with a handful of relations may have its
    // small index read whole rather than sought: the planner's choice by its size).
    expect(operators.filter((name) => /RelationshipIndex(Seek|Scan)/.test(name))).toHaveLength(types.length * 2);
    expect(operators.filter((name) => /RelationshipsScan|RelationshipTypeScan/.test(name))).toEqual([]);
  });
});

describe('who did what in a window (GET /api/relations with dates and no end)', () => {
  it('gives what reading every relation gives, for a window, a start alone, a relation type and an entity type', async () => {
    const cases: {
      query: string;
      from: string | null;
      to: string | null;
      types: string[] | null;
      subjectTypes: string[] | null;
      limit: number;
    }[] = [
      { query: `from=${DAY}&to=${DAY}&limit=500`, from: DAY, to: DAY, types: null, subjectTypes: null, limit: 500 },
      { query: 'from=1600&to=1700&limit=7', from: '1600-01-01', to: '1700-12-31', types: null, subjectTypes: null, limit: 7 },
      { query: 'from=2023-09&limit=100', from: '2023-09-01', to: null, types: null, subjectTypes: null, limit: 100 },
      // A type named twice counts each relation once (bug: each was found and counted twice).
      {
        query: 'from=1400&to=2100&predicate=LINKED_TO,LINKED_TO&limit=500',
        from: '1400-01-01',
        to: '2100-12-31',
        types: ['LINKED_TO'],
        subjectTypes: null,
        limit: 500,
      },
      {
        query: 'from=1400&to=2100&predicate=LINKED_TO&limit=500',
        from: '1400-01-01',
        to: '2100-12-31',
        types: ['LINKED_TO'],
        subjectTypes: null,
        limit: 500,
      },
      {
        query: 'from=2023&to=2023&subjectType=Organisation&limit=100',
        from: '2023-01-01',
        to: '2023-12-31',
        types: null,
        subjectTypes: ['Organisation'],
        limit: 100,
      },
    ];
    let compared = 0;
    for (const c of cases) {
      const response = await call(app.baseUrl, `/api/relations?${c.query}`);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      const body = RelationsResponseSchema.parse(response.body);
      const expected = await app.client.read(async (tx) => {
        const record = (await tx.run(EVERY_TRIPLE, { ...c, limit: int(c.limit) })).records[0];
        return { total: Number(record?.get('total') ?? 0), ids: (record?.get('ids') ?? []) as string[] };
      });
      expect({ query: c.query, total: body.total, ids: body.triples.map((t) => t.relation.id) }).toEqual({ query: c.query, ...expected });
      compared += expected.ids.length;
    }
    expect(compared).toBeGreaterThan(reaching.length * 2);
  });
});

describe('span classes through shared evidence and removals', () => {
  it('keeps them right when a second data set dates a shared relation again, and when it is removed', async () => {
    const evidenced = person('evidenced');
    const inSpring1645 = async () => (await window('1645-04-01', '1645-04-30', 500)).edges.map((e) => e.target);
    expect(await inSpring1645()).not.toContain(evidenced);
    // The same tie, cited again in 1640: its days now run from January 1640 to May 1650, a longer class.
    const second = await importBesideDemo(app.client, {
      id: `${DATASET}-second`,
      documents: [{ id: `${DOCUMENT}-second`, title: 'Second register', kind: 'report', text: QUOTE }],
      entities: entities.filter((e) => e.id === person('hub') || e.id === evidenced),
      relations: [
        {
          type: 'LINKED_TO',
          source: person('hub'),
          target: evidenced,
          evidence: [{ documentId: `${DOCUMENT}-second`, quote: QUOTE, date: '1640' }],
        },
      ],
    });
    try {
      expect(await misclassified()).toEqual([]);
      expect(await inSpring1645()).toContain(evidenced);
    } finally {
      await second.remove();
    }
    expect(await misclassified()).toEqual([]);
    expect(await inSpring1645()).not.toContain(evidenced);
  });
});

describe('a database whose relations were written before the span classes', () => {
  it('gets them at start, once, and its windows then find what they found before', async () => {
    const before = await window(DAY, DAY, 500);
    const readMark = () =>
      app.client.read(async (tx) => {
        const result = await tx.run("MATCH (g:GraphState {id: 'graph'}) RETURN g.dateSpanClasses AS marked");
        return result.records[0]?.get('marked') as unknown;
      });
    const markBefore = await readMark();
    await app.client.write(async (tx) => {
      await tx.run('MATCH ()-[r]->() WHERE r.dateSpanClass IS NOT NULL REMOVE r.dateSpanClass');
      await tx.run("MATCH (g:GraphState {id: 'graph'}) REMOVE g.dateSpanClasses");
    });
    try {
      expect((await window(DAY, DAY, 500)).edges).toEqual([]);
      await classifyDateSpans(app.client);
      expect(await misclassified()).toEqual([]);
      expect(await window(DAY, DAY, 500)).toEqual(before);
      expect(await readMark()).toBe(true);
    } finally {
      // Whatever happened, the graph as the other tests found it: every class back, and the mark as it was (the
      // removal checks the whole graph against its start).
      await classifyDateSpans(app.client, { again: true });
      await app.client.write((tx) => tx.run("MATCH (g:GraphState {id: 'graph'}) SET g.dateSpanClasses = $markBefore", { markBefore }));
    }
  });
});
