// End to end: "Include organs and members" in Who did what finds what a state's army and ministries did and says through
// whom; a shared link keeps the option; the path finder, asked the same, shows the organ step (issue #11).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RelationsResponseSchema, relationId } from '@kgx/contract';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { importBesideDemo } from '../support/dataset-beside-demo.ts';
import { call } from '../support/test-app.ts';
import { ARMY, MERIDIA, ORGANS_DATASET, ORGANS_RELATIONS as R, TOMAS } from '../fixtures/organs-dataset.ts';
import { useExplorer } from './explorer-app.ts';
import { UI_TIMEOUT_MS, cyElementIds, pathText, pickEntity } from './explorer-page.ts';

function normalise(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

describe('who did what, with the organs and members of a state', () => {
  const explorer = useExplorer();
  let dataset: Awaited<ReturnType<typeof importBesideDemo>> | undefined;
  // Hooks after the explorer's: the data set goes in once the app is up and comes out before it stops.
  beforeAll(async () => {
    dataset = await importBesideDemo(explorer().app.client, ORGANS_DATASET);
  });
  afterAll(async () => {
    await dataset?.remove();
  });

  it('ticks the option and sees the army’s detention as a row "via" the army, kept in the link; unticked, it is gone', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const relations = async (query: string) => RelationsResponseSchema.parse((await call(baseUrl, `/api/relations?${query}`)).body);
    const plain = await relations(`subject=${MERIDIA}`);
    const expected = await relations(`subject=${MERIDIA}&includeOrgans=true`);
    const detention = relationId(R.armyDetainedTomas);
    const accusation = relationId(R.ministryAccusedTomas);
    expect(expected.triples.map((t) => t.relation.id)).toEqual(expect.arrayContaining([detention, accusation]));

    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/?panel=who');
      await page.getByTestId('relation-query').waitFor({ timeout: UI_TIMEOUT_MS });
      await pickEntity(page, { input: 'who-subject-input', option: 'who-subject-option', text: 'meridia', entityId: MERIDIA });

      // Without the option: only what Meridia itself did, and no row says "via".
      await page.getByTestId('who-run').click();
      await page.locator(`[data-testid="who-results"][data-row-count="${plain.triples.length}"]`).waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await page.locator(`[data-testid="who-row"][data-edge-id="${detention}"]`).count()).toBe(0);
      expect(await page.getByTestId('who-subject-via').count()).toBe(0);

      await page.getByTestId('who-include-organs').check();
      await page.getByTestId('who-run').click();
      const detentionRow = page.locator(`[data-testid="who-row"][data-edge-id="${detention}"]`);
      await detentionRow.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await page.getByTestId('who-row').count()).toBe(expected.triples.length);
      const subjectCell = detentionRow.locator('td').first();
      const [subjectName, subjectVia] = await Promise.all([
        subjectCell.locator('.entity-chip-name').textContent(),
        subjectCell.getByTestId('who-subject-via').textContent(),
      ]);
      expect(normalise(`${subjectName} ${subjectVia}`)).toBe('Meridian Army (organ of Meridia)');
      const accusationVia = page.locator(`[data-testid="who-row"][data-edge-id="${accusation}"] [data-testid="who-subject-via"]`);
      expect(normalise(await accusationVia.textContent())).toBe('(organ of Government of Meridia, organ of Meridia)');
      await session.screenshot('rows via organs');

      // Onto the canvas, the row brings the tie that makes it Meridia's.
      await detentionRow.locator('.relation-cell button').click();
      await expect
        .poll(async () => (await cyElementIds(page)).edges, { timeout: UI_TIMEOUT_MS })
        .toEqual(expect.arrayContaining([detention, relationId(R.armyOfMeridia)]));
      expect((await cyElementIds(page)).nodes).toEqual(expect.arrayContaining([MERIDIA, ARMY, TOMAS]));

      // The link carries the option; opened again, it asks the same and shows the same rows.
      await expect.poll(() => new URL(page.url()).searchParams.get('wi'), { timeout: UI_TIMEOUT_MS }).toBe('1');
      const link = page.url();
      const reopened = await session.context.newPage();
      await reopened.goto(link);
      await reopened.locator(`[data-testid="who-row"][data-edge-id="${detention}"] [data-testid="who-subject-via"]`).waitFor({
        timeout: UI_TIMEOUT_MS,
      });
      expect(await reopened.getByTestId('who-include-organs').isChecked()).toBe(true);
      await reopened.close();

      await page.getByTestId('who-include-organs').uncheck();
      await page.getByTestId('who-run').click();
      await page.locator(`[data-testid="who-results"][data-row-count="${plain.triples.length}"]`).waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await detentionRow.count()).toBe(0);
      expect(await page.getByTestId('who-subject-via').count()).toBe(0);
      await expect.poll(() => new URL(page.url()).searchParams.get('wi'), { timeout: UI_TIMEOUT_MS }).toBeNull();

      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });

  it('shows the organ step of a path from the state through the chosen relations, from a shared link', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto(`/?panel=paths&pf=${MERIDIA}&pt=${TOMAS}&hops=1&k=1&pr=DETAINED&pi=1`);
      const result = page.getByTestId('path-result').first();
      await result.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await pathText(result)).toBe('Meridia —has organ→ Meridian Army —detained→ Tomas Vell');
      const organStep = result.locator(`[data-testid="path-step"][data-edge-id="${relationId(R.armyOfMeridia)}"]`);
      expect(await organStep.getAttribute('data-tie')).toBe('true');
      const detentionStep = result.locator(`[data-testid="path-step"][data-edge-id="${relationId(R.armyDetainedTomas)}"]`);
      expect(await detentionStep.getAttribute('data-tie')).toBe('false');
      expect(await page.getByTestId('path-include-organs').isChecked()).toBe(true);
      await session.screenshot('organ step in a path');

      // Unticked, the chosen relation alone does not reach the state.
      await page.getByTestId('path-include-organs').uncheck();
      await page.getByTestId('path-run').click();
      await page.getByTestId('path-empty').waitFor({ timeout: UI_TIMEOUT_MS });
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });
});
