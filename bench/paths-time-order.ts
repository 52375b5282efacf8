// `npm run bench:paths-time-order`: the k shortest paths beside the same pairs asked with timeOrdered=true, request for request, on a generated graph.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { PathsResponseSchema, TIME_ORDER_ENDS, type TimeOrderSearch } from '@kgx/contract';
import { machineFacts, saveResults } from './artifacts.ts';
import { DEFAULT_ENTITIES, DEFAULT_RELATIONS, DEFAULT_SEED, generateGraph, writeGeneratedGraph } from './generate-graph.ts';
import { describeGraph } from './graph-shape.ts';
import { formatMs, summarizeLatencies, type LatencyStats } from './latency-stats.ts';
import { listenApp, startLocalDatabase, type LocalDatabase } from './local-stack.ts';
import { buildScenarios, TIME_ORDERED, type Scenario } from './scenarios.ts';

const REQUESTS_PER_SCENARIO = 30;

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

const loadAverage = (): string =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(' ');

interface Answered {
  paths: number;
  /** Time-ordered only: how the search went. */
  checked?: number;
  inOrder?: number;
  end?: TimeOrderSearch['end'];
}

interface PairResult {
  scenario: string;
  pairs: number;
  plain: LatencyStats;
  timeOrdered: LatencyStats;
  ratioP50: number;
  ratioP95: number;
  meanPathsPlain: number;
  meanPathsTimeOrdered: number;
  /** Why each pair's search stopped: "enough 12, bound 5, budget 3, all 10". */
  ends: string;
  /** Pairs for which fewer paths came back in time order than without. */
  fewerInOrder: number;
  meanInOrderOfChecked: string;
}

async function get(baseUrl: string, path: string): Promise<Answered> {
  const response = await fetch(`${baseUrl}${path}`);
  const text = await response.text();
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${text.slice(0, 200)}`);
  const body = PathsResponseSchema.parse(JSON.parse(text));
  return { paths: body.paths.length, ...body.timeOrder };
}

const mean = (values: readonly number[]): number => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

/**
 * Each pair once through both first (the answers, and warm plan caches), then both again in alternating order, so a
 * change in the machine's background load hits the two sides alike.
 */
async function measurePair(
  baseUrl: string,
  plain: Scenario,
  timeOrdered: Scenario,
  opts: { iterations: number; budgetMs: number },
): Promise<PairResult> {
  const started = performance.now();
  const plainAnswers: Answered[] = [];
  const orderedAnswers: Answered[] = [];
  for (let i = 0; i < plain.requests.length; i++) {
    plainAnswers.push(await get(baseUrl, plain.requests[i]?.path ?? ''));
    orderedAnswers.push(await get(baseUrl, timeOrdered.requests[i]?.path ?? ''));
  }
  const samples = { plain: [] as number[], timeOrdered: [] as number[] };
  const timed = async (side: 'plain' | 'timeOrdered', path: string) => {
    const at = performance.now();
    await get(baseUrl, path);
    samples[side].push(performance.now() - at);
  };
  const deadline = performance.now() + opts.budgetMs;
  for (let i = 0; i < opts.iterations && performance.now() < deadline; i++) {
    const index = i % plain.requests.length;
    const a = plain.requests[index]?.path ?? '';
    const b = timeOrdered.requests[index]?.path ?? '';
    if (i % 2 === 0) {
      await timed('plain', a);
      await timed('timeOrdered', b);
    } else {
      await timed('timeOrdered', b);
      await timed('plain', a);
    }
  }
  const plainStats = summarizeLatencies(samples.plain);
  const orderedStats = summarizeLatencies(samples.timeOrdered);
  const result: PairResult = {
    scenario: plain.name,
    pairs: plain.requests.length,
    plain: plainStats,
    timeOrdered: orderedStats,
    ratioP50: orderedStats.p50 / plainStats.p50,
    ratioP95: orderedStats.p95 / plainStats.p95,
    meanPathsPlain: mean(plainAnswers.map((a) => a.paths)),
    meanPathsTimeOrdered: mean(orderedAnswers.map((a) => a.paths)),
    ends: TIME_ORDER_ENDS.map((end) => `${end} ${orderedAnswers.filter((a) => a.end === end).length}`).join(', '),
    fewerInOrder: orderedAnswers.filter((a, i) => a.paths < (plainAnswers[i]?.paths ?? 0)).length,
    meanInOrderOfChecked: `${mean(orderedAnswers.map((a) => a.inOrder ?? 0)).toFixed(1)} / ${mean(orderedAnswers.map((a) => a.checked ?? 0)).toFixed(1)}`,
  };
  log(
    `  ${plain.name}: plain p50 ${formatMs(plainStats.p50)} ms, time-ordered p50 ${formatMs(orderedStats.p50)} ms, ` +
      `${result.ratioP50.toFixed(2)}× (${((performance.now() - started) / 1000).toFixed(0)} s, n ${plainStats.n}; load ${loadAverage()})`,
  );
  return result;
}

function reportMarkdown(graph: string, results: readonly PairResult[], facts: Record<string, unknown>): string {
  const lines = [
    '# Paths: plain k shortest against timeOrdered=true',
    '',
    'Latencies in ms over HTTP (the in-process app, body parsed), the same pairs alternating request by request.',
    '',
    `Graph: ${graph}. ${JSON.stringify(facts)}`,
    '',
    '| scenario | pairs | n | plain p50 | plain p95 | time-ordered p50 | time-ordered p95 | p50 ratio | p95 ratio | paths/resp plain | paths/resp ordered | fewer than plain | stopped by | in order / checked |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.scenario} | ${r.pairs} | ${r.plain.n} | ${formatMs(r.plain.p50)} | ${formatMs(r.plain.p95)} | ${formatMs(r.timeOrdered.p50)} | ` +
        `${formatMs(r.timeOrdered.p95)} | ${r.ratioP50.toFixed(2)}× | ${r.ratioP95.toFixed(2)}× | ${r.meanPathsPlain.toFixed(1)} | ` +
        `${r.meanPathsTimeOrdered.toFixed(1)} | ${r.fewerInOrder} / ${r.pairs} | ${r.ends} | ${r.meanInOrderOfChecked} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      entities: { type: 'string', default: String(DEFAULT_ENTITIES) },
      relations: { type: 'string', default: String(DEFAULT_RELATIONS) },
      iterations: { type: 'string', default: '60' },
      'budget-s': { type: 'string', default: '240' },
    },
  });
  const opts = {
    entities: Number(values.entities),
    relations: Number(values.relations),
    iterations: Number(values.iterations),
    budgetMs: Number(values['budget-s']) * 1000,
  };
  for (const [name, value] of Object.entries(opts)) {
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got '${String(value)}'`);
  }
  const machine = machineFacts();
  const loadAtStart = loadAverage();
  const graph = `generated ${Math.round(opts.entities / 1000)}k/${Math.round(opts.relations / 1000)}k`;
  log(`${graph}: generating`);
  const dataset = generateGraph({ entities: opts.entities, relations: opts.relations });
  const shape = describeGraph(dataset);
  let db: LocalDatabase | undefined;
  process.once('SIGINT', () => void db?.close().finally(() => process.exit(130)));
  try {
    db = await startLocalDatabase({ heap: '2g', pageCache: '1g', log });
    const loadMs = await writeGeneratedGraph(db.client, dataset, log);
    log(`${graph}: loaded in ${(loadMs / 1000).toFixed(1)} s; load ${loadAverage()}`);
    const scenarios = buildScenarios(dataset, shape, { seed: DEFAULT_SEED, requestsPerScenario: REQUESTS_PER_SCENARIO });
    const app = await listenApp(db.client);
    const results: PairResult[] = [];
    try {
      for (const plain of scenarios.filter((s) => s.kind === 'paths' && !s.name.endsWith(TIME_ORDERED))) {
        const timeOrdered = scenarios.find((s) => s.name === `${plain.name}${TIME_ORDERED}`);
        if (timeOrdered) results.push(await measurePair(app.baseUrl, plain, timeOrdered, opts));
      }
    } finally {
      await app.close();
    }
    const facts = {
      machine: `${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}, Neo4j ${db.version}`,
      load: { start: loadAtStart, end: loadAverage() },
      degree: { p50: shape.degree.p50, p99: shape.degree.p99, max: shape.degree.max },
      loadSeconds: Math.round(loadMs / 1000),
      iterations: opts.iterations,
    };
    const markdown = reportMarkdown(graph, results, facts);
    process.stdout.write(`\n${markdown}\n`);
    const saved = await saveResults('paths-time-order', { graph, facts, results }, markdown);
    log(`saved ${saved.json} and ${saved.markdown}`);
  } finally {
    await db?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
