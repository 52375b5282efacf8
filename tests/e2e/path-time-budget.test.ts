// End to end: a time-ordered path search that runs out of time says so, and one click keeps looking for longer.
import { describe, expect, it } from 'vitest';
import { PathsResponseSchema } from '@kgx/contract';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { call } from '../support/test-app.ts';
import { useExplorer } from './explorer-app.ts';
import { UI_TIMEOUT_MS, pickEntity } from './explorer-page.ts';

const OFFENSIVE = 'event:2023-azerbaijani-offensive';
const ARREST = 'event:2023-arrest-of-ruben-vardanyan';

describe('a time-ordered path search out of time', () => {
  // A budget of 1 ms: the demo's walks cannot come one by one in that time, so every time-ordered search runs out.
  const explorer = useExplorer(async () => ({ pathTimeOrderBudgetMs: 1 }));

  it('says the search ran out of time, and keeps looking for up to 10 s when asked', async ({ task }) => {
    const { baseUrl } = explorer().app;
    // The premise: with the server's budget the search runs out of time (none of the few shortest, asked for again with
    // the query timeout, runs forward in time from the arrest to the offensive); with 10 s it does not.
    const short = await call(baseUrl, `/api/paths?from=${ARREST}&to=${OFFENSIVE}&timeOrdered=true`);
    expect(PathsResponseSchema.parse(short.body).timeOrder).toMatchObject({ end: 'budget', budgetMs: 1 });
    const long = await call(baseUrl, `/api/paths?from=${ARREST}&to=${OFFENSIVE}&timeOrdered=true&timeBudgetMs=10000`);
    expect(PathsResponseSchema.parse(long.body).timeOrder?.end).not.toBe('budget');

    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/?panel=paths');
      await page.getByTestId('path-finder').waitFor({ timeout: UI_TIMEOUT_MS });
      await pickEntity(page, { input: 'path-from-input', option: 'path-from-option', text: 'arrest of ruben', entityId: ARREST });
      await pickEntity(page, { input: 'path-to-input', option: 'path-to-option', text: 'offensive', entityId: OFFENSIVE });
      await page.getByTestId('path-time-ordered').check();
      await page.getByTestId('path-run').click();

      const summary = page.getByTestId('path-time-order-summary');
      await summary.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await summary.getAttribute('data-end')).toBe('budget');
      expect(await summary.textContent()).toContain("The search's time (1 ms) ran out");
      await session.screenshot('out of time');

      const longer = page.waitForResponse((r) => r.url().includes('/api/paths?') && r.url().includes('timeBudgetMs=10000'), {
        timeout: UI_TIMEOUT_MS,
      });
      await page.getByTestId('path-look-longer').click();
      const answer = PathsResponseSchema.parse(await (await longer).json());
      expect(answer.timeOrder?.budgetMs).toBe(10_000);
      await expect.poll(() => summary.getAttribute('data-end'), { timeout: UI_TIMEOUT_MS }).toBe(answer.timeOrder?.end);
      expect(await page.getByTestId('path-look-longer').count()).toBe(0);
      expect(await page.getByTestId('path-result').count()).toBe(answer.paths.length);
      await session.screenshot('looked longer');

      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });
});
