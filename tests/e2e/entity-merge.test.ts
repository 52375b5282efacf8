// End to end: merge a duplicate into the entity shown in the details panel, see its name become an alias, and undo
// the merge, leaving the graph exactly as it was.
import { describe, expect, it } from 'vitest';
import { EntityResponseSchema } from '@kgx/contract';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { countGraph } from '../support/graph-counts.ts';
import { useExplorer } from './explorer-app.ts';
import { UI_TIMEOUT_MS, cyNodeIds, pickEntity, waitForCanvas, waitForDetailsOf } from './explorer-page.ts';

const KEPT = 'person:marut-vanyan';
const DUPLICATE = 'person:gev-iskanyan';

describe('merging a duplicate in the details panel', () => {
  const explorer = useExplorer();

  it('merges a picked duplicate into the shown entity, and undoes it', async ({ task }) => {
    const { baseUrl, client } = explorer().app;
    const before = await countGraph(client);
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/');
      await waitForCanvas(page, { minNodes: 1 });
      await pickEntity(page, { input: 'search-input', option: 'search-result', text: 'Gev Iskanyan', entityId: DUPLICATE });
      await waitForDetailsOf(page, DUPLICATE);
      await pickEntity(page, { input: 'search-input', option: 'search-result', text: 'Marut Vanyan', entityId: KEPT });
      await waitForDetailsOf(page, KEPT);

      await pickEntity(page, { input: 'merge-input', option: 'merge-option', text: 'Gev Iskanyan', entityId: DUPLICATE });
      await page.getByTestId('merge-confirm').click();
      const done = page.getByTestId('merge-done');
      await done.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await done.textContent()).toContain('Merged “Gev Iskanyan” into “Marut Vanyan”');
      await expect.poll(() => cyNodeIds(page), { timeout: UI_TIMEOUT_MS }).not.toContain(DUPLICATE);
      const kept = EntityResponseSchema.parse(await (await fetch(`${baseUrl}/api/entities/${KEPT}`)).json());
      expect(kept.entity.aliases).toContain('Gev Iskanyan');
      await session.screenshot('the duplicate merged');

      await page.getByTestId('merge-undo').click();
      await expect.poll(() => cyNodeIds(page), { timeout: UI_TIMEOUT_MS }).toContain(DUPLICATE);
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
    expect(await countGraph(client)).toEqual(before);
  });
});
