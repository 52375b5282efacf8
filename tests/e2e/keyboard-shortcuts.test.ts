// End to end: the global keys — "/" focuses the search, Esc clears the selection, Delete hides the selected entity.
import { describe, expect, it } from 'vitest';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { useExplorer } from './explorer-app.ts';
import {
  cySelectedIds,
  cyVisibleNodeIds,
  detailsSelectedId,
  nodePagePosition,
  readCanvas,
  waitForCanvas,
  waitForDetailsOf,
} from './explorer-page.ts';

const RUBEN = 'person:ruben-vardanyan';
const DETAINER = 'organisation:azerbaijani-armed-forces';
const AZERBAIJAN = 'place:azerbaijan';
const ENTITIES = [RUBEN, DETAINER, AZERBAIJAN];

describe('keyboard shortcuts', () => {
  const explorer = useExplorer();

  it('focuses the search on slash, clears the selection on Escape, and hides the selected entity on Delete', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto(`/?e=${ENTITIES.join(',')}&sel=${RUBEN}`);
      await waitForDetailsOf(page, RUBEN);
      await waitForCanvas(page, { nodes: ENTITIES.length, visibleNodes: ENTITIES.length });
      expect(await page.locator(':focus').count()).toBe(0);
      await session.screenshot('three entities, ruben vardanyan selected');

      await page.keyboard.press('/');
      expect(await page.locator('[data-testid="search-input"]:focus').count()).toBe(1);
      // The key moved the focus; it was not typed into the box.
      expect(await page.getByTestId('search-input').inputValue()).toBe('');
      // Delete while typing edits the text, it does not hide the selected entity.
      await page.keyboard.press('Delete');
      expect((await readCanvas(page)).visibleNodeCount).toBe(ENTITIES.length);
      expect(await detailsSelectedId(page)).toBe(RUBEN);
      await session.screenshot('slash focused the search');

      // Clicking the node on the canvas takes the focus away from the search and keeps it selected.
      const ruben = await nodePagePosition(page, RUBEN);
      await page.mouse.click(ruben.x, ruben.y);
      expect(await page.locator('[data-testid="search-input"]:focus').count()).toBe(0);
      expect(await cySelectedIds(page)).toEqual([RUBEN]);
      await page.keyboard.press('Escape');
      await page.locator('[data-testid="details-panel"][data-kind="none"]').waitFor();
      expect(await detailsSelectedId(page)).toBe('');
      expect(await cySelectedIds(page)).toEqual([]);
      await session.screenshot('escape cleared the selection');

      const azerbaijan = await nodePagePosition(page, AZERBAIJAN);
      await page.mouse.click(azerbaijan.x, azerbaijan.y);
      await waitForDetailsOf(page, AZERBAIJAN);
      await session.screenshot('azerbaijan selected');
      await page.keyboard.press('Delete');
      const after = await waitForCanvas(page, { visibleNodes: ENTITIES.length - 1 });
      expect(after.nodeCount).toBe(ENTITIES.length);
      expect(await cyVisibleNodeIds(page)).toEqual([RUBEN, DETAINER].sort());
      expect(await detailsSelectedId(page)).toBe('');
      await page.locator(`[data-testid="hidden-list"] [data-entity-id="${AZERBAIJAN}"]`).waitFor();
      await session.screenshot('delete hid azerbaijan');

      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });
});
