// Rendering benchmark: time to first render, layout time, and pan/zoom frame rates of the built explorer for 500, 2,000 and 5,000-node graphs.
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import type { Browser } from 'playwright-core';
import { DEFAULT_VOCABULARY, type Graph, type GraphEdge, type GraphNode } from '@kgx/contract';
import { loadDataset } from '../server/src/ingest/load.ts';
import { SEED_DATASET_DIR } from '../server/src/ingest/seed.ts';
import { createApp } from '../server/src/app.ts';
import { GraphClient } from '../server/src/graph/client.ts';
import { LAYOUT_COMPUTED_MEASURE } from '../client/src/graph-view/layouts.ts';
import { requireBuiltClient } from '../tests/e2e/client-dist.ts';
import { waitForCanvas, type CyLike, type PageGlobals } from '../tests/e2e/explorer-page.ts';
import { CHROMIUM_ARGS, findChromium, launchChromium } from '../tests/support/browser.ts';
import { serveApp } from '../tests/support/serve.ts';
import { acquireNeo4j } from '../tests/support/neo4j.ts';
import { machineFacts, saveResults } from './artifacts.ts';
import { serverSettings } from './local-stack.ts';
import { DEMO_ENTITY_TYPES, DEMO_ID_PREFIX } from './synthetic-text.ts';
import { createRandom } from './prng.ts';
import { measureOpening, NETWORKS, type OpeningRun, type PageTiming, type Span } from './ui-open.ts';
import { medianOfEach } from './latency-stats.ts';

const SIZES = [500, 2_000, 5_000] as const;
const EDGES_PER_NODE = 2.5;
const RUNS = 3;
const MOTION_MS = 3_000;
const TARGET_FPS = 30;
const VIEWPORT = { width: 1440, height: 900 };
const SEED = 20_231_019;

type LayoutThread = 'worker' | 'page';
type Renderer = 'canvas' | 'webgl';
interface Variant {
  thread: LayoutThread;
  renderer: Renderer;
}
/**
 * The layout on the page's thread first: the baseline the worker is compared with, run for run, in the same browser;
 * then Cytoscape's WebGL renderer beside the 2D canvas, both with the worker. Each renderer is forced (the explorer
 * itself draws with WebGL only on a graphics processor, for large graphs).
 */
const VARIANTS: readonly Variant[] = [
  { thread: 'page', renderer: 'canvas' },
  { thread: 'worker', renderer: 'canvas' },
  { thread: 'worker', renderer: 'webgl' },
];
const variantName = (v: Variant) => `${v.thread}, ${v.renderer}`;

interface RunResult {
  firstRenderMs: number;
  layoutMs: number;
  /** The longest task on the page's thread from loading the graph to the end of its layout (the page answers nothing meanwhile). */
  longestTaskMs: number;
  /** From the layout's job being sent to its positions coming back. */
  computeMs: number;
  /** The longest stretch of a task on the page's thread within that span: how long input could wait while the layout was computed. */
  computeLongestTaskMs: number;
  /** Panning in the first seconds after the layout, while Cytoscape is still building its caches for the new graph. */
  firstPanFps: number;
  /** Panning once that is over: the next stretch of motion. */
  panFps: number;
  zoomFps: number;
  firstPanDrawsPerSecond: number;
  /** Frames Cytoscape actually drew per second while moving (it skips frames with nothing new). */
  panDrawsPerSecond: number;
  zoomDrawsPerSecond: number;
}

interface SizeResult {
  thread: LayoutThread;
  renderer: Renderer;
  nodes: number;
  edges: number;
  runs: RunResult[];
  median: RunResult;
}

const RELATION_TYPES = DEFAULT_VOCABULARY.relationTypes.map((t) => t.type);

/** A connected random graph in the contract's shape: a random tree, then extra edges between random pairs. */
function generateGraph(nodeCount: number, seed: number): Graph {
  const random = createRandom(seed + nodeCount);
  const nodes: GraphNode[] = Array.from({ length: nodeCount }, (_, i) => {
    const type = random.pick(DEMO_ENTITY_TYPES);
    return { id: `${DEMO_ID_PREFIX[type]}:bench-${i}`, type, name: `${type} ${i}`, aliases: [] };
  });
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const addEdge = (a: number, b: number): void => {
    const source = nodes[a];
    const target = nodes[b];
    if (!source || !target || a === b) return;
    const type = random.pick(RELATION_TYPES);
    const id = `${source.id}>${type}>${target.id}`;
    if (seen.has(id)) return;
    seen.add(id);
    edges.push({
      id,
      type,
      source: source.id,
      target: target.id,
      evidence: [{ documentId: 'bench-document', quote: `${source.name} and ${target.name}.` }],
    });
  };
  for (let i = 1; i < nodeCount; i++) addEdge(i, random.below(i));
  const wanted = Math.round(nodeCount * EDGES_PER_NODE);
  while (edges.length < wanted) addEdge(random.below(nodeCount), random.below(nodeCount));
  return { nodes, edges };
}

interface BenchGlobals extends PageGlobals {
  kgxBenchGraph?: Graph;
}

/** One fresh page: wait for the app's own start-up to settle, then load the graph and move the view. */
async function measureRun(browser: Browser, baseUrl: string, graph: Graph, { thread, renderer }: Variant): Promise<RunResult> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // tsx compiles with esbuild's keepNames, which wraps named functions in __name(); page functions are sent as source
  // text, so the page needs a do-nothing __name too.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await waitForCanvas(page, { minNodes: 1 });
    // The graph crosses into the page before the clock starts, so serialisation is not counted.
    await page.evaluate((g) => {
      (globalThis as unknown as BenchGlobals).kgxBenchGraph = g;
    }, graph);

    const load = await page.evaluate(
      async ({ expectedNodes, thread, renderer, computedMeasure }) => {
        const globals = globalThis as unknown as Omit<BenchGlobals, 'performance'> & PageTiming;
        const kgx = globals.__kgx;
        const g = globals.kgxBenchGraph;
        if (!kgx || !g) throw new Error('window.__kgx or the bench graph is missing');
        kgx.setLayoutThread(thread);
        kgx.setWebglPolicy(renderer === 'webgl' ? 'always' : 'never');
        // Tasks over 50 ms, as the browser reports them: the page answers no input during one.
        const longTasks: Span[] = [];
        const tasks = new globals.PerformanceObserver((list) => longTasks.push(...list.getEntries()));
        tasks.observe({ type: 'longtask' });
        const nextFrame = () => new Promise<void>((resolve) => globals.requestAnimationFrame(() => resolve()));
        const started = globals.performance.now();
        // A holder, not a local: the draw is recorded in a callback, which the compiler's narrowing cannot see.
        const drawn: { at: number | null } = { at: null };
        // The canvas may swap its Cytoscape instance for a large graph: watch whichever one is current, every frame.
        const hooked = new Set<CyLike>();
        const hook = (): void => {
          const cy = kgx.cy;
          if (hooked.has(cy)) return;
          hooked.add(cy);
          cy.on('render', () => {
            if (drawn.at === null && cy.nodes().length === expectedNodes) drawn.at = globals.performance.now();
          });
        };
        hook();
        const watch = (): void => {
          hook();
          // Cytoscape's WebGL renderer draws without emitting 'render': its first draw is taken to be the first frame
          // after the whole graph is on the canvas (it draws on the animation frame after a change).
          if (drawn.at === null && renderer === 'webgl' && kgx.cy.nodes().length === expectedNodes) drawn.at = globals.performance.now();
          if (drawn.at === null) globals.requestAnimationFrame(watch);
        };
        globals.requestAnimationFrame(watch);
        await kgx.loadGraph(g);
        const laidOut = globals.performance.now();
        for (let frame = 0; drawn.at === null && frame < 600; frame++) await nextFrame();
        if (drawn.at === null) throw new Error('the graph was laid out but never drawn');
        await nextFrame();
        longTasks.push(...tasks.takeRecords());
        tasks.disconnect();
        const computed = globals.performance.getEntriesByName(computedMeasure).at(-1);
        if (!computed) throw new Error(`the layout left no '${computedMeasure}' measure`);
        const longest = (spans: Pick<Span, 'duration'>[]) => spans.reduce((most, span) => Math.max(most, span.duration), 0);
        // Of each task, the part after the job was sent and before the positions came back: how long input waited meanwhile.
        const computeEnd = computed.startTime + computed.duration;
        const computing = longTasks
          .map((task) => ({
            startTime: Math.max(task.startTime, computed.startTime),
            duration: Math.min(task.startTime + task.duration, computeEnd) - Math.max(task.startTime, computed.startTime),
          }))
          .filter((task) => task.duration > 0);
        return {
          firstRenderMs: drawn.at - started,
          layoutMs: laidOut - started,
          longestTaskMs: longest(longTasks),
          computeMs: computed.duration,
          computeLongestTaskMs: longest(computing),
        };
      },
      { expectedNodes: graph.nodes.length, thread, renderer, computedMeasure: LAYOUT_COMPUTED_MEASURE },
    );
    // Cytoscape's WebGL mode draws on a canvas layer of its own: check the renderer measured is the one asked for.
    const webglLayer = await page.locator('canvas[data-id$="-webgl"]').count();
    if (webglLayer > 0 !== (renderer === 'webgl')) throw new Error(`asked for the ${renderer} renderer, found ${webglLayer} WebGL layers`);

    const move = (mode: 'pan' | 'zoom') =>
      page.evaluate(
        async ({ mode, durationMs }) => {
          const globals = globalThis as unknown as BenchGlobals;
          const cy = globals.__kgx?.cy;
          if (!cy) throw new Error('window.__kgx is missing');
          const now = () => globals.performance.now();
          cy.fit();
          const baseZoom = cy.zoom();
          const centre = { x: cy.width() / 2, y: cy.height() / 2 };
          let draws = 0;
          const onRender = (): void => {
            draws += 1;
          };
          cy.on('render', onRender);
          let frames = 0;
          const started = now();
          const elapsed = await new Promise<number>((resolve) => {
            const step = (): void => {
              const t = now() - started;
              if (t >= durationMs) {
                resolve(t);
                return;
              }
              frames += 1;
              // One slow circle (pan) or breath (zoom) every two seconds, so the graph stays in view.
              const angle = (t / 2_000) * 2 * Math.PI;
              if (mode === 'pan') cy.panBy({ x: Math.cos(angle) * 12, y: Math.sin(angle) * 12 });
              else cy.zoom({ level: baseZoom * (1 + 0.5 * Math.sin(angle)), renderedPosition: centre });
              globals.requestAnimationFrame(step);
            };
            globals.requestAnimationFrame(step);
          });
          cy.off('render', onRender);
          return { fps: (frames * 1000) / elapsed, drawsPerSecond: (draws * 1000) / elapsed };
        },
        { mode, durationMs: MOTION_MS },
      );
    const firstPan = await move('pan');
    const pan = await move('pan');
    const zoom = await move('zoom');
    return {
      ...load,
      firstPanFps: firstPan.fps,
      firstPanDrawsPerSecond: firstPan.drawsPerSecond,
      panFps: pan.fps,
      zoomFps: zoom.fps,
      panDrawsPerSecond: pan.drawsPerSecond,
      zoomDrawsPerSecond: zoom.drawsPerSecond,
    };
  } finally {
    await context.close();
  }
}

function toMarkdown(results: readonly SizeResult[], header: string[]): string {
  const lines = [
    ...header,
    '',
    '| Layout computed on | Renderer | Nodes | Edges | First render (ms) | Layout done (ms) | Computing (ms) | Longest task while computing (ms) | Longest task, load to done (ms) | Pan fps, first 3 s | Pan fps, next 3 s | Zoom fps |',
    '| ------------------ | -------- | ----: | ----: | ----------------: | ---------------: | -------------: | --------------------------------: | ------------------------------: | -----------------: | ----------------: | -------: |',
    ...results
      .map(({ thread, renderer, nodes, edges, median: m }) =>
        [
          thread === 'worker' ? 'worker' : "page's thread",
          renderer === 'webgl' ? 'WebGL' : '2D canvas',
          nodes.toLocaleString('en'),
          edges.toLocaleString('en'),
          m.firstRenderMs.toFixed(0),
          m.layoutMs.toFixed(0),
          m.computeMs.toFixed(0),
          m.computeLongestTaskMs.toFixed(0),
          m.longestTaskMs.toFixed(0),
          m.firstPanFps.toFixed(1),
          m.panFps.toFixed(1),
          m.zoomFps.toFixed(1),
        ].join(' | '),
      )
      .map((row) => `| ${row} |`),
    '',
  ];
  return lines.join('\n');
}

/**
 * The real app, serving the built explorer, on a Neo4j holding the seed (so the page starts as a user's would); with
 * `baselineDist`, a second app on the same database serves that build, for the opening side by side.
 */
async function startApp(baselineDist?: string): Promise<{ baseUrl: string; baselineUrl?: string; close(): Promise<void> }> {
  const clientDist = requireBuiltClient();
  const neo4j = await acquireNeo4j();
  const settings = serverSettings();
  const client = new GraphClient({
    uri: neo4j.uri,
    user: neo4j.user,
    password: neo4j.password,
    database: neo4j.database,
    ...settings,
  });
  try {
    await loadDataset(client, SEED_DATASET_DIR);
    const serve = (dist: string) =>
      serveApp(createApp({ client, logger: pino({ level: 'silent' }), queryTimeoutMs: settings.queryTimeoutMs, clientDist: dist }));
    const served = await serve(clientDist);
    const baseline = baselineDist === undefined ? undefined : await serve(baselineDist);
    return {
      baseUrl: served.baseUrl,
      ...(baseline ? { baselineUrl: baseline.baseUrl } : {}),
      close: async () => {
        await served.close();
        await baseline?.close();
        await client.close();
        await neo4j.stop();
      },
    };
  } catch (error) {
    await client.close();
    await neo4j.stop();
    throw error;
  }
}

interface OpeningResult {
  build: 'this build' | 'baseline';
  network: string;
  runs: OpeningRun[];
  median: OpeningRun;
}

/** The explorer opened on the seed graph, each network in turn; this build and the baseline alternate run by run. */
async function measureOpenings(
  browser: Browser,
  builds: { build: OpeningResult['build']; baseUrl: string }[],
  runs: number,
  log: (line: string) => void,
): Promise<OpeningResult[]> {
  const results: OpeningResult[] = [];
  for (const network of NETWORKS) {
    const byBuild = new Map(builds.map(({ build }) => [build, [] as OpeningRun[]]));
    for (let run = 1; run <= runs; run++) {
      for (const { build, baseUrl } of builds) {
        const result = await measureOpening(browser, baseUrl, network);
        log(
          `  opening, ${network.name}, ${build}, run ${run}: scripts ${(result.scriptBytes / 1000).toFixed(1)} kB in ${result.scripts}, ` +
            `layout worker ${(result.workerBytes / 1000).toFixed(1)} kB, ` +
            `first paint ${result.firstContentfulPaintMs.toFixed(0)} ms, canvas ${result.canvasMs.toFixed(0)} ms, ` +
            `laid out ${result.layoutDoneMs.toFixed(0)} ms, interactive ${result.interactiveMs.toFixed(0)} ms, longest task ${result.longestTaskMs.toFixed(0)} ms`,
        );
        byBuild.get(build)?.push(result);
      }
    }
    for (const [build, done] of byBuild) results.push({ build, network: network.name, runs: done, median: medianOfEach(done) });
  }
  return results;
}

function openingMarkdown(results: OpeningResult[], runs: number): string {
  const baseline = (network: string) => results.find((r) => r.network === network && r.build === 'baseline');
  const rows = results.map((r) => {
    const base = r.build === 'this build' ? baseline(r.network) : undefined;
    const ratio = base ? ` (${(r.median.interactiveMs / base.median.interactiveMs).toFixed(2)}×)` : '';
    return (
      `| ${r.network} | ${r.build} | ${(r.median.scriptBytes / 1000).toFixed(1)} kB in ${r.median.scripts} | ` +
      `${(r.median.workerBytes / 1000).toFixed(1)} kB | ` +
      `${r.median.firstContentfulPaintMs.toFixed(0)} | ${r.median.canvasMs.toFixed(0)} | ${r.median.layoutDoneMs.toFixed(0)} | ` +
      `${r.median.interactiveMs.toFixed(0)}${ratio} | ` +
      `${r.median.longestTaskMs.toFixed(0)} |`
    );
  });
  return [
    '## Opening the explorer on the seed graph',
    '',
    `Median of ${runs} runs, each a fresh page with an empty cache, from navigation (ms): the page's scripts downloaded ` +
      'before it was interactive (bytes on the wire, compressed as the browser asked), the layout worker script (fetched ' +
      "with the overview's first layout, off the page's thread), first contentful paint, the first frame " +
      'with the overview on the canvas, its layout done and applied, interactive (the overview laid out and the end of the ' +
      `last long task before a second with none), and the longest task. Throttling is Chromium's own. With a baseline build, the ratio is this ` +
      "build's time to interactive over the baseline's.",
    '',
    '| network | build | page scripts | layout worker | first paint | canvas | laid out | interactive | longest task |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  const { values: flags } = parseArgs({
    options: {
      // Only the opening on the seed graph, not the rendering of large graphs.
      'open-only': { type: 'boolean', default: false },
      // An earlier build of the explorer (its dist folder, built with `--mode test`) to open side by side.
      'baseline-dist': { type: 'string' },
      'open-runs': { type: 'string', default: '5' },
    },
  });
  const openRuns = Number(flags['open-runs']);
  if (!Number.isInteger(openRuns) || openRuns < 1) throw new Error('--open-runs must be a positive integer');
  const app = await startApp(flags['baseline-dist']);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const chromium = `Chromium ${browser.version()} (${findChromium()})`;
    const builds = [
      ...(app.baselineUrl ? [{ build: 'baseline' as const, baseUrl: app.baselineUrl }] : []),
      { build: 'this build' as const, baseUrl: app.baseUrl },
    ];
    log(`ui-bench: ${chromium}, opening the explorer on the seed graph, ${openRuns} runs per network and build`);
    const openings = await measureOpenings(browser, builds, openRuns, log);
    const opening = openingMarkdown(openings, openRuns);
    if (flags['open-only']) {
      const machine = machineFacts();
      const markdown = [
        '# UI opening benchmark',
        '',
        `${chromium}, headless with ${CHROMIUM_ARGS.join(' ')}.`,
        `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, load average ${machine.loadAverage1m}.`,
        '',
        opening,
      ].join('\n');
      process.stdout.write(markdown);
      const saved = await saveResults('ui-open', { chromium, args: CHROMIUM_ARGS, machine, openings }, markdown);
      log(`ui-bench: wrote ${saved.json} and ${saved.markdown}`);
      return;
    }
    log(
      `ui-bench: ${chromium}, viewport ${VIEWPORT.width}x${VIEWPORT.height}, ${RUNS} runs per size, ${MOTION_MS / 1000} s of motion each`,
    );
    const results: SizeResult[] = [];
    for (const size of SIZES) {
      const graph = generateGraph(size, SEED);
      const runs = new Map<Variant, RunResult[]>(VARIANTS.map((variant) => [variant, []]));
      // The variants alternate run by run, so the machine's load falls on all alike.
      for (let run = 1; run <= RUNS; run++) {
        for (const variant of VARIANTS) {
          const result = await measureRun(browser, app.baseUrl, graph, variant);
          log(
            `  ${size} nodes / ${graph.edges.length} edges, ${variantName(variant)}, run ${run}: first render ${result.firstRenderMs.toFixed(0)} ms, ` +
              `layout ${result.layoutMs.toFixed(0)} ms, computing ${result.computeMs.toFixed(0)} ms (longest task meanwhile ${result.computeLongestTaskMs.toFixed(0)} ms), longest task ${result.longestTaskMs.toFixed(0)} ms, ` +
              `pan ${result.firstPanFps.toFixed(1)} then ${result.panFps.toFixed(1)} fps, zoom ${result.zoomFps.toFixed(1)} fps`,
          );
          runs.get(variant)?.push(result);
        }
      }
      for (const variant of VARIANTS) {
        const done = runs.get(variant) ?? [];
        results.push({ ...variant, nodes: size, edges: graph.edges.length, runs: done, median: medianOfEach(done) });
      }
    }

    const machine = machineFacts();
    const target = results.find((r) => r.nodes === 2_000 && r.thread === 'worker' && r.renderer === 'canvas');
    const verdict = target
      ? `Target (≥ ${TARGET_FPS} fps pan and zoom at 2,000 nodes / ${target.edges.toLocaleString('en')} edges): ` +
        `pan ${target.median.firstPanFps.toFixed(1)} fps in the first ${MOTION_MS / 1000} s after the layout, then ` +
        `${target.median.panFps.toFixed(1)} fps; zoom ${target.median.zoomFps.toFixed(1)} fps — ` +
        (Math.min(target.median.firstPanFps, target.median.panFps, target.median.zoomFps) >= TARGET_FPS ? 'met.' : 'NOT met.')
      : '';
    const largest = results.find((r) => r.nodes === 5_000 && r.thread === 'worker' && r.renderer === 'canvas');
    const largestBaseline = results.find((r) => r.nodes === 5_000 && r.thread === 'page');
    const responsiveness =
      largest && largestBaseline
        ? `Target (the page answers input within 100 ms while a 5,000-node layout runs): longest task while the layout ` +
          `was computed ${largest.median.computeLongestTaskMs.toFixed(0)} ms with the worker, ` +
          `${largestBaseline.median.computeLongestTaskMs.toFixed(0)} ms on the page's thread — ` +
          `${largest.median.computeLongestTaskMs <= 100 ? 'met' : 'NOT met'}; from loading the graph to the end of its ` +
          `layout (adding, styling and drawing it, then moving it into place) the longest task was ` +
          `${largest.median.longestTaskMs.toFixed(0)} ms with the worker, ${largestBaseline.median.longestTaskMs.toFixed(0)} ms without.`
        : '';
    const header = [
      '# UI rendering benchmark',
      '',
      `${chromium}, headless with ${CHROMIUM_ARGS.join(' ')}: --disable-gpu means the canvas is drawn in software (no GPU ` +
        'rasterisation or compositing), so these are floor numbers; a desktop browser with a GPU draws faster.',
      `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, load average ${machine.loadAverage1m}.`,
      `Median of ${RUNS} runs, each in a fresh page of the built explorer (real app, real API); graphs of random entity types with ` +
        `~${EDGES_PER_NODE} relations per node loaded through window.__kgx.loadGraph. First render: loadGraph call → first frame ` +
        `Cytoscape draws with the graph; layout done: call → layout finished and applied; computing: from the layout's job ` +
        `being sent to its positions coming back; longest task while computing: the longest stretch of any task on the ` +
        `page's thread within that span (the page answers no input during a task); longest task, load to done: the ` +
        `longest whole task from the call to the first frame drawn after the layout; the force layout computed on the ` +
        `page's thread (the baseline) and in the worker, alternating run by run; fps: requestAnimationFrame callbacks per second while cy.panBy / cy.zoom run every frame, for ` +
        `${MOTION_MS / 1000} s straight after the layout (Cytoscape is still building its caches for the new graph), then ` +
        `${MOTION_MS / 1000} s more, then ${MOTION_MS / 1000} s of zooming. Frames Cytoscape actually drew per second are in the JSON ` +
        "(the 2D canvas only: the WebGL renderer emits no 'render' event, so its first render is the first frame after the " +
        'whole graph is on the canvas).',
      '',
      verdict,
      '',
      responsiveness,
    ];
    const markdown = `${toMarkdown(results, header)}\n${opening}`;
    process.stdout.write(markdown);
    const saved = await saveResults(
      'ui-bench',
      { chromium, args: CHROMIUM_ARGS, viewport: VIEWPORT, machine, motionMs: MOTION_MS, results, openings },
      markdown,
    );
    log(`ui-bench: wrote ${saved.json} and ${saved.markdown}`);
  } finally {
    await browser?.close();
    await app.close();
  }
}

await main();
