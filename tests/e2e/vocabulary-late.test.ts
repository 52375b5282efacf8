// End to end: the page carries no copy of the vocabulary; it words relations with the server's once it arrives, and
// asks again, after a pause that grows, when a request failed.
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { VocabularySchema, type Vocabulary } from '@kgx/contract';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { call } from '../support/test-app.ts';
import { useExplorer } from './explorer-app.ts';
import { UI_TIMEOUT_MS, waitForCanvas, type PageGlobals } from './explorer-page.ts';

interface LabelledEdge {
  data(key: 'type' | 'label' | 'category'): string;
}

interface LabelGlobals extends Omit<PageGlobals, '__kgx'> {
  __kgx?: { cy: { edges(): { map<T>(fn: (edge: LabelledEdge) => T): T[] } } };
}

/** How a relation is drawn: its words and its category (which colours it). */
type Wording = `${string} / ${string}`;

/** Each relation on the canvas: its type and how it is drawn. */
function canvasWording(page: Page): Promise<{ type: string; wording: Wording }[]> {
  return page.evaluate(() => {
    const cy = (globalThis as unknown as LabelGlobals).__kgx?.cy;
    if (!cy) throw new Error('window.__kgx is not installed');
    return cy.edges().map((edge) => ({ type: edge.data('type'), wording: `${edge.data('label')} / ${edge.data('category')}` as const }));
  });
}

/** Waits until every relation on the canvas is drawn as the vocabulary says for its type. */
async function waitForVocabularyWording(page: Page, expected: Record<string, Wording>): Promise<void> {
  await page.waitForFunction(
    (wordings) => {
      const cy = (globalThis as unknown as LabelGlobals).__kgx?.cy;
      const edges = cy?.edges().map((edge) => [edge.data('type'), `${edge.data('label')} / ${edge.data('category')}`] as const) ?? [];
      return edges.length > 0 && edges.every(([type, wording]) => wordings[type] === undefined || wordings[type] === wording);
    },
    expected,
    { timeout: UI_TIMEOUT_MS },
  );
}

function wordingsOf(vocabulary: Vocabulary): Record<string, Wording> {
  return Object.fromEntries(vocabulary.relationTypes.map((t) => [t.type, `${t.label} / ${t.category}` as const]));
}

describe('the vocabulary, fetched from the server', () => {
  const explorer = useExplorer();

  it('words the relations already drawn again when the vocabulary arrives after them', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const wordings = wordingsOf(VocabularySchema.parse((await call(baseUrl, '/api/vocabulary')).body));
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/vocabulary', async (route: Route) => {
      await held;
      await route.continue();
    });
    try {
      await page.goto('/');
      await waitForCanvas(page, { minNodes: 2 });
      const before = await canvasWording(page);
      // The premise: drawn before the vocabulary, some relation is drawn otherwise than the vocabulary says (its category).
      expect(before.length).toBeGreaterThan(0);
      expect(before.filter(({ type, wording }) => wordings[type] !== undefined && wordings[type] !== wording)).not.toEqual([]);

      release();
      await waitForVocabularyWording(page, wordings);
      const after = await canvasWording(page);
      expect(after.length).toBe(before.length);
      for (const { type, wording } of after) if (wordings[type] !== undefined) expect(wording).toBe(wordings[type]);
      await session.screenshot('relations worded by the vocabulary');
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      release();
      await session.close();
    }
  });

  it('asks for the vocabulary again when the first request failed', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const wordings = wordingsOf(VocabularySchema.parse((await call(baseUrl, '/api/vocabulary')).body));
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    let requests = 0;
    await page.route('**/api/vocabulary', async (route: Route) => {
      requests++;
      if (requests === 1) {
        await route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({ error: { code: 'DATABASE_UNAVAILABLE', message: 'The database is not answering.' } }),
        });
      } else {
        await route.continue();
      }
    });
    try {
      await page.goto('/');
      await waitForCanvas(page, { minNodes: 2 });
      await waitForVocabularyWording(page, wordings);
      expect(requests).toBe(2);
      expect(session.problems([{ method: 'GET', path: '/api/vocabulary', status: 503 }])).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });
});
