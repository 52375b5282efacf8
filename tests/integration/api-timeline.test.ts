// GET /api/timeline/histogram and GET /api/timeline on a small data set dated two centuries before anything in the demo,
// so that every month and window it touches is known; removing it gives the demo's timeline back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ErrorBodySchema,
  TimelineHistogramResponseSchema,
  TimelineResponseSchema,
  type EntityRecord,
  type RelationRecord,
  type TimelineHistogramResponse,
} from '@kgx/contract';
import { importBesideDemo } from '../support/dataset-beside-demo.ts';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';

const DATASET = 'timeline-test';
const DOCUMENT = 'timeline-test-1';
const QUOTE = 'The almanac records these dealings.';
const person = (name: string) => `person:timeline-test-${name}`;
const event = (name: string) => `event:timeline-test-${name}`;

const entities: EntityRecord[] = [
  ...['a', 'b', 'c', 'd'].map((name) => ({
    id: person(name),
    type: 'Person',
    name: `Timeline test ${name}`,
    aliases: [],
    description: 'An entity of a graph built to test the timeline.',
  })),
  // September 1801 as a whole month; 1802 as a whole year; a day; and one with no date at all.
  { id: event('harvest'), type: 'Event', name: 'Timeline test harvest', aliases: [], description: 'A month.', startDate: '1801-09' },
  { id: event('treaty'), type: 'Event', name: 'Timeline test treaty', aliases: [], description: 'A year.', startDate: '1802' },
  {
    id: event('fair'),
    type: 'Event',
    name: 'Timeline test fair',
    aliases: [],
    description: 'Three days.',
    startDate: '1801-10-03',
    endDate: '1801-10-05',
  },
  { id: event('rumour'), type: 'Event', name: 'Timeline test rumour', aliases: [], description: 'Undated.' },
];

function link(source: string, target: string, dates: { startDate?: string; endDate?: string } = {}): RelationRecord {
  return { type: 'LINKED_TO', source, target, ...dates, evidence: [{ documentId: DOCUMENT, quote: QUOTE }] };
}

const relations: RelationRecord[] = [
  link(person('a'), person('b'), { startDate: '1801-09-02' }),
  link(person('b'), person('c'), { startDate: '1801-09-20' }),
  link(person('c'), person('d'), { startDate: '1801-10' }),
  link(person('a'), person('d'), { startDate: '1801-10-04' }),
  link(person('a'), person('c'), { startDate: '1802-03-01' }),
  link(person('b'), person('d')),
];

let app: TestApp;
let dataset: Awaited<ReturnType<typeof importBesideDemo>> | undefined;
let demoHistogram: TimelineHistogramResponse;

async function histogram(): Promise<TimelineHistogramResponse> {
  const response = await call(app.baseUrl, '/api/timeline/histogram');
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return TimelineHistogramResponseSchema.parse(response.body);
}

async function window(query: string) {
  const response = await call(app.baseUrl, `/api/timeline?${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return TimelineResponseSchema.parse(response.body);
}

beforeAll(async () => {
  app = await startTestApp();
  demoHistogram = await histogram();
  dataset = await importBesideDemo(app.client, {
    id: DATASET,
    documents: [{ id: DOCUMENT, title: 'Almanac', kind: 'report', text: QUOTE }],
    entities,
    relations,
  });
});
afterAll(async () => {
  try {
    await dataset?.remove();
    expect(await histogram()).toEqual(demoHistogram);
  } finally {
    await app?.close();
  }
});

describe('GET /api/timeline/histogram', () => {
  it('the demo has dated months, in order', () => {
    expect(demoHistogram.months.length).toBeGreaterThan(0);
    const keys = demoHistogram.months.map((m) => m.month);
    expect(keys).toEqual([...keys].sort());
    expect(keys.every((k) => /^\d{4}-\d{2}$/.test(k))).toBe(true);
    expect(keys.some((k) => k < '1900')).toBe(false);
  });

  it('counts an import by the month each event and relation starts in, a year in its January, the undated apart', async () => {
    const body = await histogram();
    const added = body.months.filter((m) => m.month < '1900');
    expect(added).toEqual([
      { month: '1801-09', events: 1, relations: 2 },
      // The relation dated "1801-10" and the one of 4 October; the fair starts on the 3rd.
      { month: '1801-10', events: 1, relations: 2 },
      { month: '1802-01', events: 1, relations: 0 },
      { month: '1802-03', events: 0, relations: 1 },
    ]);
    expect(body.undated).toEqual({ events: demoHistogram.undated.events + 1, relations: demoHistogram.undated.relations + 1 });
    expect(body.months.filter((m) => m.month >= '1900')).toEqual(demoHistogram.months);
  });
});

describe('GET /api/timeline', () => {
  it('returns the events and relations that may fall in a window, with their ends, the earliest first', async () => {
    const body = await window('from=1801-09-15&to=1801-10-03');
    expect(body.nodes.filter((n) => n.type === 'Event').map((n) => n.id)).toEqual([event('harvest'), event('fair')]);
    expect(body.edges.map((e) => [e.source, e.target])).toEqual([
      // 20 September, then "October 1801" (1–31 October) and not the one of 4 October.
      [person('b'), person('c')],
      [person('c'), person('d')],
    ]);
    const ids = new Set(body.nodes.map((n) => n.id));
    for (const edge of body.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    expect(body.events).toEqual({ total: 2, shown: 2 });
    expect(body.relations).toEqual({ total: 2, shown: 2 });
    expect(body.truncated).toBe(false);
    expect(body.edges[0]?.evidence).toEqual([expect.objectContaining({ documentId: DOCUMENT, quote: QUOTE })]);
  });

  it('reads partial dates in the query as intervals: a month from its first day to its last', async () => {
    const body = await window('from=1801-10&to=1801-10');
    expect(body.nodes.filter((n) => n.type === 'Event').map((n) => n.id)).toEqual([event('fair')]);
    expect(body.edges.map((e) => [e.source, e.target])).toEqual([
      [person('c'), person('d')],
      [person('a'), person('d')],
    ]);
  });

  it('a year-long event falls in any window of its year; the undated never do', async () => {
    const body = await window('from=1802-06-01&to=1802-06-30');
    expect(body.nodes.map((n) => n.id)).toEqual([event('treaty')]);
    expect(body.edges).toEqual([]);
    const everything = await window('from=1801&to=1802&limit=500');
    expect(everything.nodes.map((n) => n.id)).not.toContain(event('rumour'));
    expect(everything.edges.some((e) => e.source === person('b') && e.target === person('d'))).toBe(false);
  });

  it('caps events and relations at the limit, the earliest first, and says how many the window holds', async () => {
    const body = await window('from=1801&to=1802&limit=2');
    expect(body.events).toEqual({ total: 3, shown: 2 });
    expect(body.relations).toEqual({ total: 5, shown: 2 });
    expect(body.truncated).toBe(true);
    expect(body.edges.map((e) => e.dateFrom)).toEqual(['1801-09-02', '1801-09-20']);
  });

  it('refuses a window whose start is after its end, naming the parameter', async () => {
    const response = await call(app.baseUrl, '/api/timeline?from=1802&to=1801');
    expect(response.status).toBe(400);
    expect(ErrorBodySchema.parse(response.body).error.details?.map((d) => d.parameter)).toEqual(['from']);
  });

  it('takes a window whose ends differ in precision (bug: from=1801-09-15&to=1801-09 was refused as backwards)', async () => {
    const body = await window('from=1801-09-15&to=1801-09');
    expect(body.edges.map((e) => [e.source, e.target])).toEqual([[person('b'), person('c')]]);
    expect(body.nodes.filter((n) => n.type === 'Event').map((n) => n.id)).toEqual([event('harvest')]);
  });

  it('refuses a window without both ends, naming the missing one', async () => {
    const response = await call(app.baseUrl, '/api/timeline?from=1801');
    expect(response.status).toBe(400);
    expect(ErrorBodySchema.parse(response.body).error.details?.map((d) => d.parameter)).toEqual(['to']);
  });
});
