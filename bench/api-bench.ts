// `npm run bench`: sequential latency of search, neighbours and paths over HTTP, beside the same graph-layer queries run directly, on the seed and a generated graph.
import { parseArgs } from 'node:util';
import type { PreparedDataset } from '../server/src/ingest/prepare.ts';
import { loadDataset } from '../server/src/ingest/load.ts';
import { SEED_DATASET_DIR } from '../server/src/ingest/seed.ts';
import type { GraphClient } from '../server/src/graph/client.ts';
import { reportMarkdown, type GraphReport, type ScenarioResult, type Side } from './api-bench-report.ts';
import { machineFacts, saveResults } from './artifacts.ts';
import { DEFAULT_ENTITIES, DEFAULT_RELATIONS, DEFAULT_SEED, generateGraph, writeGeneratedGraph } from './generate-graph.ts';
import { describeGraph } from './graph-shape.ts';
import { formatMs, summarizeLatencies } from './latency-stats.ts';
import { listenApp, serverSettings, startLocalDatabase, type LocalDatabase } from './local-stack.ts';
import { buildScenarios, type Scenario } from './scenarios.ts';

const REQUESTS_PER_SCENARIO = 30;

interface Iterations {
  warmup: number;
  search: number;
  neighbours: number;
  paths: number;
  /** Per scenario: a slow scenario stops early (with fewer samples, shown as n) instead of stretching the run. */
  budgetMs: number;
}

interface RunPlan {
  seed: Iterations;
  generated: Iterations & { entities: number; relations: number };
}

const FULL_PLAN: RunPlan = {
  seed: { warmup: 20, search: 200, neighbours: 200, paths: 200, budgetMs: 90_000 },
  generated: {
    warmup: 10,
    search: 100,
    neighbours: 100,
    paths: 100,
    budgetMs: 90_000,
    entities: DEFAULT_ENTITIES,
    relations: DEFAULT_RELATIONS,
  },
};

const QUICK_PLAN: RunPlan = {
  seed: { warmup: 5, search: 40, neighbours: 40, paths: 40, budgetMs: 15_000 },
  generated: { warmup: 3, search: 25, neighbours: 25, paths: 15, budgetMs: 15_000, entities: 10_000, relations: 50_000 },
};

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

function errorText(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
}

/** GET over a keep-alive connection; the body is read in full (a client would) but not parsed (that is the client's cost). */
async function getBody(baseUrl: string, path: string): Promise<string> {
  const response = await fetch(`${baseUrl}${path}`);
  const body = await response.text();
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${body.slice(0, 200)}`);
  return body;
}

/**
 * One request at a time (latency, not throughput), rotating through the scenario's requests, each sent through both doors
 * back to back in alternating order. Interleaving matters on a shared machine: timing all of one side and then all of the
 * other (as tinybench does with two tasks) turns a change in background load between the two blocks into a fake ratio.
 */
async function measurePairs(
  scenario: Scenario,
  client: GraphClient,
  baseUrl: string,
  plan: Iterations,
): Promise<{ api: Side; direct: Side }> {
  const iterations = plan[scenario.kind];
  const api: number[] = [];
  const direct: number[] = [];
  const timed = async (samples: number[] | undefined, call: () => Promise<unknown>): Promise<void> => {
    const started = performance.now();
    await call();
    samples?.push(performance.now() - started);
  };
  const deadline = performance.now() + plan.budgetMs;
  let failure: { side: 'api' | 'direct'; error: string } | undefined;
  for (let i = 0; i < plan.warmup + iterations && performance.now() < deadline; i++) {
    const request = scenario.requests[i % scenario.requests.length];
    if (!request) break;
    const warm = i < plan.warmup;
    const viaApi = () =>
      timed(warm ? undefined : api, () => getBody(baseUrl, request.path)).catch((error: unknown) => {
        failure = { side: 'api', error: errorText(error) };
      });
    const viaDirect = () =>
      timed(warm ? undefined : direct, () => request.direct(client)).catch((error: unknown) => {
        failure = { side: 'direct', error: errorText(error) };
      });
    if (i % 2 === 0) {
      await viaApi();
      await viaDirect();
    } else {
      await viaDirect();
      await viaApi();
    }
    if (failure) break;
  }
  const side = (name: 'api' | 'direct', samples: number[]): Side => {
    if (failure?.side === name) return { ok: false, error: failure.error };
    if (samples.length === 0) return { ok: false, error: `no sample within the ${plan.budgetMs / 1000} s budget` };
    return { ok: true, stats: summarizeLatencies(samples), stoppedEarly: samples.length < iterations };
  };
  return { api: side('api', api), direct: side('direct', direct) };
}

async function benchScenario(
  graph: string,
  scenario: Scenario,
  db: LocalDatabase,
  baseUrl: string,
  plan: Iterations,
): Promise<ScenarioResult> {
  const started = performance.now();
  // Each request once through both doors first: proves they return the same thing, and warms plan caches for both.
  const disagreements: string[] = [];
  let rows = 0;
  for (const request of scenario.requests) {
    try {
      const comparison = await request.compare(db.client, JSON.parse(await getBody(baseUrl, request.path)) as unknown);
      rows += comparison.rows;
      if (comparison.problem !== undefined) disagreements.push(comparison.problem);
    } catch (error) {
      disagreements.push(`${request.path}: ${errorText(error)}`);
    }
  }
  const { api, direct } = await measurePairs(scenario, db.client, baseUrl, plan);
  const ratioP50 = api.ok && direct.ok ? api.stats.p50 / direct.stats.p50 : null;
  log(
    `  ${scenario.name}: API p50 ${api.ok ? formatMs(api.stats.p50) : 'failed'} ms, direct p50 ${direct.ok ? formatMs(direct.stats.p50) : 'failed'} ms` +
      ` (${((performance.now() - started) / 1000).toFixed(0)} s${disagreements.length > 0 ? `, ${disagreements.length} disagreements` : ''})`,
  );
  return {
    graph,
    scenario: scenario.name,
    kind: scenario.kind,
    distinctRequests: scenario.requests.length,
    meanRows: scenario.requests.length > 0 ? Math.round((10 * rows) / scenario.requests.length) / 10 : 0,
    disagreements,
    api,
    direct,
    ratioP50,
  };
}

async function benchGraph(
  graph: string,
  db: LocalDatabase,
  dataset: PreparedDataset,
  timings: { loadMs: number; generateMs?: number },
  plan: Iterations,
): Promise<GraphReport> {
  const shape = describeGraph(dataset);
  const scenarios = buildScenarios(dataset, shape, { seed: DEFAULT_SEED, requestsPerScenario: REQUESTS_PER_SCENARIO });
  const app = await listenApp(db.client);
  const results: ScenarioResult[] = [];
  try {
    log(
      `${graph}: ${shape.counts.entities} entities, ${shape.counts.relations} relations, max degree ${shape.degree.max}; app at ${app.baseUrl}`,
    );
    for (const scenario of scenarios) results.push(await benchScenario(graph, scenario, db, app.baseUrl, plan));
  } finally {
    await app.close();
  }
  return { graph, neo4j: db.version, counts: shape.counts, degree: shape.degree, ...timings, results };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      'skip-generated': { type: 'boolean', default: false },
      entities: { type: 'string' },
      relations: { type: 'string' },
    },
  });
  const base = values.quick ? QUICK_PLAN : FULL_PLAN;
  const plan: RunPlan = {
    seed: base.seed,
    generated: {
      ...base.generated,
      ...(values.entities !== undefined ? { entities: Number(values.entities) } : {}),
      ...(values.relations !== undefined ? { relations: Number(values.relations) } : {}),
    },
  };
  for (const [name, value] of [
    ['entities', plan.generated.entities],
    ['relations', plan.generated.relations],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got '${String(value)}'`);
  }
  const machine = machineFacts();
  const started = performance.now();
  const reports: GraphReport[] = [];

  // One database at a time: Community has one user database, and two JVMs would fight for the same two cores.
  const open = new Set<LocalDatabase>();
  const stopAll = async () => {
    for (const db of open) await db.close().catch(() => undefined);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping the benchmark's Neo4j`);
      void stopAll().finally(() => process.exit(130));
    });
  }

  try {
    log('seed graph: starting Neo4j');
    const seedDb = await startLocalDatabase({ log });
    open.add(seedDb);
    const loadStarted = performance.now();
    const seed = await loadDataset(seedDb.client, SEED_DATASET_DIR);
    reports.push(await benchGraph('seed', seedDb, seed, { loadMs: performance.now() - loadStarted }, plan.seed));
    await seedDb.close();
    open.delete(seedDb);

    if (!values['skip-generated']) {
      const { entities, relations } = plan.generated;
      log(`generated graph: ${entities} entities, ${relations} relations`);
      const generateStarted = performance.now();
      const dataset = generateGraph({ entities, relations });
      const generateMs = performance.now() - generateStarted;
      // A bigger store than the seed's: enough heap and page cache that the benchmark reads memory, not disk.
      const genDb = await startLocalDatabase({ heap: '2g', pageCache: '1g', log });
      open.add(genDb);
      const loadMs = await writeGeneratedGraph(genDb.client, dataset, log);
      log(`generated graph: loaded in ${(loadMs / 1000).toFixed(1)} s`);
      reports.push(
        await benchGraph(
          `generated ${Math.round(entities / 1000)}k/${Math.round(relations / 1000)}k`,
          genDb,
          dataset,
          { loadMs, generateMs },
          plan.generated,
        ),
      );
      await genDb.close();
      open.delete(genDb);
    }
  } finally {
    await stopAll();
  }

  const settings = { mode: values.quick ? 'quick' : 'full', plan, server: serverSettings(), requestsPerScenario: REQUESTS_PER_SCENARIO };
  const markdown = reportMarkdown(reports, machine, settings);
  process.stdout.write(`\n${markdown}\n`);
  const saved = await saveResults(
    'api-bench',
    { machine, settings, totalSeconds: Math.round((performance.now() - started) / 1000), reports },
    markdown,
  );
  log(`saved ${saved.json} and ${saved.markdown} after ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const failed = reports.some((r) => r.results.some((s) => !s.api.ok || !s.direct.ok || s.disagreements.length > 0));
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
