// End to end: on first load, with nothing selected, the explorer says what the graph holds: its data sets with their
// counts, and the span of time its dated events and relations cover.
import { DatasetsResponseSchema, TimelineHistogramResponseSchema } from '@kgx/contract';
import { describe, expect, it } from 'vitest';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { useExplorer } from './explorer-app.ts';
import { UI_TIMEOUT_MS, waitForCanvas } from './explorer-page.ts';

describe('first load', () => {
  const explorer = useExplorer();

  it('says which data sets the graph holds, with their counts, and the dates they span', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const [datasets, histogram] = await Promise.all([
      fetch(`${baseUrl}/api/datasets`).then(async (r) => DatasetsResponseSchema.parse(await r.json())),
      fetch(`${baseUrl}/api/timeline/histogram`).then(async (r) => TimelineHistogramResponseSchema.parse(await r.json())),
    ]);
    const demo = datasets.datasets.find((d) => d.status === 'done');
    expect(demo).toBeDefined();
    expect(histogram.months.length).toBeGreaterThan(0);

    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/');
      await waitForCanvas(page, { minNodes: 1 });
      const about = page.getByTestId('graph-about');
      await about.waitFor({ timeout: UI_TIMEOUT_MS });
      const row = about.locator(`[data-testid="graph-about-dataset"][data-dataset-id="${demo?.id}"]`);
      const text = (await row.textContent()) ?? '';
      expect(text).toContain(demo?.name);
      expect(text).toContain(`${demo?.counts.documents} documents`);
      expect(text).toContain(`${demo?.counts.entities} entities`);
      const dates = (await about.getByTestId('graph-about-dates').textContent()) ?? '';
      expect(dates).toContain(histogram.months[0]?.month.slice(0, 4));
      expect(dates).toContain(histogram.months.at(-1)?.month.slice(0, 4));
      await session.screenshot('what the graph holds');
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });
});
