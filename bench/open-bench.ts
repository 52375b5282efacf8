// `npm run bench:open`: what the explorer asks for when it opens, on a generated graph, before and after the stored
// aggregates. Side by side, interleaved round by round in one process: the old opening request (/api/relations?limit=1000,
// which counts and sorts every relation) against /api/overview, and the old statistics query (which read the evidence
// list of every relation) against /api/stats and its query run directly.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { readStats } from '../server/src/graph/stats.ts';
import { DEFAULT_ENTITIES, DEFAULT_RELATIONS, generateGraph, writeGeneratedGraph } from './generate-graph.ts';
import { formatMs, summarizeLatencies } from './latency-stats.ts';
import { listenApp, startLocalDatabase } from './local-stack.ts';

/** What /api/stats ran before the stored counter, besides the count store: a read of every relation. */
const STATS_BEFORE = `MATCH (:Entity)-[r]->(:Entity) WHERE r.evidenceQuotes IS NOT NULL
RETURN count(r) AS relations, sum(size(r.evidenceQuotes)) AS evidence`;

const log = (line: string) => console.error(line);

/** How long the work took, and whether it answered (a direct query that fails did not). */
async function timed(work: () => Promise<unknown>): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  const ok = await work().then(
    (answer) => answer !== false,
    () => false,
  );
  return { ms: performance.now() - started, ok };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      entities: { type: 'string', default: String(DEFAULT_ENTITIES) },
      relations: { type: 'string', default: String(DEFAULT_RELATIONS) },
      rounds: { type: 'string', default: '15' },
    },
  });
  const entities = Number(values.entities);
  const relations = Number(values.relations);
  const rounds = Number(values.rounds);
  const db = await startLocalDatabase({ heap: '2g', pageCache: '1g', log });
  try {
    const loadMs = await writeGeneratedGraph(db.client, generateGraph({ entities, relations }), log);
    log(`generated ${entities} entities / ${relations} relations, loaded in ${(loadMs / 1000).toFixed(0)} s`);
    const app = await listenApp(db.client);
    try {
      // A refusal (504 past the query timeout) is a result here, not a reason to stop: it is timed and counted.
      const get = (path: string) => async (): Promise<boolean> => {
        const response = await fetch(`${app.baseUrl}${path}`);
        await response.arrayBuffer();
        return response.ok;
      };
      const vocabulary = (await (await fetch(`${app.baseUrl}/api/vocabulary`)).json()) as {
        entityTypes: { name: string }[];
        relationTypes: { type: string }[];
      };
      const types = { entityTypes: vocabulary.entityTypes.map((t) => t.name), relationTypes: vocabulary.relationTypes.map((t) => t.type) };
      const cases: [string, () => Promise<unknown>][] = [
        ['opening view before: GET /api/relations?limit=1000', get('/api/relations?limit=1000')],
        ['opening view after: GET /api/overview', get('/api/overview')],
        ['statistics before: the evidence query, direct', () => db.client.read((tx) => tx.run(STATS_BEFORE))],
        ['statistics after: readStats, direct', () => readStats(db.client, types)],
        ['statistics after: GET /api/stats', get('/api/stats')],
      ];
      const samples = new Map<string, number[]>(cases.map(([name]) => [name, []]));
      const failed = new Map<string, number>(cases.map(([name]) => [name, 0]));
      for (const [, work] of cases) await timed(work); // warm-up: plans compiled, pages cached
      for (let round = 0; round < rounds; round++) {
        for (const [name, work] of cases) {
          const { ms, ok } = await timed(work);
          samples.get(name)!.push(ms);
          if (!ok) failed.set(name, (failed.get(name) ?? 0) + 1);
        }
      }
      const load = loadavg()
        .map((n) => n.toFixed(2))
        .join(' ');
      console.log(`\n${entities} entities / ${relations} relations, ${rounds} rounds, load average ${load}\n`);
      console.log('| request | p50 ms | p95 ms | failed (504) |');
      console.log('| --- | ---: | ---: | ---: |');
      for (const [name] of cases) {
        const stats = summarizeLatencies(samples.get(name)!);
        console.log(`| ${name} | ${formatMs(stats.p50)} | ${formatMs(stats.p95)} | ${failed.get(name) ?? 0} of ${rounds} |`);
      }
      const p50 = (name: string) => summarizeLatencies(samples.get(name)!).p50;
      console.log(
        `\nratios (after ÷ before, p50): opening view ${(p50(cases[1]![0]) / p50(cases[0]![0])).toFixed(3)}, statistics ${(p50(cases[4]![0]) / p50(cases[2]![0])).toFixed(3)}`,
      );
    } finally {
      await app.close();
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
