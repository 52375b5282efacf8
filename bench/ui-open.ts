// Opening the explorer on the seed graph as a reader does, for `npm run bench:ui`: a fresh page with an empty cache, the
// script it downloads before it can be used, and when it is interactive. With another build beside it (an earlier one),
// the two are served by the same API and opened in turn, run by run, so the machine's load falls on both alike.
import type { Browser } from 'playwright-core';
import { waitForCanvas, type PageGlobals } from '../tests/e2e/explorer-page.ts';

export interface NetworkProfile {
  name: string;
  /** Chromium's own throttling (DevTools' network conditions); none for the loopback as it is. */
  throttle?: { downloadKbitPerS: number; uploadKbitPerS: number; latencyMs: number };
}

/** The loopback as it is, and a modest line, where what the page downloads shows in the time it takes to open. */
export const NETWORKS: readonly NetworkProfile[] = [
  { name: 'loopback' },
  { name: '10 Mbit/s, 40 ms', throttle: { downloadKbitPerS: 10_000, uploadKbitPerS: 5_000, latencyMs: 40 } },
];

export interface OpeningRun {
  /** Compressed bytes of the page's scripts downloaded before it was interactive, and how many scripts. */
  scriptBytes: number;
  scripts: number;
  /**
   * The layout worker's script, fetched when the overview is first laid out: off the page's thread, so the page can be
   * interactive before it arrives; counted apart, whenever it came.
   */
  workerBytes: number;
  firstContentfulPaintMs: number;
  /** The first frame with the overview's entities on the canvas (at their starting places). */
  canvasMs: number;
  /** The overview's layout done and applied: the entities in their places. */
  layoutDoneMs: number;
  /**
   * Interactive: the overview laid out and the page's thread free: the end of the last long task (50 ms or more)
   * before a second with none, or the layout's end if later. A shorter quiet window than Lighthouse's five seconds:
   * the page asks for nothing more once the overview is in place.
   */
  interactiveMs: number;
  longestTaskMs: number;
}

const QUIET_MS = 1_000;
const POLL_MS = 50;

/** A performance entry as page functions read it. */
export interface Span {
  name: string;
  startTime: number;
  duration: number;
  transferSize?: number;
}

/**
 * The browser's clock and observers as page functions use them: the benchmarks are compiled for Node, without the
 * DOM's types.
 */
export interface PageTiming {
  performance: { now(): number; getEntriesByType(type: string): Span[]; getEntriesByName(name: string): Span[] };
  PerformanceObserver: new (callback: (list: { getEntries(): Span[] }) => void) => {
    observe(options: { type: string; buffered?: boolean }): void;
    takeRecords(): Span[];
    disconnect(): void;
  };
}

interface OpeningState {
  longTasks: [number, number][];
  canvasAt: number | null;
  layoutDoneAt: number | null;
}

type OpeningGlobals = Omit<PageGlobals, 'performance'> & PageTiming & { __kgxOpening?: OpeningState };

/** Installed before the page's own scripts: records long tasks, and the first frame with entities on the canvas. */
function recordOpening(): void {
  const globals = globalThis as unknown as OpeningGlobals;
  const state: OpeningState = { longTasks: [], canvasAt: null, layoutDoneAt: null };
  globals.__kgxOpening = state;
  new globals.PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const poll = (): void => {
    const now = globals.performance.now();
    if (state.canvasAt === null && (globals.__kgx?.cy?.nodes().length ?? 0) > 0) state.canvasAt = now;
    const canvas = globals.document.querySelector('[data-testid="graph-canvas"]');
    if (state.canvasAt !== null && canvas?.getAttribute('data-layout') === 'done') state.layoutDoneAt = now;
    else globals.requestAnimationFrame(poll);
  };
  globals.requestAnimationFrame(poll);
}

export async function measureOpening(browser: Browser, baseUrl: string, network: NetworkProfile): Promise<OpeningRun> {
  // A fresh context: an empty cache, as on a reader's first visit.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  await context.addInitScript(recordOpening);
  try {
    const page = await context.newPage();
    if (network.throttle) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: network.throttle.latencyMs,
        downloadThroughput: (network.throttle.downloadKbitPerS * 1000) / 8,
        uploadThroughput: (network.throttle.uploadKbitPerS * 1000) / 8,
      });
    }
    await page.goto(`${baseUrl}/`);
    await waitForCanvas(page, { minNodes: 1 });
    // The figures are read in the same call that finds the quiet second, so no task after it moves them.
    const quiet = await page.waitForFunction(
      (quietMs) => {
        const globals = globalThis as unknown as OpeningGlobals;
        const state = globals.__kgxOpening;
        if (!state || state.canvasAt === null || state.layoutDoneAt === null) return false;
        const interactiveMs = Math.max(state.layoutDoneAt, ...state.longTasks.map(([start, duration]) => start + duration));
        if (globals.performance.now() - interactiveMs < quietMs) return false;
        const loaded = globals.performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.js'));
        const isWorker = (entry: Span) => entry.name.includes('.worker-');
        const scripts = loaded.filter((entry) => !isWorker(entry) && entry.startTime <= interactiveMs);
        const bytes = (entries: Span[]) => entries.reduce((sum, entry) => sum + (entry.transferSize ?? 0), 0);
        const paint = globals.performance.getEntriesByName('first-contentful-paint')[0];
        return {
          scriptBytes: bytes(scripts),
          scripts: scripts.length,
          workerBytes: bytes(loaded.filter(isWorker)),
          firstContentfulPaintMs: paint?.startTime ?? Number.NaN,
          canvasMs: state.canvasAt,
          layoutDoneMs: state.layoutDoneAt,
          interactiveMs,
          longestTaskMs: Math.max(0, ...state.longTasks.map(([, duration]) => duration)),
        };
      },
      QUIET_MS,
      { polling: POLL_MS, timeout: 120_000 },
    );
    return (await quiet.jsonValue()) as OpeningRun;
  } finally {
    await context.close();
  }
}
