// End to end: import a small CSV data set in the Data panel, find one of its entities, read a relation's row
// provenance, and remove the data set, leaving the graph as it was.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeDataset } from '../../server/src/ingest/remove.ts';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { countGraph } from '../support/graph-counts.ts';
import { useExplorer } from './explorer-app.ts';
import { UI_TIMEOUT_MS, pickEntity, waitForCanvas, waitForDetailsOf } from './explorer-page.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/csv');
const FILES = [path.join(FIXTURES, 'companies.csv'), path.join(FIXTURES, 'ownership.csv')];
const DATASET = 'harbour-registry';
const BRASK = 'person:teodor-brask';

describe('importing data in the Data panel', () => {
  const explorer = useExplorer();

  it('previews and imports a CSV data set, finds its entity, shows a relation’s file and row, and removes it', async ({ task }) => {
    const { baseUrl, client } = explorer().app;
    const before = await countGraph(client);
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/');
      await waitForCanvas(page, { minNodes: 1 });
      await page.getByTestId('tab-data').click();
      await page.getByTestId('upload-files').setInputFiles(FILES);
      await page.getByTestId('upload-name').fill('Harbour registry');

      await page.getByTestId('upload-preview').click();
      const preview = page.getByTestId('upload-preview-result');
      await preview.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await preview.getAttribute('data-refused')).toBe('false');
      const rows = page.getByTestId('preview-row');
      expect(await rows.count()).toBeGreaterThan(0);
      expect(await preview.textContent()).toContain('Teodor Brask');
      expect(await preview.textContent()).toContain('companies.csv');
      await session.screenshot('preview of the CSV files');

      await page.getByTestId('upload-import').click();
      const result = page.locator('[data-testid="upload-result"][data-status="done"]');
      await result.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await result.textContent()).toContain('Imported “Harbour registry”: 5 entities, 5 relations');
      const listed = page.locator(`[data-testid="dataset-item"][data-dataset-id="${DATASET}"]`);
      await listed.waitFor({ timeout: UI_TIMEOUT_MS });
      await session.screenshot('data set imported');

      await page.getByTestId('tab-explore').click();
      await pickEntity(page, { input: 'search-input', option: 'search-result', text: 'Teodor Brask', entityId: BRASK });
      await waitForDetailsOf(page, BRASK);
      const row = page.locator('[data-testid="relation-row"]', { hasText: 'Lakeside Freight' }).first();
      await row.getByTestId('relation-evidence-button').click();
      const record = page.getByTestId('evidence-record').first();
      await record.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await record.textContent()).toMatch(/^ownership\.csv, row \d+$/);
      expect(await page.getByTestId('evidence-cells').first().textContent()).toContain('payroll extract');
      await session.screenshot('row provenance of a relation');

      await page.getByTestId('tab-data').click();
      await listed.getByTestId('dataset-remove').click();
      await listed.getByTestId('dataset-remove-confirm').click();
      await page.getByTestId('dataset-removed').waitFor({ timeout: UI_TIMEOUT_MS });
      await expect.poll(async () => (await countGraph(client)).fingerprint, { timeout: UI_TIMEOUT_MS }).toBe(before.fingerprint);
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
      await removeDataset(client, DATASET);
    }
  });
});
