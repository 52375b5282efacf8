// End to end: which renderer draws the canvas. Cytoscape's WebGL renderer is chosen for large graphs only where the
// browser draws WebGL on a graphics processor; this headless Chromium draws it in software (SwiftShader), where the 2D
// canvas is faster, so a large graph stays on the 2D canvas. Forced on (as the rendering benchmark does), WebGL draws
// the explorer's graph and a click on a node still selects it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Graph } from '@kgx/contract';
import { LIMITS } from '../../client/src/graph-view/rendering-options.ts';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { useExplorer } from './explorer-app.ts';
import { peopleChain } from './people-chain.ts';
import { cyNodeIds, nodePagePosition, waitForCanvas, waitForDetailsOf, type PageGlobals } from './explorer-page.ts';

/** Loads a graph through the test hooks, with the renderer policy set first, and waits for its layout. */
async function loadWith(page: Page, graph: Graph, policy: 'auto' | 'always' | 'never'): Promise<void> {
  await page.evaluate(
    async ({ g, policy }) => {
      const kgx = (globalThis as unknown as PageGlobals).__kgx;
      if (!kgx) throw new Error('window.__kgx is not installed');
      kgx.setWebglPolicy(policy);
      await kgx.loadGraph(g);
    },
    { g: graph, policy },
  );
}

/** The little of the DOM the page functions below use (the tests compile without the DOM's types). */
interface ProbeContext {
  getExtension(name: 'WEBGL_debug_renderer_info'): { UNMASKED_RENDERER_WEBGL: number } | null;
  getParameter(name: number): unknown;
}
interface ProbeCanvas {
  getContext(type: 'webgl2'): ProbeContext | null;
}
interface ProbeDocument {
  createElement(tag: 'canvas'): ProbeCanvas;
}

const webglLayers = (page: Page) => page.getByTestId('graph-canvas').locator('canvas[data-id$="-webgl"]').count();

describe('the renderer that draws the canvas', () => {
  const explorer = useExplorer();

  it('keeps a large graph on the 2D canvas where WebGL is drawn in software', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/');
      await waitForCanvas(page, { minNodes: 1 });
      const renderer = await page.evaluate(() => {
        const { document } = globalThis as unknown as { document: ProbeDocument };
        const gl = document.createElement('canvas').getContext('webgl2');
        const info = gl?.getExtension('WEBGL_debug_renderer_info');
        return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null;
      });
      // What makes this the software case: if this browser ever has a GPU, this test no longer says anything.
      expect(renderer).toMatch(/SwiftShader/);
      const graph = peopleChain(3_000);
      expect(graph.nodes.length + graph.edges.length).toBeGreaterThan(LIMITS.viewportElements);
      await loadWith(page, graph, 'auto');
      await waitForCanvas(page, { minNodes: graph.nodes.length });
      expect(await webglLayers(page)).toBe(0);
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });

  it('draws the overview again with WebGL when forced to, and a click on a node still opens its details', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/');
      // The overview the explorer opens on (entities the API knows, so their details load), drawn again with WebGL.
      await waitForCanvas(page, { minNodes: 5 });
      await page.evaluate(() => (globalThis as unknown as PageGlobals).__kgx?.setWebglPolicy('always'));
      expect(await webglLayers(page)).toBe(1);
      const [picked] = await cyNodeIds(page);
      if (picked === undefined) throw new Error('the overview put nothing on the canvas');
      const at = await nodePagePosition(page, picked);
      await page.mouse.click(at.x, at.y);
      await waitForDetailsOf(page, picked);
      // Something was drawn: the canvas as the page shows it differs from the same canvas once the graph is gone.
      const drawn = await page.getByTestId('graph-canvas').screenshot();
      await page.evaluate(async () => {
        const globals = globalThis as unknown as PageGlobals & { requestAnimationFrame(fn: () => void): void };
        (globals.__kgx?.cy as unknown as { elements(): { remove(): void } } | undefined)?.elements().remove();
        for (let frame = 0; frame < 3; frame++) await new Promise<void>((resolve) => globals.requestAnimationFrame(() => resolve()));
      });
      const empty = await page.getByTestId('graph-canvas').screenshot();
      expect(drawn.equals(empty)).toBe(false);
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });
});
