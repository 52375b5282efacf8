// End to end: axe-core finds no critical, serious or moderate violation in any of the explorer's main states.
import { describe, expect, it } from 'vitest';
import { axeViolations, type AxeViolation } from '../support/axe.ts';
import type { Page } from 'playwright-core';
import { openSession } from '../support/browser.ts';
import { useExplorer } from './explorer-app.ts';
import { UI_TIMEOUT_MS, focusedElement, waitForCanvas } from './explorer-page.ts';

const RUBEN = 'person:ruben-vardanyan';
const PASHINYAN = 'person:nikol-pashinyan';

interface PageState {
  name: string;
  url: string;
  viewport?: { width: number; height: number };
  /** What must be on the page before it is audited. */
  ready: string;
  /** What a user does after the page is ready, before the audit. */
  act?: (page: Page) => Promise<void>;
}

const STATES: PageState[] = [
  { name: 'overview', url: '/', ready: '[data-testid="graph-canvas"][data-layout="done"]' },
  { name: 'entity', url: `/?e=${RUBEN}&sel=${RUBEN}`, ready: `[data-testid="details-panel"][data-selected-id="${RUBEN}"]` },
  {
    name: 'relation',
    url: `/?e=${RUBEN}&sel=${RUBEN}`,
    ready: '[data-testid="relation-evidence-button"]',
    act: async (page) => {
      await page.getByTestId('relation-evidence-button').first().click();
      await page.getByTestId('relation-details').waitFor({ timeout: UI_TIMEOUT_MS });
    },
  },
  {
    name: 'reader',
    url: `/?e=${RUBEN}&sel=${RUBEN}`,
    ready: '[data-testid="relation-evidence-button"]',
    act: async (page) => {
      await page.getByTestId('relation-evidence-button').first().click();
      await page.getByTestId('evidence-quote').first().click();
      await page.locator('[data-testid="document-reader"][data-status="done"]').waitFor({ timeout: UI_TIMEOUT_MS });
    },
  },
  { name: 'paths', url: `/?panel=paths&pf=${RUBEN}&pt=${PASHINYAN}`, ready: '[data-testid="path-result"]' },
  { name: 'who did what', url: `/?panel=who&ws=place:azerbaijan`, ready: '[data-testid="who-results"]' },
  { name: 'timeline', url: '/?panel=timeline&ts=graph', ready: '[data-testid="panel-timeline"]' },
  {
    name: 'timeline range and map',
    url: '/?panel=timeline&t0=2023-09-19&t1=2023-09-30&map=1',
    ready: '.event-list li.is-outside',
  },
  { name: 'console', url: '/?panel=cypher', ready: '[data-testid="cypher-editor"]' },
  { name: 'documents', url: '/?panel=documents', ready: '[data-testid="all-documents"] li' },
  {
    name: 'narrow window',
    url: `/?e=${RUBEN}&sel=${RUBEN}`,
    viewport: { width: 800, height: 900 },
    ready: `[data-testid="details-panel"][data-selected-id="${RUBEN}"]`,
  },
];

describe('accessibility', () => {
  const explorer = useExplorer();

  it('has no serious or moderate axe violations in the main states', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const found: Record<string, AxeViolation[]> = {};
    for (const state of STATES) {
      const session = await openSession(explorer().browser, {
        baseUrl,
        testName: task.name,
        ...(state.viewport ? { viewport: state.viewport } : {}),
      });
      try {
        await session.page.goto(state.url);
        await waitForCanvas(session.page);
        await session.page.locator(state.ready).first().waitFor({ timeout: UI_TIMEOUT_MS });
        await state.act?.(session.page);
        await session.screenshot(state.name);
        found[state.name] = await axeViolations(session.page);
      } finally {
        await session.close();
      }
    }
    expect(found).toEqual(Object.fromEntries(STATES.map((s) => [s.name, []])));
  });

  it('reaches Expand from the top of the page in four keys through the skip links (bug: 23 Tab presses from search)', async ({ task }) => {
    const session = await openSession(explorer().browser, { baseUrl: explorer().app.baseUrl, testName: task.name });
    const { page } = session;
    const focused = () => focusedElement(page);
    try {
      await page.goto(`/?e=${RUBEN}&sel=${RUBEN}`);
      await waitForCanvas(page, { minNodes: 1 });
      await page.getByTestId('expand-button').waitFor({ timeout: UI_TIMEOUT_MS });
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(
          () =>
            (globalThis as unknown as { document: { activeElement: { textContent: string } | null } }).document.activeElement?.textContent,
        ),
      ).toBe('Skip to the canvas');
      await session.screenshot('the first skip link shown on Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(focused, { timeout: UI_TIMEOUT_MS }).toBe('details-panel');
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('expand-button');

      // The canvas is one jump away too.
      await page.goto(`/?e=${RUBEN}`);
      await waitForCanvas(page, { minNodes: 1 });
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(focused, { timeout: UI_TIMEOUT_MS }).toBe('graph-canvas');
    } finally {
      await session.close();
    }
  });

  it('opens the tools drawer of a narrow window from its skip link and puts focus in it', async ({ task }) => {
    const session = await openSession(explorer().browser, {
      baseUrl: explorer().app.baseUrl,
      testName: task.name,
      viewport: { width: 800, height: 900 },
    });
    const { page } = session;
    try {
      await page.goto('/');
      await waitForCanvas(page);
      expect(await page.getByTestId('sidebar').isVisible()).toBe(false);
      await page.getByRole('link', { name: 'Skip to the tools' }).focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('sidebar').waitFor({ timeout: UI_TIMEOUT_MS });
      await expect.poll(() => focusedElement(page), { timeout: UI_TIMEOUT_MS }).toBe('sidebar');
      await page.keyboard.press('Tab');
      expect(await focusedElement(page)).toBe('tools-close');
      await page.keyboard.press('Tab');
      expect(await focusedElement(page)).toBe('tab-explore');
      expect(await axeViolations(page)).toEqual([]);
      await session.screenshot('tools drawer open from the skip link');
    } finally {
      await session.close();
    }
  });
});
