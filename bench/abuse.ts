// `npm run bench:abuse`: resource-exhaustion queries sent to the read-only console of the real app on the demo graph,
// each with /api/health polled and the app's event-loop delay sampled while it runs. What matters is the worst health
// latency: one user's query must not stall everyone else (target: health within 200 ms throughout).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadDataset } from '../server/src/ingest/load.ts';
import { SEED_DATASET_DIR } from '../server/src/ingest/seed.ts';
import { machineFacts, saveResults } from './artifacts.ts';
import { formatMs, summarizeLatencies } from './latency-stats.ts';
import { listenApp, startLocalDatabase } from './local-stack.ts';

const HEALTH_EVERY_MS = 50;
const QUIET_MS = 3000;
const TARGET_HEALTH_MS = 200;

/** What an abusive console user sends: huge lists, endless rows, heavy strings, cartesian products, path explosions. */
const QUERIES: readonly { name: string; query: string }[] = [
  { name: 'a list of 10 million numbers', query: 'RETURN range(1, 10000000) AS xs' },
  { name: '50 million rows', query: 'UNWIND range(1, 50000000) AS x RETURN x' },
  { name: '600 rows of 1 MB', query: "UNWIND range(1, 600) AS i RETURN i, reduce(s = '', x IN range(1, 100000) | s + 'yyyyyyyyyy') AS mb" },
  { name: 'a 20 MB string', query: "RETURN reduce(s = '', x IN range(1, 2000000) | s + 'xxxxxxxxxx') AS s" },
  { name: 'a cartesian product of four scans', query: 'MATCH (a), (b), (c), (d) RETURN count(*) AS n' },
  { name: 'every path of up to 8 hops', query: 'MATCH p = (a:Entity)-[*1..8]-(b:Entity) RETURN count(p) AS n' },
];

interface Probe {
  stop(): Promise<{ health: number[]; failures: number; loopMaxMs: number; loopP99Ms: number }>;
}

/** Polls /api/health and samples the event loop until stopped. */
function probe(baseUrl: string): Probe {
  const health: number[] = [];
  let failures = 0;
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let running = true;
  const poll = async () => {
    while (running) {
      const started = performance.now();
      try {
        const response = await fetch(`${baseUrl}/api/health`);
        await response.arrayBuffer();
        if (response.ok) health.push(performance.now() - started);
        else failures += 1;
      } catch {
        // A connection the server closed as it was reused: counted, not fatal.
        failures += 1;
      }
      await new Promise((resolve) => setTimeout(resolve, HEALTH_EVERY_MS));
    }
  };
  const polling = poll();
  return {
    stop: async () => {
      running = false;
      await polling;
      loop.disable();
      return { health, failures, loopMaxMs: loop.max / 1e6, loopP99Ms: loop.percentile(99) / 1e6 };
    },
  };
}

async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  const db = await startLocalDatabase({ log });
  try {
    await loadDataset(db.client, SEED_DATASET_DIR);
    const app = await listenApp(db.client);
    try {
      const quiet = probe(app.baseUrl);
      await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
      const baseline = await quiet.stop();
      const rows: string[] = [];
      const results: unknown[] = [];
      const baseStats = summarizeLatencies(baseline.health);
      rows.push(
        `| (nothing running, ${QUIET_MS / 1000} s) | – | – | ${formatMs(baseStats.p50)} | ${formatMs(baseStats.max)} | ${formatMs(baseline.loopP99Ms)} | ${formatMs(baseline.loopMaxMs)} |`,
      );
      let worst = baseStats.max;
      for (const { name, query } of QUERIES) {
        const running = probe(app.baseUrl);
        const started = performance.now();
        const response = await fetch(`${app.baseUrl}/api/cypher`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        const body = (await response.json()) as { error?: { code?: string } };
        const ms = performance.now() - started;
        await new Promise((resolve) => setTimeout(resolve, HEALTH_EVERY_MS * 2));
        const seen = await running.stop();
        const health = summarizeLatencies(seen.health);
        worst = Math.max(worst, health.max);
        const outcome = `${response.status}${body.error?.code ? ` ${body.error.code}` : ''}${seen.failures > 0 ? ` (${seen.failures} health failures)` : ''}`;
        rows.push(
          `| ${name} | ${outcome} | ${formatMs(ms)} | ${formatMs(health.p50)} | ${formatMs(health.max)} | ${formatMs(seen.loopP99Ms)} | ${formatMs(seen.loopMaxMs)} |`,
        );
        results.push({
          name,
          query,
          status: response.status,
          code: body.error?.code,
          ms,
          health,
          loop: { p99: seen.loopP99Ms, max: seen.loopMaxMs },
        });
        log(rows[rows.length - 1] ?? '');
      }
      const facts = machineFacts();
      const markdown = [
        `Machine: ${facts.cpu}, ${facts.cores} cores, load ${facts.loadAverage1m}; Neo4j ${db.version}`,
        '',
        '| console query | answer | ms | health p50 ms | health max ms | event loop p99 ms | event loop max ms |',
        '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
        ...rows,
        '',
        `Worst health latency: ${formatMs(worst)} ms (target ${TARGET_HEALTH_MS} ms).`,
        '',
      ].join('\n');
      console.log(`\n${markdown}`);
      const saved = await saveResults('abuse', { machine: facts, results }, markdown);
      console.log(`saved ${saved.markdown}`);
    } finally {
      await app.close();
    }
  } finally {
    await db.close();
  }
}

await main();
