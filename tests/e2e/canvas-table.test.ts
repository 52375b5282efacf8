// End to end: the canvas read as tables — every entity shown and every relation among them with its first source —
// switchable with the drawing, kept in a link, and following what the legend hides.
import { describe, expect, it } from 'vitest';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { useExplorer } from './explorer-app.ts';
import { UI_TIMEOUT_MS, cyElementIds, detailsSelectedId, waitForCanvas } from './explorer-page.ts';

describe('the canvas as a table', () => {
  const explorer = useExplorer();

  it('lists every entity and relation on the canvas, selects from a row, opens a source, and keeps to what is shown', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/');
      await waitForCanvas(page, { minNodes: 2 });
      const onCanvas = await cyElementIds(page);
      expect(onCanvas.edges.length).toBeGreaterThan(0);

      await page.getByTestId('table-toggle').click();
      const table = page.getByTestId('canvas-table');
      await table.waitFor({ timeout: UI_TIMEOUT_MS });
      const entityIds = async () =>
        (
          await page.getByTestId('canvas-table-entity').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-entity-id') ?? ''))
        ).sort();
      const edgeIds = async () =>
        (
          await page.getByTestId('canvas-table-relation').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-edge-id') ?? ''))
        ).sort();
      expect(await entityIds()).toEqual(onCanvas.nodes);
      expect(await edgeIds()).toEqual(onCanvas.edges);
      expect(await page.getByTestId('table-toggle').getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => page.url(), { timeout: UI_TIMEOUT_MS }).toContain('table=1');
      // The entities' table fits the width it has: long names are cut, the other columns stay in view.
      const overflow = await page
        .getByTestId('canvas-table-entities')
        .evaluate((table) => (table.parentElement ? table.parentElement.scrollWidth - table.parentElement.clientWidth : -1));
      expect(overflow).toBe(0);
      await session.screenshot('the canvas as tables');

      // A row's entity selects it, as a click on the drawing would.
      const firstRow = page.getByTestId('canvas-table-entity').first();
      const firstId = await firstRow.getAttribute('data-entity-id');
      await firstRow.locator('button').first().click();
      await expect.poll(() => detailsSelectedId(page), { timeout: UI_TIMEOUT_MS }).toBe(firstId);

      // A source opens in the reader.
      await page.getByTestId('canvas-table-quote').first().click();
      await page.locator('[data-testid="document-reader"][data-status="done"]').waitFor({ timeout: UI_TIMEOUT_MS });
      await page.getByTestId('reader-close').click();

      // What the legend hides leaves the tables too, with the relations that reach it.
      await page.getByTestId('legend-toggle-Event').click();
      const events = onCanvas.nodes.filter((id) => id.startsWith('event:'));
      expect(events.length).toBeGreaterThan(0);
      await expect.poll(entityIds, { timeout: UI_TIMEOUT_MS }).toEqual(onCanvas.nodes.filter((id) => !events.includes(id)));
      expect((await edgeIds()).length).toBeLessThan(onCanvas.edges.length);
      await page.getByTestId('legend-toggle-Event').click();

      // The link keeps the tables; the toggle gives the drawing back.
      await page.reload();
      await page.getByTestId('canvas-table').waitFor({ timeout: UI_TIMEOUT_MS });
      await expect.poll(entityIds, { timeout: UI_TIMEOUT_MS }).toEqual(onCanvas.nodes);
      await page.getByTestId('table-toggle').click();
      await table.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });
});
