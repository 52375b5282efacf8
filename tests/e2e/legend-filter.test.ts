// End to end: the legend counts each type on the canvas and in the graph, switches a type off and on, and a link keeps
// the types switched off.
import { describe, expect, it } from 'vitest';
import { StatsResponseSchema } from '@kgx/contract';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { call } from '../support/test-app.ts';
import { useExplorer } from './explorer-app.ts';
import { UI_TIMEOUT_MS, cyVisibleNodeIds, waitForCanvas, type PageGlobals } from './explorer-page.ts';

/** Node ids of one type in the live Cytoscape instance, sorted. */
function cyNodeIdsOfType(page: Parameters<typeof cyVisibleNodeIds>[0], type: string): Promise<string[]> {
  return page.evaluate((wanted) => {
    const kgx = (globalThis as unknown as PageGlobals).__kgx;
    if (!kgx) throw new Error('window.__kgx is not installed');
    return kgx.cy
      .nodes(`[type = "${wanted}"]`)
      .map((n) => n.id())
      .sort();
  }, type);
}

describe('the legend', () => {
  const explorer = useExplorer();

  it('counts each type on the canvas and in the graph, hides and shows a type, and a link keeps it hidden', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const stats = StatsResponseSchema.parse((await call(baseUrl, '/api/stats')).body);
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/');
      const overview = await waitForCanvas(page, { minNodes: 1 });
      const events = await cyNodeIdsOfType(page, 'Event');
      const people = await cyNodeIdsOfType(page, 'Person');
      // The premise: the overview holds events and other entities, or hiding events would prove nothing.
      expect(events.length).toBeGreaterThan(0);
      expect(events.length).toBeLessThan(overview.nodeCount);
      expect(await page.getByTestId('legend-count-Event').textContent()).toBe(`${events.length} / ${stats.nodes['Event']}`);
      expect(await page.getByTestId('legend-count-Person').textContent()).toBe(`${people.length} / ${stats.nodes['Person']}`);

      const toggle = page.getByTestId('legend-toggle-Event');
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      await toggle.click();
      await waitForCanvas(page, { visibleNodes: overview.nodeCount - events.length });
      const visible = await cyVisibleNodeIds(page);
      expect(visible.filter((id) => events.includes(id))).toEqual([]);
      expect(visible).toHaveLength(overview.nodeCount - events.length);
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      await expect.poll(() => page.url(), { timeout: UI_TIMEOUT_MS }).toContain('ht=Event');
      await session.screenshot('events hidden');

      // The link keeps the canvas and the types switched off.
      await page.reload();
      await waitForCanvas(page, { minNodes: overview.nodeCount, visibleNodes: overview.nodeCount - events.length });
      expect((await cyVisibleNodeIds(page)).filter((id) => events.includes(id))).toEqual([]);
      expect(await page.getByTestId('legend-toggle-Event').getAttribute('aria-pressed')).toBe('false');

      await page.getByTestId('legend-toggle-Event').click();
      await waitForCanvas(page, { visibleNodes: overview.nodeCount });
      expect(await cyVisibleNodeIds(page)).toHaveLength(overview.nodeCount);
      await expect.poll(() => page.url(), { timeout: UI_TIMEOUT_MS }).not.toContain('ht=');

      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });
});
