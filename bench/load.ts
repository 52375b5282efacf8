// `npm run bench:load`: many connections (200 for 60 s by default) rotating search, neighbours and paths on the seed graph,
// then the same rotation through the graph layer alone as a baseline; exits 1 on any error or non-2xx.
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import autocannon, { type Request, type Result } from 'autocannon';
import { loadDataset, readDataset } from '../server/src/ingest/load.ts';
import type { PreparedDataset } from '../server/src/ingest/prepare.ts';
import { SEED_DATASET_DIR } from '../server/src/ingest/seed.ts';
import type { AppWorkerData, AppWorkerMessage } from './app-worker.ts';
import { machineFacts, saveResults } from './artifacts.ts';
import { DEFAULT_SEED } from './generate-graph.ts';
import { describeGraph } from './graph-shape.ts';
import { formatMs, summarizeLatencies, type LatencyStats } from './latency-stats.ts';
import { serverSettings, startLocalDatabase, type LocalDatabase } from './local-stack.ts';
import { createRandom } from './prng.ts';
import { buildScenarios, type BenchRequest, type Scenario, type ScenarioKind } from './scenarios.ts';
import type { GraphClient } from '../server/src/graph/client.ts';

/** How often each kind of request comes up: people search most, open neighbourhoods often, ask for paths now and then. */
const KIND_WEIGHTS: readonly (readonly [ScenarioKind, number])[] = [
  ['search', 5],
  ['neighbours', 3],
  ['paths', 2],
];
const ROTATION_LENGTH = 600;
const REQUESTS_PER_SCENARIO = 30;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

interface RotationEntry {
  kind: ScenarioKind;
  path: string;
  /** The same request's graph-layer calls, for the baseline without HTTP. */
  direct: BenchRequest['direct'];
}

/** A fixed, seeded sequence that every connection draws from in turn, so all connections together follow the weights. */
function buildRotation(scenarios: readonly Scenario[]): RotationEntry[] {
  const random = createRandom(DEFAULT_SEED + 1);
  const byKind = new Map<ScenarioKind, Scenario[]>();
  for (const scenario of scenarios) byKind.set(scenario.kind, [...(byKind.get(scenario.kind) ?? []), scenario]);
  const rotation: RotationEntry[] = [];
  while (rotation.length < ROTATION_LENGTH) {
    const kind = random.pickWeighted(KIND_WEIGHTS);
    const scenario = random.pick(byKind.get(kind) ?? []);
    if (scenario.requests.length > 0) {
      const request = random.pick(scenario.requests);
      rotation.push({ kind, path: request.path, direct: request.direct });
    }
  }
  return rotation;
}

class KindTally {
  readonly samples: number[] = [];
  readonly statuses = new Map<number, number>();

  record(status: number, ms: number): void {
    this.samples.push(ms);
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
  }

  get non2xx(): number {
    return [...this.statuses].filter(([status]) => status < 200 || status > 299).reduce((sum, [, count]) => sum + count, 0);
  }
}

/** What Chromium sends. */
const ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

function runLoad(opts: {
  url: string;
  connections: number;
  duration: number;
  rotation: readonly RotationEntry[];
  tallies: Map<ScenarioKind, KindTally>;
  /** Answers that came back compressed. */
  encoded: { count: number };
}): Promise<Result> {
  let cursor = 0;
  const request: Request = {
    // Timing starts as the request is built, just before autocannon writes it; with pipelining 1 a connection's context belongs to one request.
    setupRequest: (base, context) => {
      const entry = opts.rotation[cursor++ % opts.rotation.length];
      context['kind'] = entry?.kind;
      context['sentAt'] = performance.now();
      // As a browser asks, so the API compresses its answers as it does for the explorer; autocannon reads the bytes
      // without decoding them, as a browser decodes on its own machine.
      return {
        ...base,
        method: 'GET',
        path: entry?.path ?? '/api/health',
        headers: { ...base.headers, 'accept-encoding': ACCEPT_ENCODING },
      };
    },
    onResponse: (status, _body, context, headers) => {
      // The names as the server wrote them (autocannon keeps their case).
      if (Object.keys(headers).some((name) => name.toLowerCase() === 'content-encoding')) opts.encoded.count++;
      const kind = context['kind'];
      const sentAt = context['sentAt'];
      if (typeof kind !== 'string' || typeof sentAt !== 'number') return;
      opts.tallies.get(kind as ScenarioKind)?.record(status, performance.now() - sentAt);
    },
  };
  return new Promise((resolve, reject) => {
    autocannon(
      { url: opts.url, connections: opts.connections, duration: opts.duration, pipelining: 1, timeout: 10, requests: [request] },
      (error, result) => {
        if (error) reject(error);
        else resolve(result);
      },
    );
  });
}

interface DriverLoadResult {
  requests: number;
  errors: number;
  seconds: number;
}

/**
 * The baseline: as many concurrent callers as connections, each running the rotation's graph-layer calls through one
 * GraphClient (the app's pool size), back to back for the duration, without HTTP, routing, validation or JSON.
 */
async function runDriverLoad(opts: {
  client: GraphClient;
  concurrency: number;
  duration: number;
  rotation: readonly RotationEntry[];
  tallies: Map<ScenarioKind, KindTally>;
}): Promise<DriverLoadResult> {
  let cursor = 0;
  let requests = 0;
  let errors = 0;
  const started = performance.now();
  const until = started + opts.duration * 1000;
  const caller = async (): Promise<void> => {
    while (performance.now() < until) {
      const entry = opts.rotation[cursor++ % opts.rotation.length];
      if (!entry) return;
      const sentAt = performance.now();
      const ok = await entry.direct(opts.client).then(
        () => true,
        () => false,
      );
      requests++;
      if (!ok) errors++;
      opts.tallies.get(entry.kind)?.record(ok ? 200 : 500, performance.now() - sentAt);
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, caller));
  return { requests, errors, seconds: (performance.now() - started) / 1000 };
}

interface AppHandle {
  baseUrl: string;
  close(): Promise<void>;
}

async function startAppWorker(neo4jUri: string): Promise<AppHandle> {
  // Workers do not inherit tsx's loader hooks on Node 20, so the worker loads the TypeScript module through tsx's own API.
  const entry = new URL('./app-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`;
  const worker = new Worker(bootstrap, { eval: true, workerData: { neo4jUri } satisfies AppWorkerData });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (message: AppWorkerMessage) => {
      if (message.type === 'listening') resolve(message.baseUrl);
      else reject(new Error(`app worker: unexpected message ${message.type}`));
    });
  });
  return {
    baseUrl,
    close: async () => {
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('close');
      await exited;
    },
  };
}

function checkLoopback(url: string): string {
  const parsed = new URL(url);
  if (!LOOPBACK_HOSTS.has(parsed.hostname))
    throw new Error(`--url must point at this machine (127.0.0.1, localhost or [::1]), got '${parsed.hostname}'`);
  return parsed.origin;
}

/** Every distinct request once, one at a time: a request that fails alone is a bug, not load, and should be named. */
async function preflight(baseUrl: string, rotation: readonly RotationEntry[]): Promise<void> {
  for (const path of new Set(rotation.map((entry) => entry.path))) {
    const response = await fetch(`${baseUrl}${path}`);
    const body = await response.text();
    if (!response.ok) throw new Error(`preflight: GET ${path} answered ${response.status}: ${body.slice(0, 200)}`);
  }
}

interface KindReport {
  kind: string;
  requests: number;
  requestsPerSecond: number;
  non2xx: number;
  latency: LatencyStats;
}

function tableRow(cells: readonly (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      connections: { type: 'string', default: '200' },
      duration: { type: 'string', default: '60' },
      warmup: { type: 'string', default: '5' },
      url: { type: 'string' },
    },
  });
  const connections = Number(values.connections);
  const duration = Number(values.duration);
  const warmup = Number(values.warmup);
  if (!Number.isSafeInteger(connections) || connections < 1)
    throw new Error(`--connections must be a positive integer, got '${values.connections}'`);
  if (!Number.isSafeInteger(duration) || duration < 1)
    throw new Error(`--duration must be a positive number of seconds, got '${values.duration}'`);
  if (!Number.isSafeInteger(warmup) || warmup < 0) throw new Error(`--warmup must be a whole number of seconds, got '${values.warmup}'`);
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  const machine = machineFacts();

  let db: LocalDatabase | undefined;
  let app: AppHandle | undefined;
  const stopAll = async (): Promise<void> => {
    await app?.close().catch(() => undefined);
    await db?.close().catch(() => undefined);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void stopAll().finally(() => process.exit(130));
    });
  }

  try {
    let baseUrl: string;
    let dataset: PreparedDataset;
    if (values.url !== undefined) {
      baseUrl = checkLoopback(values.url);
      // The running app is assumed to serve the seed graph; its requests are picked from the same files.
      dataset = await readDataset(SEED_DATASET_DIR);
    } else {
      db = await startLocalDatabase({ log });
      dataset = await loadDataset(db.client, SEED_DATASET_DIR);
      app = await startAppWorker(db.uri);
      baseUrl = app.baseUrl;
    }
    const scenarios = buildScenarios(dataset, describeGraph(dataset), { seed: DEFAULT_SEED, requestsPerScenario: REQUESTS_PER_SCENARIO });
    const rotation = buildRotation(scenarios);
    await preflight(baseUrl, rotation);
    log(`load: ${baseUrl}, ${new Set(rotation.map((e) => e.path)).size} distinct requests, all answered 2xx alone`);

    let warmupResult: Result | undefined;
    if (warmup > 0) {
      log(`load: warm-up, ${Math.min(20, connections)} connections for ${warmup} s`);
      warmupResult = await runLoad({
        url: baseUrl,
        connections: Math.min(20, connections),
        duration: warmup,
        rotation,
        tallies: new Map(),
        encoded: { count: 0 },
      });
    }
    const tallies = new Map<ScenarioKind, KindTally>(KIND_WEIGHTS.map(([kind]) => [kind, new KindTally()]));
    log(`load: ${connections} connections for ${duration} s`);
    const encoded = { count: 0 };
    const result = await runLoad({ url: baseUrl, connections, duration, rotation, tallies, encoded });
    log(`load: ${encoded.count} of ${result.requests.total} answers came back compressed`);

    const all = [...tallies.values()].flatMap((t) => t.samples);
    const overall = summarizeLatencies(all);

    // The baseline, after the API's run: the same rotation through the graph layer alone, as many callers as connections.
    let baseline: { result: DriverLoadResult; latency: LatencyStats } | undefined;
    if (db !== undefined) {
      if (warmup > 0) {
        log(`load: baseline warm-up, ${Math.min(20, connections)} callers for ${warmup} s`);
        await runDriverLoad({ client: db.client, concurrency: Math.min(20, connections), duration: warmup, rotation, tallies: new Map() });
      }
      log(`load: baseline, ${connections} callers through the driver for ${duration} s`);
      const driverTallies = new Map<ScenarioKind, KindTally>(KIND_WEIGHTS.map(([kind]) => [kind, new KindTally()]));
      const result = await runDriverLoad({ client: db.client, concurrency: connections, duration, rotation, tallies: driverTallies });
      baseline = { result, latency: summarizeLatencies([...driverTallies.values()].flatMap((t) => t.samples)) };
    }
    const apiPerSecond = all.length / result.duration;
    const baselinePerSecond = baseline === undefined ? undefined : baseline.result.requests / baseline.result.seconds;
    const kinds: KindReport[] = [...tallies].map(([kind, tally]) => ({
      kind,
      requests: tally.samples.length,
      requestsPerSecond: Math.round(tally.samples.length / result.duration),
      non2xx: tally.non2xx,
      latency: summarizeLatencies(tally.samples),
    }));
    const failures = {
      errors: result.errors + (warmupResult?.errors ?? 0),
      timeouts: result.timeouts + (warmupResult?.timeouts ?? 0),
      non2xx: result.non2xx + (warmupResult?.non2xx ?? 0),
    };
    const markdown = [
      '# Load test',
      '',
      `${connections} connections for ${duration} s against ${values.url === undefined ? 'the in-process app (worker thread) on its own local Neo4j' : baseUrl}, seed graph;`,
      `a rotation of ${rotation.length} requests weighted ${KIND_WEIGHTS.map(([k, w]) => `${k} ${w}`).join(', ')}. Latencies in ms, measured per request.`,
      `Machine: ${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}, load average at start ${machine.loadAverage1m}. Server: ${JSON.stringify(serverSettings())}.`,
      '',
      tableRow(['', 'requests', 'requests/s', 'p50', 'p95', 'p99', 'max', 'non-2xx']),
      '|---|--:|--:|--:|--:|--:|--:|--:|',
      tableRow([
        'all',
        all.length,
        Math.round(result.requests.mean),
        formatMs(overall.p50),
        formatMs(overall.p95),
        formatMs(overall.p99),
        formatMs(overall.max),
        result.non2xx,
      ]),
      ...kinds.map((k) =>
        tableRow([
          k.kind,
          k.requests,
          k.requestsPerSecond,
          formatMs(k.latency.p50),
          formatMs(k.latency.p95),
          formatMs(k.latency.p99),
          formatMs(k.latency.max),
          k.non2xx,
        ]),
      ),
      '',
      ...(baseline === undefined || baselinePerSecond === undefined
        ? ['No baseline: the app runs elsewhere (--url).', '']
        : [
            `Beside it, the same rotation through the graph layer alone (same Cypher, a GraphClient with the app's pool), ${connections} concurrent callers for ${duration} s after the API's run:`,
            '',
            tableRow(['', 'requests', 'requests/s', 'p50', 'p95', 'p99', 'max', 'errors']),
            '|---|--:|--:|--:|--:|--:|--:|--:|',
            tableRow([
              'API over HTTP',
              all.length,
              Math.round(apiPerSecond),
              formatMs(overall.p50),
              formatMs(overall.p95),
              formatMs(overall.p99),
              formatMs(overall.max),
              result.non2xx + result.errors,
            ]),
            tableRow([
              'driver, no HTTP',
              baseline.result.requests,
              Math.round(baselinePerSecond),
              formatMs(baseline.latency.p50),
              formatMs(baseline.latency.p95),
              formatMs(baseline.latency.p99),
              formatMs(baseline.latency.max),
              baseline.result.errors,
            ]),
            '',
            `API ÷ driver, requests/s: ${(apiPerSecond / baselinePerSecond).toFixed(2)}; p50: ${(overall.p50 / baseline.latency.p50).toFixed(2)}.`,
            '',
          ]),
      `autocannon: ${result.requests.total} responses, ${Math.round(result.requests.mean)} req/s mean (min ${result.requests.min}, max ${result.requests.max} in a second); ` +
        `latency p50 ${result.latency.p50}, p97.5 ${result.latency.p97_5}, p99 ${result.latency.p99}, max ${result.latency.max} ms.`,
      `Errors ${failures.errors}, timeouts ${failures.timeouts}, non-2xx ${failures.non2xx} (warm-up included); status codes ${JSON.stringify(result.statusCodeStats)}.`,
      '',
    ].join('\n');
    process.stdout.write(`\n${markdown}\n`);
    const saved = await saveResults(
      'load',
      {
        machine,
        connections,
        duration,
        warmup,
        url: values.url ?? null,
        server: serverSettings(),
        kindWeights: KIND_WEIGHTS,
        overall,
        kinds,
        failures,
        baseline: baseline === undefined ? null : { ...baseline.result, requestsPerSecond: baselinePerSecond, latency: baseline.latency },
        autocannon: result,
        autocannonWarmup: warmupResult ?? null,
      },
      markdown,
    );
    log(`saved ${saved.json} and ${saved.markdown}`);
    const failed = failures.errors + failures.timeouts + failures.non2xx + (baseline?.result.errors ?? 0) > 0;
    if (failed) log(`load: FAILED: ${failures.errors} errors, ${failures.timeouts} timeouts, ${failures.non2xx} non-2xx responses`);
    return failed ? 1 : 0;
  } finally {
    await stopAll();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
