// `npm run bench`: sequential latency of search, neighbours and paths over HTTP, beside the same graph-layer queries run directly, on the seed and a generated graph.
import { parseArgs } from 'node:util';
import type { PreparedDataset } from '../server/src/ingest/prepare.ts';
import { loadDataset } from '../server/src/ingest/load.ts';
import { SEED_DATASET_DIR } from '../server/src/ingest/seed.ts';
import type { GraphClient } from '../server/src/graph/client.ts';
import { reportMarkdown, type GraphReport, type ScenarioResult, type Side } from './api-bench-report.ts';
import { machineFacts, saveResults } from './artifacts.ts';
import { QueryTimeoutError } from '../server/src/errors.ts';
import { LARGE_GRAPH, startBulkGraph } from './bulk-graph.ts';
import { readImportData } from './import-csv.ts';
import { DEFAULT_ENTITIES, DEFAULT_RELATIONS, DEFAULT_SEED, generateGraph, writeGeneratedGraph } from './generate-graph.ts';
import { describeGraph } from './graph-shape.ts';
import { formatMs, summarizeLatencies } from './latency-stats.ts';
import { listenApp, pathHubDegree, serverSettings, startLocalDatabase, type LocalDatabase } from './local-stack.ts';
import { buildScenarios, type Scenario } from './scenarios.ts';

const REQUESTS_PER_SCENARIO = 30;

interface Iterations {
  warmup: number;
  open: number;
  search: number;
  neighbours: number;
  paths: number;
  /** Per scenario: a slow scenario stops early (with fewer samples, shown as n) instead of stretching the run. */
  budgetMs: number;
}

type Sized = Iterations & { entities: number; relations: number };

interface RunPlan {
  seed: Iterations;
  /** Written by the live loader, as an import into a running database is. */
  generated: Sized;
  /** Written by neo4j-admin's bulk importer (the live loader would take about an hour), with super-hubs. */
  large: Sized & { hubs: number; hubDegree: number };
}

const FULL_PLAN: RunPlan = {
  seed: { warmup: 20, open: 100, search: 200, neighbours: 200, paths: 200, budgetMs: 90_000 },
  generated: {
    warmup: 10,
    open: 50,
    search: 100,
    neighbours: 100,
    paths: 100,
    budgetMs: 90_000,
    entities: DEFAULT_ENTITIES,
    relations: DEFAULT_RELATIONS,
  },
  large: {
    warmup: 5,
    open: 30,
    search: 60,
    neighbours: 60,
    paths: 100,
    budgetMs: 240_000,
    entities: LARGE_GRAPH.entities,
    relations: LARGE_GRAPH.relations,
    hubs: LARGE_GRAPH.hubs.count,
    hubDegree: LARGE_GRAPH.hubs.degree,
  },
};

const QUICK_PLAN: RunPlan = {
  seed: { warmup: 5, open: 10, search: 40, neighbours: 40, paths: 40, budgetMs: 15_000 },
  generated: { warmup: 3, open: 10, search: 25, neighbours: 25, paths: 15, budgetMs: 15_000, entities: 10_000, relations: 50_000 },
  large: {
    warmup: 3,
    open: 10,
    search: 25,
    neighbours: 25,
    paths: 25,
    budgetMs: 30_000,
    entities: 20_000,
    relations: 200_000,
    hubs: 3,
    // Above the paths' hub cap (2,000 by default), so the quick run goes round them as the full one does.
    hubDegree: 3_000,
  },
};

/** The graphs `--graph` can name: the seed, the generated graph written live, the large one written in bulk. */
const GRAPHS = ['seed', '100k', '1m'] as const;
type GraphName = (typeof GRAPHS)[number];

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

function errorText(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
}

/** A request the API answered with an error status. */
class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** GET over a keep-alive connection; the body is read in full (a client would) but not parsed (that is the client's cost). */
async function getBody(baseUrl: string, path: string): Promise<string> {
  const response = await fetch(`${baseUrl}${path}`);
  const body = await response.text();
  if (!response.ok) throw new HttpStatusError(response.status, `GET ${path} answered ${response.status}: ${body.slice(0, 200)}`);
  return body;
}

/** A refusal at the deadline, through either door: a measure of how long a user waits. Anything else is a fault. */
function isDeadline(error: unknown): boolean {
  return (error instanceof HttpStatusError && error.status === 504) || error instanceof QueryTimeoutError;
}

/**
 * One request at a time (latency, not throughput), rotating through the scenario's requests, each sent through both doors
 * back to back in alternating order. Interleaving matters on a shared machine: timing all of one side and then all of the
 * other (as tinybench does with two tasks) turns a change in background load between the two blocks into a fake ratio.
 * A refusal at the deadline (504) is timed and counted, not a reason to stop: how long a user waits for a refusal is
 * part of the measure. Any other error stops the scenario, which then reports it as failed.
 */
async function measurePairs(
  scenario: Scenario,
  client: GraphClient,
  baseUrl: string,
  plan: Iterations,
): Promise<{ api: Side; direct: Side }> {
  const iterations = plan[scenario.kind];
  const sides = {
    api: { samples: [] as number[], failed: 0, firstError: undefined as string | undefined },
    direct: { samples: [] as number[], failed: 0, firstError: undefined as string | undefined },
  };
  /** An error that is no refusal at the deadline: the scenario stops and reports it. */
  let fault: string | undefined;
  const timed = async (name: 'api' | 'direct', warm: boolean, call: () => Promise<unknown>): Promise<void> => {
    const side = sides[name];
    const started = performance.now();
    try {
      await call();
    } catch (error) {
      side.firstError ??= errorText(error);
      if (!isDeadline(error)) {
        fault ??= errorText(error);
        return;
      }
      if (!warm) side.failed++;
    }
    if (!warm) side.samples.push(performance.now() - started);
  };
  const deadline = performance.now() + plan.budgetMs;
  for (let i = 0; i < plan.warmup + iterations && performance.now() < deadline; i++) {
    const request = scenario.requests[i % scenario.requests.length];
    if (!request) break;
    const warm = i < plan.warmup;
    const viaApi = () => timed('api', warm, () => getBody(baseUrl, request.path));
    const viaDirect = () => timed('direct', warm, () => request.direct(client));
    if (i % 2 === 0) {
      await viaApi();
      await viaDirect();
    } else {
      await viaDirect();
      await viaApi();
    }
    if (fault !== undefined) break;
  }
  const side = (name: 'api' | 'direct'): Side => {
    const { samples, failed, firstError } = sides[name];
    if (fault !== undefined) return { ok: false, error: fault };
    if (samples.length === 0) return { ok: false, error: firstError ?? `no sample within the ${plan.budgetMs / 1000} s budget` };
    return {
      ok: true,
      stats: summarizeLatencies(samples),
      stoppedEarly: samples.length < iterations,
      failed,
      ...(firstError === undefined ? {} : { firstError }),
    };
  };
  return { api: side('api'), direct: side('direct') };
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
  // Within a budget: a scenario whose requests reach the deadline would otherwise spend minutes on its check alone.
  const checkUntil = performance.now() + plan.budgetMs / 4;
  for (const request of scenario.requests) {
    if (performance.now() > checkUntil) break;
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

function sizeLabel(entities: number, relations: number): string {
  const label = (n: number) => (n >= 1_000_000 && n % 1_000_000 === 0 ? `${n / 1_000_000}M` : `${Math.round(n / 1000)}k`);
  return `${label(entities)}/${label(relations)}`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      graph: { type: 'string', default: 'seed,100k' },
      'skip-generated': { type: 'boolean', default: false },
      entities: { type: 'string' },
      relations: { type: 'string' },
    },
  });
  const named = values.graph.split(',').map((g) => g.trim());
  const unknown = named.filter((g) => !(GRAPHS as readonly string[]).includes(g));
  if (unknown.length > 0) throw new Error(`--graph: no graph '${unknown.join("', '")}'; choose from ${GRAPHS.join(', ')}`);
  const graphs = new Set(named as GraphName[]);
  if (values['skip-generated']) graphs.delete('100k');
  const base = values.quick ? QUICK_PLAN : FULL_PLAN;
  const sizes = {
    ...(values.entities !== undefined ? { entities: Number(values.entities) } : {}),
    ...(values.relations !== undefined ? { relations: Number(values.relations) } : {}),
  };
  const plan: RunPlan = { seed: base.seed, generated: { ...base.generated, ...sizes }, large: { ...base.large, ...sizes } };
  // Super-hubs hold at most a fiftieth of the relations each, so a smaller --relations still leaves room for the rest.
  plan.large.hubDegree = Math.min(plan.large.hubDegree, Math.floor(plan.large.relations / 50));
  for (const [name, value] of Object.entries(sizes)) {
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
    if (graphs.has('seed')) {
      log('seed graph: starting Neo4j');
      const seedDb = await startLocalDatabase({ log });
      open.add(seedDb);
      const loadStarted = performance.now();
      const seed = await loadDataset(seedDb.client, SEED_DATASET_DIR);
      reports.push(await benchGraph('seed', seedDb, seed, { loadMs: performance.now() - loadStarted }, plan.seed));
      await seedDb.close();
      open.delete(seedDb);
    }

    if (graphs.has('100k')) {
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
      reports.push(await benchGraph(`generated ${sizeLabel(entities, relations)}`, genDb, dataset, { loadMs, generateMs }, plan.generated));
      await genDb.close();
      open.delete(genDb);
    }

    if (graphs.has('1m')) {
      const { entities, relations, hubs, hubDegree } = plan.large;
      log(`large graph: ${entities} entities, ${relations} relations, ${hubs} super-hubs of ${hubDegree} relations, bulk import`);
      const bulk = await startBulkGraph({
        entities,
        relations,
        documents: LARGE_GRAPH.documents,
        seed: DEFAULT_SEED,
        hubs: { count: hubs, degree: hubDegree },
        heap: '2g',
        pageCache: '4g',
        importThreads: machine.cores,
        log,
      });
      open.add(bulk.db);
      const { phasesMs } = bulk;
      log(`large graph: ready (${JSON.stringify(Object.fromEntries(Object.entries(phasesMs).map(([k, v]) => [k, Math.round(v)])))} ms)`);
      const readStarted = performance.now();
      // The rows again, in memory, to pick requests from: hubs, their neighbours, names to search for.
      const dataset = await readImportData(bulk.data);
      log(`large graph: rows read back in ${((performance.now() - readStarted) / 1000).toFixed(0)} s`);
      reports.push(
        await benchGraph(
          `bulk ${sizeLabel(entities, relations)}`,
          bulk.db,
          dataset,
          { loadMs: phasesMs.import + phasesMs.start + phasesMs.schema + phasesMs.aggregates, generateMs: phasesMs.generate },
          plan.large,
        ),
      );
      await bulk.db.close();
      open.delete(bulk.db);
    }
  } finally {
    await stopAll();
  }

  const settings = {
    mode: values.quick ? 'quick' : 'full',
    plan,
    server: { ...serverSettings(), pathHubDegree: pathHubDegree() },
    requestsPerScenario: REQUESTS_PER_SCENARIO,
  };
  const markdown = reportMarkdown(reports, machine, settings);
  process.stdout.write(`\n${markdown}\n`);
  const saved = await saveResults(
    'api-bench',
    { machine, settings, totalSeconds: Math.round((performance.now() - started) / 1000), reports },
    markdown,
  );
  log(`saved ${saved.json} and ${saved.markdown} after ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const failed = reports.some((r) =>
    r.results.some((s) => !s.api.ok || !s.direct.ok || s.api.failed > 0 || s.direct.failed > 0 || s.disagreements.length > 0),
  );
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
