// End to end: a link carries the view, so opening it in a fresh browser shows the same entities, selection and path results.
import { describe, expect, it } from 'vitest';
import { PathsResponseSchema } from '@kgx/contract';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { call } from '../support/test-app.ts';
import { useExplorer } from './explorer-app.ts';
import {
  UI_TIMEOUT_MS,
  cyElementIds,
  cyVisibleNodeIds,
  isNodeClickable,
  detailsSelectedId,
  nodePagePosition,
  pathText,
  pickEntity,
  waitForCanvas,
  waitForDetailsOf,
} from './explorer-page.ts';

const RUBEN = 'person:ruben-vardanyan';
const PASHINYAN = 'person:nikol-pashinyan';
const STEPANAKERT = 'place:stepanakert';

/** The entity ids a link puts on the canvas (its `e` parameter), sorted. */
function linkedEntityIds(url: string): string[] {
  const raw = new URL(url).searchParams.get('e');
  return raw === null ? [] : raw.split(',').sort();
}

describe('sharing a link to the view', () => {
  const explorer = useExplorer();

  it('restores the entities, the selection and the path results a hand-written link names', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const expected = PathsResponseSchema.parse((await call(baseUrl, `/api/paths?from=${RUBEN}&to=${STEPANAKERT}&maxHops=4&k=2`)).body);
    expect(expected.paths.length).toBeGreaterThan(0);
    const link = `/?panel=paths&e=${RUBEN},${PASHINYAN},${STEPANAKERT}&sel=${RUBEN}&pf=${RUBEN}&pt=${STEPANAKERT}&hops=4&k=2`;
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto(link);
      await page.getByTestId('path-results').waitFor({ timeout: UI_TIMEOUT_MS });
      await waitForDetailsOf(page, RUBEN);
      await waitForCanvas(page, { minNodes: 3 });

      const { nodes } = await cyElementIds(page);
      for (const id of [RUBEN, PASHINYAN, STEPANAKERT]) expect(nodes).toContain(id);
      // The re-run paths bring their own steps onto the canvas.
      for (const id of expected.paths.flatMap((p) => p.nodeIds)) expect(nodes).toContain(id);
      expect(await page.getByTestId('sidebar').getAttribute('data-panel')).toBe('paths');
      expect(await page.getByTestId('details-title').textContent()).toBe('Ruben Vardanyan');
      expect(await page.getByTestId('path-from-value').getAttribute('data-entity-id')).toBe(RUBEN);
      expect(await page.getByTestId('path-to-value').getAttribute('data-entity-id')).toBe(STEPANAKERT);
      expect(await page.getByTestId('path-max-hops').inputValue()).toBe('4');
      expect(await page.getByTestId('path-k').inputValue()).toBe('2');
      const results = page.getByTestId('path-result');
      expect(await results.count()).toBe(expected.paths.length);
      for (let i = 0; i < expected.paths.length; i++) {
        const text = await pathText(results.nth(i));
        expect(text.startsWith('Ruben Vardanyan —'), text).toBe(true);
        expect(text.endsWith('→ Stepanakert'), text).toBe(true);
      }
      await session.screenshot('linked view restored');

      // Once restored, the address bar describes the view and still names what the link named.
      await expect.poll(() => linkedEntityIds(page.url()), { timeout: UI_TIMEOUT_MS }).toEqual(nodes);
      const params = new URL(page.url()).searchParams;
      expect([params.get('panel'), params.get('sel'), params.get('pf'), params.get('pt'), params.get('hops'), params.get('k')]).toEqual([
        'paths',
        RUBEN,
        RUBEN,
        STEPANAKERT,
        '4',
        '2',
      ]);
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });

  it('reopens a view built by hand from its address, with the same entities, selection and hidden node', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const author = await openSession(explorer().browser, { baseUrl, testName: task.name });
    try {
      const { page } = author;
      await page.goto('/');
      await waitForCanvas(page, { minNodes: 1 });
      await page.getByTestId('clear-canvas').click();
      await page.getByTestId('canvas-empty').waitFor({ timeout: UI_TIMEOUT_MS });
      await pickEntity(page, { input: 'search-input', option: 'search-result', text: 'vardan', entityId: RUBEN });
      await waitForDetailsOf(page, RUBEN);
      await waitForCanvas(page, { nodes: 1 });
      await page.getByTestId('expand-button').click();
      const expanded = await waitForCanvas(page, { minNodes: 2 });
      await author.screenshot('ruben vardanyan expanded');

      // Hide one neighbour and select another, so the link has to carry both.
      const neighbours = (await cyElementIds(page)).nodes.filter((id) => id !== RUBEN);
      const [hiddenId] = neighbours;
      if (!hiddenId || neighbours.length < 2) throw new Error('expanding Ruben Vardanyan brought in fewer than two neighbours');
      await page.locator(`[data-testid="relation-row"] [data-entity-id="${hiddenId}"]`).click();
      await waitForDetailsOf(page, hiddenId);
      await page.getByTestId('hide-button').click();
      await waitForCanvas(page, { visibleNodes: expanded.nodeCount - 1 });
      await page.locator(`[data-testid="hidden-list"] [data-entity-id="${hiddenId}"]`).waitFor({ timeout: UI_TIMEOUT_MS });
      await author.screenshot('one neighbour hidden');
      // Select a neighbour the layout left in plain view, as a user would; one under a panel would need panning first.
      let selectedId: string | undefined;
      for (const id of neighbours.slice(1)) {
        if (await isNodeClickable(page, id)) {
          selectedId = id;
          break;
        }
      }
      selectedId ??= neighbours[1] ?? '';
      const at = await nodePagePosition(page, selectedId);
      await page.mouse.click(at.x, at.y);
      await waitForDetailsOf(page, selectedId);
      const cyBefore = await cyElementIds(page);
      const visibleBefore = await cyVisibleNodeIds(page);
      expect(visibleBefore).not.toContain(hiddenId);
      await author.screenshot('another neighbour selected');

      await expect.poll(() => linkedEntityIds(page.url()), { timeout: UI_TIMEOUT_MS }).toEqual(cyBefore.nodes);
      await expect.poll(() => new URL(page.url()).searchParams.get('hidden'), { timeout: UI_TIMEOUT_MS }).toBe(hiddenId);
      const link = page.url();

      const recipient = await openSession(explorer().browser, { baseUrl, testName: task.name });
      try {
        const reopened = recipient.page;
        await reopened.goto(link);
        await waitForCanvas(reopened, { nodes: cyBefore.nodes.length, visibleNodes: visibleBefore.length });
        const cyAfter = await cyElementIds(reopened);
        expect(cyAfter.nodes).toEqual(cyBefore.nodes);
        // Restoring brings the relations among the linked entities, so at least those that were drawn.
        for (const id of cyBefore.edges) expect(cyAfter.edges).toContain(id);
        expect(await cyVisibleNodeIds(reopened)).toEqual(visibleBefore);
        await waitForDetailsOf(reopened, selectedId);
        expect(await detailsSelectedId(reopened)).toBe(await detailsSelectedId(page));
        await recipient.screenshot('same view reopened');
        expect(recipient.problems()).toEqual(NO_PROBLEMS);
      } finally {
        await recipient.close();
      }
      expect(author.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await author.close();
    }
  });
});
