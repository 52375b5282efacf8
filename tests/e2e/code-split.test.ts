// End to end: what the explorer loads on demand. The page's own script draws the canvas and the Explore tab; what a
// selection shows, the right-click menu and the other tabs bring their code the first time they are used.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { useExplorer } from './explorer-app.ts';
import { UI_TIMEOUT_MS, nodePagePosition, waitForCanvas, waitForDetailsOf } from './explorer-page.ts';

const RUBEN = 'person:ruben-vardanyan';

/** The file names of the scripts the page asks for, from now on. */
function recordScripts(page: Page): () => string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') names.push(new URL(request.url()).pathname.split('/').pop() ?? '');
  });
  return () => names;
}

/** The built chunks of a module: Vite names each after the module that starts it (`EntityDetails-<hash>.js`). */
function chunksOf(names: string[], module: string): string[] {
  return names.filter((name) => name.startsWith(`${module}-`));
}

const ON_DEMAND = ['EntityDetails', 'RelationDetails', 'SelectionSummary', 'NodeMenu', 'PathFinder', 'SignInPage', 'CypherConsole'];

describe('code loaded on demand', () => {
  const explorer = useExplorer();

  it('loads the details with the first selection, the menu with the first right-click and a tab when it is opened', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    const scripts = recordScripts(page);
    try {
      await page.goto(`/?e=${RUBEN}`);
      await waitForCanvas(page, { nodes: 1 });
      // The page did load its script, and nothing the first view does not show.
      expect(scripts().filter((name) => name.startsWith('index-'))).toHaveLength(1);
      for (const module of ON_DEMAND) expect(chunksOf(scripts(), module)).toEqual([]);

      const at = await nodePagePosition(page, RUBEN);
      await page.mouse.click(at.x, at.y);
      await waitForDetailsOf(page, RUBEN);
      await page.locator(`[data-testid="entity-details"][data-entity-id="${RUBEN}"]`).waitFor({ timeout: UI_TIMEOUT_MS });
      expect(chunksOf(scripts(), 'EntityDetails')).toHaveLength(1);

      await page.mouse.click(at.x, at.y, { button: 'right' });
      await page.getByTestId('node-menu').waitFor({ timeout: UI_TIMEOUT_MS });
      expect(chunksOf(scripts(), 'NodeMenu')).toHaveLength(1);
      await page.keyboard.press('Escape');

      await page.getByTestId('tab-paths').click();
      await page.getByTestId('path-finder').waitFor({ timeout: UI_TIMEOUT_MS });
      expect(chunksOf(scripts(), 'PathFinder')).toHaveLength(1);
      // A tab not opened brings no code.
      expect(chunksOf(scripts(), 'CypherConsole')).toEqual([]);

      await session.screenshot('details, menu and paths tab loaded on demand');
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });

  it('says so and keeps the page when a part cannot be fetched (bug: a failed chunk left the whole page blank)', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    const scripts = recordScripts(page);
    // As when the server stopped, or a newer build replaced the files the page knew.
    await page.route('**/assets/EntityDetails-*.js', (route) => route.abort());
    try {
      await page.goto(`/?e=${RUBEN}`);
      await waitForCanvas(page, { nodes: 1 });
      const at = await nodePagePosition(page, RUBEN);
      await page.mouse.click(at.x, at.y);
      const failure = page.getByTestId('details-panel').getByTestId('load-failure');
      await failure.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(chunksOf(scripts(), 'EntityDetails')).toHaveLength(1);
      expect(await failure.getByRole('button', { name: 'Reload the page' }).isVisible()).toBe(true);
      // The message belongs to that selection: with nothing selected the panel says what it says then.
      await page.getByTestId('graph-canvas').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Escape');
      await page.locator('[data-testid="details-panel"][data-selected-id=""]').waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await page.getByTestId('load-failure').count()).toBe(0);
      // The rest of the page is there and still answers.
      expect(await page.getByTestId('graph-canvas').isVisible()).toBe(true);
      await page.getByTestId('tab-paths').click();
      await page.getByTestId('path-finder').waitFor({ timeout: UI_TIMEOUT_MS });
      await session.screenshot('details could not be fetched');
      const problems = session.problems();
      expect(problems.pageErrors).toEqual([]);
      expect(problems.failedApiRequests).toEqual([]);
      // What the console says is about that script only: its failed load, and React naming the error it caught.
      expect(problems.consoleErrors.length).toBeGreaterThan(0);
      for (const error of problems.consoleErrors) expect(`${error.url} ${error.text}`).toMatch(/EntityDetails|dynamically imported module/);
    } finally {
      await session.close();
    }
  });
});
