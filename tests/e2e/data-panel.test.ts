// End to end: the Data panel lists the data sets with their counts and removes one, the graph's counts following.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../server/src/ingest/load.ts';
import { removeDataset } from '../../server/src/ingest/remove.ts';
import { SEED_DATASET } from '../../server/src/ingest/seed.ts';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { countGraph } from '../support/graph-counts.ts';
import { readSeedData } from '../support/seed-data.ts';
import { useExplorer } from './explorer-app.ts';
import { UI_TIMEOUT_MS, waitForCanvas } from './explorer-page.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/overlapping-dataset');
const OTHER = 'overlapping-dataset';

describe('the Data panel', () => {
  const explorer = useExplorer();

  it('lists the demo and a second data set with their counts, and removes the second, leaving the demo as it was', async ({ task }) => {
    const { baseUrl, client } = explorer().app;
    const demoOnly = await countGraph(client);
    const demoEntities = readSeedData().entities.length;
    await loadDataset(client, FIXTURE);
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/');
      await waitForCanvas(page, { minNodes: 1 });
      await page.getByTestId('tab-data').click();
      const list = page.getByTestId('dataset-list');
      await list.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await list.getAttribute('data-count')).toBe('2');
      const demo = page.locator(`[data-testid="dataset-item"][data-dataset-id="${SEED_DATASET.id}"]`);
      expect(await demo.getAttribute('data-status')).toBe('done');
      expect(await demo.getByTestId('dataset-counts').textContent()).toContain(`${readSeedData().entities.length} entities`);
      const other = page.locator(`[data-testid="dataset-item"][data-dataset-id="${OTHER}"]`);
      expect(await other.getByTestId('dataset-counts').textContent()).toBe('3 entities · 2 relations · 2 quotes · 1 document');
      // The shared entity counts once: 91 in the demo, one more (the court) from the other.
      await page
        .getByText(`${readSeedData().entities.length + 1} entities`)
        .first()
        .waitFor({ timeout: UI_TIMEOUT_MS });
      await session.screenshot('two data sets listed');

      await other.getByTestId('dataset-remove').click();
      await session.screenshot('removal asks to confirm');
      await other.getByTestId('dataset-remove-confirm').click();
      const removed = page.getByTestId('dataset-removed');
      await removed.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await removed.textContent()).toContain('1 entity, 1 relation, 2 quotes, 1 document');
      await page.locator(`[data-testid="dataset-list"][data-count="1"]`).waitFor({ timeout: UI_TIMEOUT_MS });
      await expect
        .poll(() => page.getByTestId('header-stats').textContent(), { timeout: UI_TIMEOUT_MS })
        .toContain(`${demoEntities} entities`);
      await session.screenshot('second data set removed');

      expect(await countGraph(client)).toEqual(demoOnly);
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
      // Leave only the demo for the next file, whatever happened.
      await removeDataset(client, OTHER);
    }
  });

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1280, height: 720 },
  ]) {
    it(`shows every sidebar tab whole at ${viewport.width}x${viewport.height} (the sixth tab, Data, was cut off)`, async ({ task }) => {
      const session = await openSession(explorer().browser, { baseUrl: explorer().app.baseUrl, testName: task.name, viewport });
      const { page } = session;
      try {
        await page.goto('/');
        const tabs = page.getByRole('tab');
        await tabs.first().waitFor({ timeout: UI_TIMEOUT_MS });
        const sidebar = await page.getByTestId('sidebar').boundingBox();
        if (!sidebar) throw new Error('the sidebar is not displayed');
        const boxes = await Promise.all((await tabs.all()).map((tab) => tab.boundingBox()));
        // Eight with Review and Admin, which the person at this machine has with accounts off.
        // Explore, Paths, Who did what, Timeline, Documents, Cypher, Data, Review, Admin.
        expect(boxes.length).toBe(9);
        for (const box of boxes) {
          expect(box).not.toBeNull();
          expect(box?.x ?? -1).toBeGreaterThanOrEqual(sidebar.x);
          expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(sidebar.x + sidebar.width);
        }
        await page.getByTestId('tab-data').click();
        await page.getByTestId('data-panel').waitFor({ timeout: UI_TIMEOUT_MS });
        await session.screenshot('data tab open');
      } finally {
        await session.close();
      }
    });
  }
});
