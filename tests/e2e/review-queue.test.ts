// End to end: upload a short text in the Data panel, review what extraction proposes with the keyboard, accept a
// relation, and find it on the canvas with its sentence highlighted in the reader.
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CandidatesResponseSchema } from '@kgx/contract';
import { removeDataset } from '../../server/src/ingest/remove.ts';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { countGraph } from '../support/graph-counts.ts';
import { useExplorer } from './explorer-app.ts';
import { UI_TIMEOUT_MS, cyElementIds, waitForCanvas } from './explorer-page.ts';

const FILE = path.resolve(import.meta.dirname, '../fixtures/text/port-inquiry.txt');
const DATASET = 'port-inquiry';

/** Uploads the port inquiry in the Data panel and opens the Review tab once its extraction is done: the candidate list. */
async function uploadAndReview(page: Page): Promise<Locator> {
  await page.goto('/');
  await waitForCanvas(page, { minNodes: 1 });
  await page.getByTestId('tab-data').click();
  await page.getByTestId('upload-files').setInputFiles([FILE]);
  await page.getByTestId('upload-import').click();
  await page.locator('[data-testid="upload-result"][data-status="done"]').waitFor({ timeout: UI_TIMEOUT_MS });
  await page.getByTestId('tab-review').click();
  await page.locator('[data-testid="review-extraction"][data-status="done"]').waitFor({ timeout: UI_TIMEOUT_MS });
  const list = page.getByTestId('candidate-list');
  await list.waitFor({ timeout: UI_TIMEOUT_MS });
  return list;
}

describe('the review queue', () => {
  const explorer = useExplorer();

  it('reviews the candidates of an uploaded text with the keyboard and shows an accepted relation with its sentence', async ({ task }) => {
    const { baseUrl, client } = explorer().app;
    const before = await countGraph(client);
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/');
      await waitForCanvas(page, { minNodes: 1 });
      await page.getByTestId('tab-data').click();
      await page.getByTestId('upload-files').setInputFiles([FILE]);
      expect(await page.getByTestId('upload-extract').isChecked()).toBe(true);
      await page.getByTestId('upload-import').click();
      await page.locator('[data-testid="upload-result"][data-status="done"]').waitFor({ timeout: UI_TIMEOUT_MS });

      await page.getByTestId('tab-review').click();
      await page.locator('[data-testid="review-extraction"][data-status="done"]').waitFor({ timeout: UI_TIMEOUT_MS });
      const list = page.getByTestId('candidate-list');
      await list.waitFor({ timeout: UI_TIMEOUT_MS });
      await session.screenshot('relation candidates of the uploaded text');

      // The candidate to accept, as the API lists it: the visit, whose subject the graph already knows.
      const response = await fetch(`${baseUrl}/api/datasets/${DATASET}/candidates`);
      const { relations } = CandidatesResponseSchema.parse(await response.json());
      const visit = relations.find((c) => c.type === 'VISITED' && c.subject.id === 'person:ruben-vardanyan');
      if (!visit) throw new Error('extraction did not propose the visit');
      const position = relations.findIndex((c) => c.id === visit.id);

      await list.focus();
      for (let i = 0; i < position; i++) await page.keyboard.press('j');
      const current = page.locator('[data-testid="candidate-item"][aria-selected="true"]');
      expect(await current.getAttribute('data-candidate-id')).toBe(visit.id);
      expect(await current.getByTestId('candidate-subject').textContent()).toBe('Ruben Vardanyan');
      expect(await current.getByTestId('candidate-object').textContent()).toBe('Valmora');
      await page.keyboard.press('a');

      const message = page.getByTestId('review-message');
      await message.filter({ hasText: 'Accepted' }).waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await message.textContent()).toContain('Ruben Vardanyan — visited → Valmora');
      await expect.poll(async () => Number(await list.getAttribute('data-count')), { timeout: UI_TIMEOUT_MS }).toBe(relations.length - 1);
      await session.screenshot('the visit accepted');

      await page.getByTestId('review-show').click();
      await expect
        .poll(async () => (await cyElementIds(page)).edges, { timeout: UI_TIMEOUT_MS })
        .toContain('person:ruben-vardanyan>VISITED>place:valmora');
      const highlighted = page.getByTestId('highlighted-quote');
      await highlighted.first().waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await highlighted.first().textContent()).toContain('Ruben Vardanyan visited Valmora in April 2024.');
      await session.screenshot('the accepted relation on the canvas, its sentence in the reader');

      // u undoes the last decision: the relation leaves the graph again.
      await page.getByTestId('tab-review').click();
      await list.focus();
      await page.keyboard.press('u');
      await message.filter({ hasText: 'Undone' }).waitFor({ timeout: UI_TIMEOUT_MS });
      await expect.poll(async () => Number(await list.getAttribute('data-count')), { timeout: UI_TIMEOUT_MS }).toBe(relations.length);
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
      await removeDataset(client, DATASET);
    }
    expect((await countGraph(client)).fingerprint).toBe(before.fingerprint);
  });

  it('keeps the keyboard in the queue after each decision, and undoes decisions one after another (bug: focus fell to the page, and u undid only the last)', async ({
    task,
  }) => {
    const { baseUrl, client } = explorer().app;
    const before = await countGraph(client);
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      const list = await uploadAndReview(page);
      expect(await page.getByTestId('review-dataset').inputValue()).toBe(DATASET);

      const response = await fetch(`${baseUrl}/api/datasets/${DATASET}/candidates`);
      const { relations } = CandidatesResponseSchema.parse(await response.json());
      const position = relations.findIndex((c) => c.type === 'VISITED' && c.subject.id === 'person:ruben-vardanyan');
      expect(position).toBeGreaterThanOrEqual(0);
      const count = async () => Number(await list.getAttribute('data-count'));

      // One focus, then only keys: accept, reject, undo, undo.
      await list.focus();
      for (let i = 0; i < position; i++) await page.keyboard.press('j');
      await page.keyboard.press('a');
      await expect.poll(count, { timeout: UI_TIMEOUT_MS }).toBe(relations.length - 1);
      await page.keyboard.press('r');
      await expect.poll(count, { timeout: UI_TIMEOUT_MS }).toBe(relations.length - 2);
      await session.screenshot('accepted and rejected from the keyboard');
      await page.keyboard.press('u');
      await expect.poll(count, { timeout: UI_TIMEOUT_MS }).toBe(relations.length - 1);
      await page.keyboard.press('u');
      await expect.poll(count, { timeout: UI_TIMEOUT_MS }).toBe(relations.length);

      const after = CandidatesResponseSchema.parse(await (await fetch(`${baseUrl}/api/datasets/${DATASET}/candidates`)).json());
      expect(after.counts.relations).toMatchObject({ accepted: 0, rejected: 0 });
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
      await removeDataset(client, DATASET);
    }
    expect((await countGraph(client)).fingerprint).toBe(before.fingerprint);
  });

  it('keeps the keyboard when the last candidate is decided, so u still undoes it (bug: the list went, and the keys with it)', async ({
    task,
  }) => {
    const { baseUrl, client } = explorer().app;
    const before = await countGraph(client);
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      const list = await uploadAndReview(page);
      const total = Number(await list.getAttribute('data-count'));
      expect(total).toBeGreaterThan(0);

      // Reject every relation candidate from the keyboard, one after another.
      await list.focus();
      for (let left = total; left > 1; left--) {
        await page.keyboard.press('r');
        await expect.poll(async () => Number(await list.getAttribute('data-count')), { timeout: UI_TIMEOUT_MS }).toBe(left - 1);
      }
      await page.keyboard.press('r');
      const empty = page.getByTestId('review-empty');
      await empty.waitFor({ timeout: UI_TIMEOUT_MS });
      await expect
        .poll(
          () => empty.evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement),
          {
            timeout: UI_TIMEOUT_MS,
          },
        )
        .toBe(true);
      expect(await empty.textContent()).toContain('Press u to undo');
      await session.screenshot('every relation candidate decided');

      await page.keyboard.press('u');
      await expect.poll(async () => Number(await list.getAttribute('data-count')), { timeout: UI_TIMEOUT_MS }).toBe(1);
      const after = CandidatesResponseSchema.parse(await (await fetch(`${baseUrl}/api/datasets/${DATASET}/candidates`)).json());
      expect(after.counts.relations).toMatchObject({ rejected: total - 1 });
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
      await removeDataset(client, DATASET);
    }
    expect((await countGraph(client)).fingerprint).toBe(before.fingerprint);
  });
});
