// End to end: the explorer at 1280x720 and 800x900 — the header stays on one line, nothing overlaps the canvas's
// toolbar, every tab is in view, and in a narrow window the tools and the details are drawers that open and close.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { useExplorer } from './explorer-app.ts';
import { UI_TIMEOUT_MS, focusedElement, waitForCanvas, waitForDetailsOf } from './explorer-page.ts';

const RUBEN = 'person:ruben-vardanyan';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes of the toolbar's groups of buttons (the toolbar itself spans the canvas and lets clicks through). */
function toolbarGroups(page: Page): Promise<Box[]> {
  return page.locator('[data-testid="canvas-toolbar"] .toolbar-group').evaluateAll((elements) =>
    elements.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    }),
  );
}

/** The boxes of what is shown (null when an element is absent or not displayed), read in one go. */
async function boxes(page: Page, testIds: string[]): Promise<Record<string, Box | null>> {
  const entries = await Promise.all(
    testIds.map(async (id) => {
      const locator = page.getByTestId(id).first();
      const shown = (await locator.count()) > 0 && (await locator.isVisible());
      return [id, shown ? await locator.boundingBox() : null] as const;
    }),
  );
  return Object.fromEntries(entries);
}

function overlaps(a: Box | null, b: Box | null): boolean {
  if (!a || !b) return false;
  return a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;
}

/** What every window size must keep: one header line, no page scrolling sideways, tabs in view, a clear toolbar. */
async function expectTidy(page: Page, state: string, opts: { toolsDrawer?: boolean } = {}): Promise<Record<string, Box | null>> {
  const found = await boxes(page, ['app-header', 'details-panel', 'sidebar', 'graph-canvas']);
  const header = found['app-header'];
  expect(header, state).not.toBeNull();
  expect(header?.height ?? 0, `${state}: the header wraps`).toBeLessThanOrEqual(64);
  const sideways = await page.evaluate(() => {
    const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document
      .documentElement;
    return root.scrollWidth - root.clientWidth;
  });
  expect(sideways, `${state}: the page scrolls sideways`).toBe(0);
  const groups = await toolbarGroups(page);
  expect(groups.length).toBeGreaterThan(0);
  for (const group of groups) {
    expect(overlaps(group, found['details-panel'] ?? null), `${state}: toolbar under the details`).toBe(false);
    // A tools drawer is laid over the canvas on purpose, toolbar included, until it is closed.
    if (!opts.toolsDrawer) expect(overlaps(group, found['sidebar'] ?? null), `${state}: toolbar under the tools`).toBe(false);
  }
  const sidebar = found['sidebar'];
  if (sidebar) {
    const tabs = await page.getByRole('tab').evaluateAll((elements) =>
      elements.map((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right };
      }),
    );
    expect(tabs.length).toBeGreaterThan(0);
    for (const tab of tabs) {
      expect(tab.left, `${state}: a tab is cut off`).toBeGreaterThanOrEqual(sidebar.x - 1);
      expect(tab.right, `${state}: a tab is cut off`).toBeLessThanOrEqual(sidebar.x + sidebar.width + 1);
    }
  }
  return found;
}

/** The who-did-what table fits its panel: no sideways scrolling, and no name cut short by its chip. */
async function expectWhoTableFits(page: Page, state: string): Promise<void> {
  const fit = await page.getByTestId('who-results').evaluate((results) => {
    const scroller = results.querySelector('.table-scroll');
    const names = [...results.querySelectorAll('.entity-chip-name')];
    return {
      overflow: scroller ? scroller.scrollWidth - scroller.clientWidth : -1,
      names: names.length,
      cut: names.filter((n) => n.scrollWidth > n.clientWidth + 1).map((n) => n.textContent),
    };
  });
  expect(fit.overflow, `${state}: the table scrolls sideways`).toBe(0);
  expect(fit.names).toBeGreaterThan(0);
  expect(fit.cut, `${state}: names cut short`).toEqual([]);
}

describe('window layout', () => {
  const explorer = useExplorer();

  it('keeps panels, toolbar and header apart at 1280x720', async ({ task }) => {
    const session = await openSession(explorer().browser, {
      baseUrl: explorer().app.baseUrl,
      testName: task.name,
      viewport: { width: 1280, height: 720 },
    });
    const { page } = session;
    try {
      await page.goto(`/?e=${RUBEN}&sel=${RUBEN}`);
      await waitForCanvas(page, { minNodes: 1 });
      await waitForDetailsOf(page, RUBEN);
      const found = await expectTidy(page, 'entity');
      // Docked: the tools, the canvas and the details side by side.
      expect(found['sidebar']).not.toBeNull();
      expect(found['details-panel']).not.toBeNull();
      expect(found['graph-canvas']?.width ?? 0).toBeGreaterThanOrEqual(400);
      await session.screenshot('entity at 1280x720');

      await page.getByTestId('tab-who').click();
      await page.getByTestId('who-run').click();
      await page.getByTestId('who-results').waitFor({ timeout: UI_TIMEOUT_MS });
      const who = await expectTidy(page, 'who did what');
      await expectWhoTableFits(page, 'who did what at 1280x720');
      expect(who['graph-canvas']?.width ?? 0).toBeGreaterThanOrEqual(400);
      await session.screenshot('who did what at 1280x720');

      // The tools can be put away for a wider canvas, and brought back.
      await page.getByTestId('tools-toggle').click();
      await page.getByTestId('sidebar').waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
      const wider = await expectTidy(page, 'no tools');
      expect(wider['graph-canvas']?.width ?? 0).toBeGreaterThan(who['graph-canvas']?.width ?? 0);
      await page.getByTestId('tools-toggle').click();
      await page.getByTestId('sidebar').waitFor({ timeout: UI_TIMEOUT_MS });
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });

  it('makes the tools and the details drawers in a window 800 wide', async ({ task }) => {
    const session = await openSession(explorer().browser, {
      baseUrl: explorer().app.baseUrl,
      testName: task.name,
      viewport: { width: 800, height: 900 },
    });
    const { page } = session;
    try {
      await page.goto(`/?e=${RUBEN}`);
      await waitForCanvas(page, { minNodes: 1 });
      let found = await expectTidy(page, 'nothing selected');
      // Nothing selected: no details drawer, and the tools wait behind their button; the canvas has the width.
      expect(found['details-panel']).toBeNull();
      expect(found['sidebar']).toBeNull();
      expect(found['graph-canvas']?.width ?? 0).toBeGreaterThanOrEqual(780);
      expect(await page.getByTestId('tools-toggle').getAttribute('aria-expanded')).toBe('false');
      await session.screenshot('canvas alone at 800x900');

      await page.goto(`/?e=${RUBEN}&sel=${RUBEN}`);
      await waitForCanvas(page, { minNodes: 1 });
      await waitForDetailsOf(page, RUBEN);
      found = await expectTidy(page, 'entity selected');
      expect(found['details-panel']?.width ?? 0).toBeGreaterThanOrEqual(300);
      await session.screenshot('details drawer at 800x900');
      await page.getByTestId('details-close').click();
      await page.getByTestId('details-panel').waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });

      // The tools open over the canvas with every tab in view, and close by button or Escape, giving focus back.
      await page.getByTestId('tools-toggle').click();
      await page.getByTestId('sidebar').waitFor({ timeout: UI_TIMEOUT_MS });
      await expectTidy(page, 'tools open', { toolsDrawer: true });
      await page.getByTestId('tab-who').click();
      await page.getByTestId('who-run').click();
      await page.getByTestId('who-results').waitFor({ timeout: UI_TIMEOUT_MS });
      await expectTidy(page, 'who did what', { toolsDrawer: true });
      await expectWhoTableFits(page, 'who did what at 800x900');
      await session.screenshot('tools drawer at 800x900');
      await page.getByTestId('who-run').focus();
      await page.keyboard.press('Escape');
      await page.getByTestId('sidebar').waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
      expect(await focusedElement(page)).toBe('tools-toggle');
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });
});
