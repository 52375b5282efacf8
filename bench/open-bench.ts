// `npm run bench:open`: what the explorer asks for when it opens, on a generated graph, before and after the stored
// aggregates. Side by side, interleaved round by round in one process: the old opening request (/api/relations?limit=1000,
// which counts and sorts every relation) against /api/overview, and the old statistics query (which read the evidence
// list of every relation) against /api/stats and its query run directly.
import { readStats } from '../server/src/graph/stats.ts';
import { benchOnGeneratedGraph, runSideBySide, type BenchCase } from './side-by-side.ts';

/** What /api/stats ran before the stored counter, besides the count store: a read of every relation. */
const STATS_BEFORE = `MATCH (:Entity)-[r]->(:Entity) WHERE r.evidenceQuotes IS NOT NULL
RETURN count(r) AS relations, sum(size(r.evidenceQuotes)) AS evidence`;

benchOnGeneratedGraph({}, async ({ db, baseUrl, get, rounds, header }) => {
  const vocabulary = (await (await fetch(`${baseUrl}/api/vocabulary`)).json()) as {
    entityTypes: { name: string }[];
    relationTypes: { type: string }[];
  };
  const cases: BenchCase[] = [
    ['opening view before: GET /api/relations?limit=1000', get('/api/relations?limit=1000')],
    ['opening view after: GET /api/overview', get('/api/overview')],
    ['statistics before: the evidence query, direct', () => db.client.read((tx) => tx.run(STATS_BEFORE))],
    ['statistics after: readStats, direct', () => readStats(db.client, vocabulary)],
    ['statistics after: GET /api/stats', get('/api/stats')],
  ];
  const measured = await runSideBySide(cases, rounds);
  console.log(`\n${header()}\n`);
  console.log(measured.table());
  const p50 = (index: number) => measured.p50(cases[index]![0]);
  console.log(`\nratios (after ÷ before, p50): opening view ${(p50(1) / p50(0)).toFixed(3)}, statistics ${(p50(4) / p50(2)).toFixed(3)}`);
});
