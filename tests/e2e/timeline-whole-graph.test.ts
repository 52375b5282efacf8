// End to end: the timeline over the whole graph counts what the API counts, puts what happened in a range on the canvas,
// and plays month by month with the canvas and the range following.
import { describe, expect, it } from 'vitest';
import { TimelineHistogramResponseSchema, TimelineResponseSchema, type TimelineResponse } from '@kgx/contract';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { call } from '../support/test-app.ts';
import { useExplorer } from './explorer-app.ts';
import { UI_TIMEOUT_MS, cyClassMembers, cyElementIds, waitForCanvas } from './explorer-page.ts';

describe('the timeline over the whole graph', () => {
  const explorer = useExplorer();

  async function windowOf(from: string, to: string, limit: number): Promise<TimelineResponse> {
    const response = await call(explorer().app.baseUrl, `/api/timeline?from=${from}&to=${to}&limit=${limit}`);
    return TimelineResponseSchema.parse(response.body);
  }

  it('counts every dated item, shows what happened in a range, and plays it month by month with the canvas following', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const counts = TimelineHistogramResponseSchema.parse((await call(baseUrl, '/api/timeline/histogram')).body);
    const dated = counts.months.reduce((sum, m) => sum + m.events + m.relations, 0);
    expect(dated).toBeGreaterThan(0);
    const offensive = await windowOf('2023-09-19', '2023-09-20', 100);
    const september = await windowOf('2023-09', '2023-09', 40);
    const october = await windowOf('2023-10', '2023-10', 40);
    // The premise: each window holds something the others do not, or following the steps would prove nothing.
    expect(offensive.edges.length).toBeGreaterThan(0);
    expect(october.edges.length).toBeGreaterThan(0);
    const septemberOnly = september.edges.filter((e) => e.dateTo !== undefined && e.dateTo < '2023-10-01').map((e) => e.id);
    expect(septemberOnly.length).toBeGreaterThan(0);

    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/?panel=timeline&ts=graph');
      await waitForCanvas(page, { minNodes: 1 });
      await page.getByTestId('timeline-histogram').waitFor({ timeout: UI_TIMEOUT_MS });
      const summary = await page.getByTestId('timeline-graph-summary').textContent();
      const events = counts.months.reduce((sum, m) => sum + m.events, 0);
      const relations = counts.months.reduce((sum, m) => sum + m.relations, 0);
      expect(summary).toContain(`${events} dated event`);
      expect(summary).toContain(`${relations} dated relation`);
      await session.screenshot('whole-graph histogram');

      // Show what happened during the offensive: exactly what the API says is in that range comes onto the canvas.
      await page.getByTestId('timeline-from').fill('2023-09-19');
      await page.getByTestId('timeline-to').fill('2023-09-20');
      await page.getByTestId('timeline-show-period').click();
      await expect
        .poll(async () => page.getByTestId('timeline-period-result').textContent(), { timeout: UI_TIMEOUT_MS })
        .toContain('This range');
      const afterShow = await cyElementIds(page);
      expect(offensive.nodes.map((n) => n.id).filter((id) => !afterShow.nodes.includes(id))).toEqual([]);
      expect(offensive.edges.map((e) => e.id).filter((id) => !afterShow.edges.includes(id))).toEqual([]);
      expect(await page.getByTestId('timeline-period-result').textContent()).toContain(
        `${offensive.relations.shown} relation${offensive.relations.shown === 1 ? '' : 's'}`,
      );
      await session.screenshot('what happened during the offensive');

      // Play September to October a month at a time.
      await page.getByTestId('timeline-from').fill('2023-09');
      await page.getByTestId('timeline-to').fill('2023-10');
      // Zoomed to the range, the bars are its two months, with whatever lies outside gathered at either end.
      await page.getByTestId('timeline-zoom').check();
      const bars = page.locator('[data-testid="timeline-histogram"] rect');
      await expect.poll(async () => page.getByTestId('timeline-histogram').getAttribute('data-unit')).toBe('month');
      const regular = await bars.evaluateAll((rects) => rects.filter((r) => !r.classList.contains('is-overflow')).length);
      expect(regular).toBe(2);
      await page.getByTestId('playback-speed').selectOption({ label: 'Fast' });
      const beforePlay = await cyElementIds(page);
      const historyBeforePlay = await page.evaluate(() => (globalThis as unknown as { history: { length: number } }).history.length);
      await page.getByTestId('playback-play').click();
      const playbackWindow = page.getByTestId('playback-window');
      await expect.poll(async () => playbackWindow.getAttribute('data-from'), { timeout: UI_TIMEOUT_MS }).toBe('2023-10');
      // The last step reached, playback stops by itself.
      await page.getByTestId('playback-play').waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await page.getByTestId('playback-play').textContent()).toBe('Resume');
      expect(await page.getByTestId('timeline-from').inputValue()).toBe('2023-10');
      expect(await page.getByTestId('timeline-to').inputValue()).toBe('2023-10');
      expect(page.url()).toContain('t0=2023-10');
      const afterPlay = await cyElementIds(page);
      expect(october.edges.map((e) => e.id).filter((id) => !afterPlay.edges.includes(id))).toEqual([]);
      expect(september.edges.map((e) => e.id).filter((id) => !afterPlay.edges.includes(id))).toEqual([]);
      // September's relations stay, dimmed: the current step is October.
      const dimmed = await cyClassMembers(page, 'out-of-range');
      expect(septemberOnly.filter((id) => !dimmed.edges.includes(id))).toEqual([]);
      expect(october.edges.map((e) => e.id).filter((id) => dimmed.edges.includes(id))).toEqual([]);
      await session.screenshot('played to October');

      // Stepping back shows September again; Stop gives the chosen range back.
      await page.getByTestId('playback-back').click();
      await expect.poll(async () => playbackWindow.getAttribute('data-from'), { timeout: UI_TIMEOUT_MS }).toBe('2023-09');
      await expect
        .poll(async () => (await cyClassMembers(page, 'out-of-range')).edges.filter((id) => septemberOnly.includes(id)))
        .toEqual([]);
      await page.getByTestId('playback-stop').click();
      expect(await page.getByTestId('timeline-from').inputValue()).toBe('2023-09');
      expect(await page.getByTestId('timeline-to').inputValue()).toBe('2023-10');
      expect(await playbackWindow.textContent()).toBe('Not playing.');

      // The whole playback is one Back step and one undo step (bug: each month was a step of each).
      const historyAfterPlay = await page.evaluate(() => (globalThis as unknown as { history: { length: number } }).history.length);
      expect(historyAfterPlay - historyBeforePlay).toBeLessThanOrEqual(1);
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await cyElementIds(page)).nodes, { timeout: UI_TIMEOUT_MS }).toEqual(beforePlay.nodes);

      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });
});
