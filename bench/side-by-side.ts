// Cases measured side by side: each round runs every case once, in order, so that a change in the machine's load falls
// on all of them alike; a warm-up round first. A failed answer (a 504 past the deadline) is timed and counted. And the
// stage most of them run on: a generated graph in a throwaway Neo4j, served by the app.
import { parseArgs } from 'node:util';
import { cpus, loadavg } from 'node:os';
import { LARGE_GRAPH, startBulkGraph } from './bulk-graph.ts';
import { DEFAULT_ENTITIES, DEFAULT_RELATIONS, DEFAULT_SEED, generateGraph, writeGeneratedGraph } from './generate-graph.ts';
import { formatMs, summarizeLatencies } from './latency-stats.ts';
import { listenApp, startLocalDatabase, type LocalDatabase } from './local-stack.ts';

export type BenchCase = [name: string, work: () => Promise<unknown>];

export interface SideBySide {
  p50(name: string): number;
  /** A Markdown table of p50, p95 and failures per case. */
  table(): string;
}

/** How long the work took, and whether it answered (a work that throws or answers false did not). */
async function timed(work: () => Promise<unknown>): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  const ok = await work().then(
    (answer) => answer !== false,
    () => false,
  );
  return { ms: performance.now() - started, ok };
}

export function loadAverage(): string {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
}

export async function runSideBySide(cases: readonly BenchCase[], rounds: number): Promise<SideBySide> {
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
  return {
    p50: (name) => summarizeLatencies(samples.get(name) ?? []).p50,
    table: () =>
      [
        '| request | p50 ms | p95 ms | failed (504) |',
        '| --- | ---: | ---: | ---: |',
        ...cases.map(([name]) => {
          const stats = summarizeLatencies(samples.get(name)!);
          return `| ${name} | ${formatMs(stats.p50)} | ${formatMs(stats.p95)} | ${failed.get(name) ?? 0} of ${rounds} |`;
        }),
      ].join('\n'),
  };
}

/** What a benchmark on a generated graph gets: the database, the app on it, and a timed GET that counts a refusal. */
export interface GeneratedGraphBench {
  db: LocalDatabase;
  baseUrl: string;
  /** A case's work: GET the path, read the whole answer; false when it was refused (a 504 is a result, not a stop). */
  get(path: string): () => Promise<boolean>;
  /** The options as given (`--entities`, `--relations`, `--rounds` and the benchmark's own). */
  values: Record<string, string>;
  rounds: number;
  /** "100000 entities / 500000 relations, 15 rounds, load average ..." for the report's header. */
  header(): string;
}

/** The generated graph written live, or with `--graph 1m` the large one written by neo4j-admin's bulk importer. */
async function startGraph(given: Record<string, string>, log: (line: string) => void): Promise<{ db: LocalDatabase; label: string }> {
  if (given['graph'] === '1m') {
    const bulk = await startBulkGraph({
      ...LARGE_GRAPH,
      seed: DEFAULT_SEED,
      heap: '2g',
      pageCache: '4g',
      importThreads: cpus().length,
      log,
    });
    const phases = Object.entries(bulk.phasesMs).map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(0)} s`);
    log(`large graph ready: ${phases.join(', ')}`);
    return { db: bulk.db, label: `${LARGE_GRAPH.entities} entities / ${LARGE_GRAPH.relations} relations (bulk import)` };
  }
  if (given['graph'] !== 'generated') throw new Error(`--graph: 'generated' or '1m', not ${JSON.stringify(given['graph'])}`);
  const entities = Number(given['entities']);
  const relations = Number(given['relations']);
  const db = await startLocalDatabase({ heap: '2g', pageCache: '1g', log });
  try {
    const loadMs = await writeGeneratedGraph(db.client, generateGraph({ entities, relations }), log);
    log(`generated ${entities} entities / ${relations} relations, loaded in ${(loadMs / 1000).toFixed(0)} s`);
    return { db, label: `${entities} entities / ${relations} relations` };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/**
 * Parses `--entities`, `--relations`, `--graph generated|1m`, `--rounds` (and the benchmark's own options, with their
 * defaults), loads a generated graph into a throwaway Neo4j, serves the app on it and runs the benchmark; everything
 * is stopped after.
 */
export function benchOnGeneratedGraph(extraOptions: Record<string, string>, bench: (run: GeneratedGraphBench) => Promise<void>): void {
  const log = (line: string) => console.error(line);
  const main = async () => {
    const { values } = parseArgs({
      options: {
        entities: { type: 'string', default: String(DEFAULT_ENTITIES) },
        relations: { type: 'string', default: String(DEFAULT_RELATIONS) },
        rounds: { type: 'string', default: '15' },
        graph: { type: 'string', default: 'generated' },
        ...Object.fromEntries(
          Object.entries(extraOptions).map(([name, fallback]) => [name, { type: 'string' as const, default: fallback }]),
        ),
      },
    });
    const given = values as Record<string, string>;
    const rounds = Number(given['rounds']);
    const { db, label } = await startGraph(given, log);
    try {
      const app = await listenApp(db.client);
      try {
        await bench({
          db,
          baseUrl: app.baseUrl,
          get: (path) => async () => {
            const response = await fetch(`${app.baseUrl}${path}`);
            await response.arrayBuffer();
            return response.ok;
          },
          values: given,
          rounds,
          header: () => `${label}, ${rounds} rounds, load average ${loadAverage()}`,
        });
      } finally {
        await app.close();
      }
    } finally {
      await db.close();
    }
  };
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
