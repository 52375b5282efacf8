// `npm run bench:timeline`: the whole graph in time on a generated graph, side by side in one process. The histogram
// read from the months stored with the graph against counting them per request (what it would cost without them); a
// month's window through GET /api/timeline against the same window asked of who-did-what (GET /api/relations, the same
// scan of the relations' derived days), against its own query run directly, and against the same window read from
// every relation as it was before the window indexes; and, once each, the recount that every import now runs
// (evidence and months) against the evidence-only recount it replaced. `--graph 1m`: on the 1M / 5M bulk graph.
import { earliestDay, latestDay } from '@kgx/contract';
import { int } from '../server/src/graph/client.ts';
import { COUNT_TIMELINE, readTimelineWindow } from '../server/src/graph/timeline.ts';
import { storeAggregates } from '../server/src/graph/stats.ts';
import { formatMs, summarizeLatencies } from './latency-stats.ts';
import { benchOnGeneratedGraph, runSideBySide, type BenchCase } from './side-by-side.ts';

/** A month's relations as the window read them before the window indexes: every relation read and tested. */
const EVERY_RELATION_WINDOW = `
CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE r.dateFrom <= $to AND r.dateTo >= $from RETURN count(r) AS total }
CALL () {
  MATCH (s:Entity)-[r]->(o:Entity) WHERE r.dateFrom <= $to AND r.dateTo >= $from
  WITH s, r, o ORDER BY r.dateFrom, coalesce(s.degree, 0) DESC, s.name, type(r), o.name LIMIT $limit
  RETURN collect({s: s, r: r, o: o}) AS relations
}
RETURN total, relations`;

/** What every import stored before the months: the evidence count alone. */
const STORE_EVIDENCE_ONLY = `
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN sum(size(coalesce(r.evidenceQuotes, []))) AS evidence }
MERGE (g:GraphState {id: 'graph'}) SET g.evidenceCount = evidence`;

benchOnGeneratedGraph({ recounts: '5' }, async ({ db, baseUrl, get, values, rounds, header }) => {
  const recounts = { before: [] as number[], after: [] as number[] };
  for (let i = 0; i < Number(values['recounts']); i++) {
    let started = performance.now();
    await db.client.write((tx) => tx.run(STORE_EVIDENCE_ONLY));
    recounts.before.push(performance.now() - started);
    started = performance.now();
    await storeAggregates(db.client);
    recounts.after.push(performance.now() - started);
  }

  const histogram = (await (await fetch(`${baseUrl}/api/timeline/histogram`)).json()) as {
    months: { month: string; events: number; relations: number }[];
  };
  // The busiest month: the window that costs the most to read.
  const busiest = [...histogram.months].sort((a, b) => b.events + b.relations - (a.events + a.relations))[0];
  if (!busiest) throw new Error('the generated graph has no dated months');
  const month = busiest.month;
  // A typical month too: the median by relations.
  const byRelations = [...histogram.months].sort((a, b) => a.relations - b.relations);
  const typical = byRelations[Math.floor(byRelations.length / 2)] ?? busiest;
  console.error(
    `${histogram.months.length} months; the busiest, ${month}, holds ${busiest.events} events and ${busiest.relations} relations; a typical one, ${typical.month}, ${typical.events} and ${typical.relations}`,
  );
  const everyRelation = (m: string) => () =>
    db.client.read((tx) => tx.run(EVERY_RELATION_WINDOW, { from: earliestDay(m), to: latestDay(m), limit: int(100) }));
  const cases: BenchCase[] = [
    ['histogram without stored months: COUNT_TIMELINE, direct', () => db.client.read((tx) => tx.run(COUNT_TIMELINE))],
    ['histogram: GET /api/timeline/histogram', get('/api/timeline/histogram')],
    [
      `a month's relations: GET /api/relations?from=${month}&to=${month}&limit=100`,
      get(`/api/relations?from=${month}&to=${month}&limit=100`),
    ],
    [`a month: GET /api/timeline?from=${month}&to=${month}&limit=100`, get(`/api/timeline?from=${month}&to=${month}&limit=100`)],
    [
      'a month: readTimelineWindow, direct',
      () => readTimelineWindow(db.client, { fromDay: earliestDay(month), toDay: latestDay(month), limit: 100 }),
    ],
    ["a month's relations read from every relation (before the window indexes), direct", everyRelation(month)],
    [
      `a typical month: GET /api/timeline?from=${typical.month}&to=${typical.month}&limit=100`,
      get(`/api/timeline?from=${typical.month}&to=${typical.month}&limit=100`),
    ],
    [
      'a typical month: readTimelineWindow, direct',
      () => readTimelineWindow(db.client, { fromDay: earliestDay(typical.month), toDay: latestDay(typical.month), limit: 100 }),
    ],
    ["a typical month's relations read from every relation, direct", everyRelation(typical.month)],
  ];
  const measured = await runSideBySide(cases, rounds);
  console.log(`\n${header()}\n`);
  console.log(measured.table());
  const p50 = (index: number) => measured.p50(cases[index]![0]);
  console.log(
    `\nratios (p50): histogram stored ÷ counted ${(p50(1) / p50(0)).toFixed(3)}; month window ÷ who-did-what ${(p50(3) / p50(2)).toFixed(3)}; API ÷ direct ${(p50(3) / p50(4)).toFixed(3)}; window indexes ÷ every relation (direct) ${(p50(4) / p50(5)).toFixed(3)}, typical month ${(p50(7) / p50(8)).toFixed(3)}`,
  );
  const before = summarizeLatencies(recounts.before);
  const after = summarizeLatencies(recounts.after);
  console.log(
    `\nrecount after an import (${recounts.before.length} each, p50): evidence only ${formatMs(before.p50)} ms, evidence and months ${formatMs(after.p50)} ms (${(after.p50 / before.p50).toFixed(2)}x)`,
  );
});
