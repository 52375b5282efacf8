// End to end: the Documents tab finds the sentences that say something, opens one highlighted in its document, puts a
// relation it supports on the canvas, and lists every document.
import { describe, expect, it } from 'vitest';
import { DocumentsResponseSchema, TextSearchResponseSchema } from '@kgx/contract';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { call } from '../support/test-app.ts';
import { useExplorer } from './explorer-app.ts';
import { UI_TIMEOUT_MS, cyElementIds, waitForCanvas } from './explorer-page.ts';

const QUERY = 'passports';

describe('the Documents tab', () => {
  const explorer = useExplorer();

  it('finds the sentences holding the words, opens one in its document, and puts a relation it supports on the canvas', async ({
    task,
  }) => {
    const { baseUrl } = explorer().app;
    const api = TextSearchResponseSchema.parse((await call(baseUrl, `/api/search/text?q=${QUERY}&limit=50`)).body);
    const documents = DocumentsResponseSchema.parse((await call(baseUrl, '/api/documents')).body).documents;
    expect(api.hits.length).toBeGreaterThan(0);
    const supporting = api.hits.find((hit) => hit.relations.length > 0);
    if (!supporting) throw new Error(`no sentence holding '${QUERY}' supports a relation in the seed data`);

    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/?panel=documents');
      await waitForCanvas(page, { minNodes: 1 });
      const all = page.getByTestId('all-documents');
      await all.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(Number(await all.getAttribute('data-document-count'))).toBe(documents.length);

      await page.getByTestId('text-search-input').fill(QUERY);
      await page.getByTestId('text-search-submit').click();
      const hits = page.getByTestId('text-hits');
      await hits.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(Number(await hits.getAttribute('data-hit-count'))).toBe(api.hits.length);
      expect((await page.locator('mark.text-hit-match').allTextContents()).map((t) => t.toLowerCase())).toContain(QUERY);
      await session.screenshot('sentences holding the words');

      const item = page.locator(`[data-testid="text-hit"][data-document-id="${supporting.document.id}"]`).first();
      await item.getByTestId('text-hit-relation').first().click();
      const relationId = supporting.relations[0]!.relation.id;
      await expect.poll(async () => (await cyElementIds(page)).edges, { timeout: UI_TIMEOUT_MS }).toContain(relationId);

      await item.getByTestId('text-hit-open').click();
      const reader = page.locator('[data-testid="document-reader"][data-status="done"]');
      await reader.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await reader.getAttribute('data-document-id')).toBe(supporting.document.id);
      const highlighted = page.getByTestId('highlighted-quote');
      await highlighted.waitFor({ timeout: UI_TIMEOUT_MS });
      expect((await highlighted.textContent())?.replace(/\s+/g, ' ').trim()).toBe(supporting.text.replace(/\s+/g, ' ').trim());
      await session.screenshot('the sentence in its document');
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });
});
