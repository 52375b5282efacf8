// End to end: the global keys — "/" focuses the search, Esc clears the selection, Delete hides the selected entity.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { useExplorer } from './explorer-app.ts';
import {
  UI_TIMEOUT_MS,
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

/**
 * Resolves once the API has answered a search for exactly this text and the search box shows that answer: the box
 * says 'loading' from the moment its text changes, so 'done' after the response is this text's answer.
 */
async function searchSettled(page: Page, text: string, edit: () => Promise<void>): Promise<void> {
  const answered = page.waitForResponse(
    (response) => {
      const url = new URL(response.url());
      return url.pathname === '/api/search' && url.searchParams.get('q') === text;
    },
    { timeout: UI_TIMEOUT_MS },
  );
  await edit();
  await answered;
  await page.locator('[data-testid="search-input"][data-status="done"]').waitFor({ timeout: UI_TIMEOUT_MS });
  expect(await page.getByTestId('search-input').inputValue()).toBe(text);
}

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

      const search = page.getByTestId('search-input');
      await page.keyboard.press('/');
      await page.locator('[data-testid="search-input"]:focus').waitFor({ timeout: UI_TIMEOUT_MS });
      // The key moved the focus; it was not typed into the box.
      expect(await search.inputValue()).toBe('');
      await session.screenshot('slash focused the search');

      // Delete and Backspace while typing edit the text, they do not hide the selected entity. Each edit is settled by
      // the search answering the edited text, long after a hide would have reached the canvas.
      await searchSettled(page, 'ruben', () => page.keyboard.type('ruben'));
      await page.keyboard.press('Home');
      await searchSettled(page, 'uben', () => page.keyboard.press('Delete'));
      await page.keyboard.press('End');
      await searchSettled(page, 'ube', () => page.keyboard.press('Backspace'));
      expect((await readCanvas(page)).visibleNodeCount).toBe(ENTITIES.length);
      expect(await cyVisibleNodeIds(page)).toEqual([...ENTITIES].sort());
      expect(await detailsSelectedId(page)).toBe(RUBEN);
      // Escape in an open suggestion list closes the list; the selection stays.
      await page.keyboard.press('Escape');
      await page.getByTestId('search-results').waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
      expect(await detailsSelectedId(page)).toBe(RUBEN);
      await session.screenshot('typing in the search left the canvas alone');

      // Clicking the node on the canvas moves the focus from the search to the canvas and keeps the node selected.
      const ruben = await nodePagePosition(page, RUBEN);
      await page.mouse.click(ruben.x, ruben.y);
      await page.locator('[data-testid="graph-canvas"]:focus').waitFor({ timeout: UI_TIMEOUT_MS });
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
  it('moves between the sidebar tabs with the arrow keys, Home and End, one tab in the Tab order (bug: arrows did nothing)', async ({
    task,
  }) => {
    const { baseUrl } = explorer().app;
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/');
      await waitForCanvas(page, { minNodes: 1 });
      // One heading names the page.
      expect(await page.locator('h1').allTextContents()).toEqual(['Graph Explorer']);
      const tabs = page.getByRole('tab');
      const count = await tabs.count();
      expect(count).toBeGreaterThan(2);
      // Only the open tab is in the Tab order; the others are reached with the arrows.
      const inOrder = await tabs.evaluateAll((all) => all.filter((t) => t.getAttribute('tabindex') === '0').map((t) => t.id));
      expect(inOrder).toEqual(['tab-explore']);

      await page.getByTestId('tab-explore').focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.getByTestId('sidebar').getAttribute('data-panel')).toBe('paths');
      expect(
        await page.evaluate(
          () => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id,
        ),
      ).toBe('tab-paths');
      await page.keyboard.press('End');
      const lastId = await tabs.nth(count - 1).getAttribute('data-testid');
      await expect.poll(() => page.getByTestId('sidebar').getAttribute('data-panel')).toBe(lastId?.replace('tab-', ''));
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.getByTestId('sidebar').getAttribute('data-panel')).toBe('explore');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => page.getByTestId('sidebar').getAttribute('data-panel')).toBe(lastId?.replace('tab-', ''));
      await page.keyboard.press('Home');
      await expect.poll(() => page.getByTestId('sidebar').getAttribute('data-panel')).toBe('explore');

      // The timeline's sliders say the date they stand on, not a bar number.
      await page.getByTestId('tab-timeline').click();
      const from = page.getByTestId('timeline-slider-from');
      await from.waitFor({ timeout: UI_TIMEOUT_MS });
      const label = await from.getAttribute('aria-valuetext');
      expect(label).toMatch(/\d{4}/);
      expect(label).not.toBe(await from.inputValue());
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });
});
