// End to end: the force-directed layout is computed in a worker. It places every entity, leaves pinned ones where they
// are, and the page goes on answering while a large graph is laid out.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { useExplorer } from './explorer-app.ts';
import { peopleChain } from './people-chain.ts';
import { FULL_FORCE_MAX_NODES } from '../../client/src/graph-view/layouts.ts';
import { liveArrangement } from './canvas-arrangement.ts';
import { UI_TIMEOUT_MS, cyNodeIds, nodePagePosition, waitForCanvas, type PageGlobals } from './explorer-page.ts';

/** The largest graph the full force simulation lays out (above, a fast draft): seconds of computation on any machine. */
const LARGE_GRAPH_NODES = FULL_FORCE_MAX_NODES;

interface RecordingGlobals extends PageGlobals {
  /** The canvas's layout status at each click the page handled, in order. */
  e2eLayoutAtClick?: string[];
}

function workerScriptsLoaded(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (globalThis as unknown as { performance: { getEntriesByType(type: string): { name: string }[] } }).performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => /force-layout\.worker/.test(name)),
  );
}

describe('the force-directed layout, computed in a worker', () => {
  const explorer = useExplorer();

  it('places every entity and leaves a pinned one exactly where it was when the graph is laid out again', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/');
      await waitForCanvas(page, { minNodes: 5 });
      expect(await workerScriptsLoaded(page)).not.toEqual([]);
      const ids = await cyNodeIds(page);
      const pinnedId = ids[0];
      if (!pinnedId) throw new Error('the overview put nothing on the canvas');
      const at = await nodePagePosition(page, pinnedId);
      await page.mouse.click(at.x, at.y, { button: 'right' });
      await page.getByTestId('node-menu-pin').click();
      const before = await liveArrangement(page);

      await page.getByTestId('layout-rerun').click();
      // A fresh force layout starts from random places, so the others move; the canvas then settles.
      await page.waitForFunction(
        ({ pinned, earlier }) => {
          const globals = globalThis as unknown as {
            document: PageGlobals['document'];
            __kgx?: { cy: { nodes(): { map<T>(fn: (n: { id(): string; position(): { x: number; y: number } }) => T): T[] } } };
          };
          const el = globals.document.querySelector('[data-testid="graph-canvas"]');
          if (el?.getAttribute('data-layout') !== 'done' || !globals.__kgx) return false;
          return globals.__kgx.cy
            .nodes()
            .map((n) => {
              const was = earlier[n.id()];
              return n.id() !== pinned && was !== undefined && Math.hypot(n.position().x - was.x, n.position().y - was.y) > 1;
            })
            .some(Boolean);
        },
        { pinned: pinnedId, earlier: before.positions },
        { timeout: UI_TIMEOUT_MS },
      );
      await waitForCanvas(page, { nodes: ids.length });
      const after = await liveArrangement(page);

      expect(Object.keys(after.positions).sort()).toEqual([...ids].sort());
      const points = Object.values(after.positions);
      expect(points.length).toBeGreaterThan(4);
      expect(points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
      // No two entities share a place.
      expect(new Set(points.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(points.length);
      expect(after.positions[pinnedId]).toEqual(before.positions[pinnedId]);
      await session.screenshot('laid out again around a pinned entity');
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });

  it('answers a click while a large graph is being laid out (bug: the layout held the page for seconds)', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/');
      await waitForCanvas(page, { minNodes: 1 });
      const graph = peopleChain(LARGE_GRAPH_NODES);
      await page.evaluate((g) => {
        const globals = globalThis as unknown as RecordingGlobals & {
          document: { addEventListener(type: string, fn: () => void, capture: boolean): void };
        };
        const seen: string[] = [];
        globals.e2eLayoutAtClick = seen;
        globals.document.addEventListener(
          'click',
          () => seen.push(globals.document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-layout') ?? 'none'),
          true,
        );
        const kgx = globals.__kgx;
        if (!kgx) throw new Error('window.__kgx is not installed');
        void kgx.loadGraph(g);
      }, graph);
      // Computed on the page's own thread, the layout held it from just after "running" to "done": a click waited till then.
      await page.locator('[data-testid="graph-canvas"][data-layout="running"]').waitFor({ timeout: UI_TIMEOUT_MS });
      // Nothing is drawn where the nodes start (all in a heap): the canvas says it is laying out instead.
      const graphCanvas = page.getByTestId('graph-canvas');
      expect(await graphCanvas.getAttribute('data-layout-hold')).toBe('true');
      expect(await graphCanvas.getAttribute('aria-busy')).toBe('true');
      await page.getByTestId('zoom-out').click();
      expect(await page.evaluate(() => (globalThis as unknown as RecordingGlobals).e2eLayoutAtClick)).toEqual(['running']);

      await waitForCanvas(page, { nodes: LARGE_GRAPH_NODES });
      expect(await graphCanvas.getAttribute('data-layout-hold')).toBeNull();
      expect(await graphCanvas.getAttribute('aria-busy')).toBeNull();
      const after = await liveArrangement(page);
      const points = Object.values(after.positions);
      expect(points).toHaveLength(LARGE_GRAPH_NODES);
      expect(points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
      expect(new Set(points.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(LARGE_GRAPH_NODES);
      await session.screenshot('a large graph laid out');
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });
});
