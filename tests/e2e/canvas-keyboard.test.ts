// End to end: the canvas from the keyboard alone — Tab reaches it, the arrows follow relations and the focus is said
// aloud, Enter selects, E expands, the brackets reach a relation and V opens its quote; hidden entities are passed over,
// and a click moves the focus without outlining it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NeighborsResponseSchema } from '@kgx/contract';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { asQuote } from '../support/evidence.ts';
import { call } from '../support/test-app.ts';
import { useExplorer } from './explorer-app.ts';
import {
  UI_TIMEOUT_MS,
  canvas,
  cyClassMembers,
  focusedElement,
  cyNodeIds,
  cyVisibleNodeIds,
  nodePagePosition,
  readCanvas,
  waitForCanvas,
  waitForDetailsOf,
  type PageGlobals,
} from './explorer-page.ts';

const RUBEN = 'person:ruben-vardanyan';
const DETAINER = 'organisation:azerbaijani-armed-forces';
/** More presses than any of these walks needs: a walk that has not arrived by then never will. */
const MAX_PRESSES = 60;

interface Heard {
  /** What the live region says. */
  text: string;
  /** The id of what has the keyboard's focus. */
  focus: string;
}

async function hear(page: Page): Promise<Heard> {
  const [text, focus] = await Promise.all([
    page.getByTestId('canvas-announcement').textContent(),
    canvas(page).getAttribute('data-keyboard-focus'),
  ]);
  return { text: (text ?? '').trim(), focus: focus ?? '' };
}

/** Presses a key and waits for the canvas to say something (again), then answers what it said and where the focus is. */
async function press(page: Page, key: string): Promise<Heard> {
  const before = Number(await page.getByTestId('canvas-announcement').getAttribute('data-seq'));
  await page.keyboard.press(key);
  await page.waitForFunction(
    (seq) => {
      const region = (globalThis as unknown as PageGlobals).document.querySelector('[data-testid="canvas-announcement"]');
      return Number(region?.getAttribute('data-seq')) > seq;
    },
    before,
    { timeout: UI_TIMEOUT_MS },
  );
  return hear(page);
}

async function canvasHasFocus(page: Page): Promise<boolean> {
  return (await focusedElement(page)) === 'graph-canvas';
}

/** Presses Tab until the canvas has the focus, as a keyboard user would. */
async function tabToCanvas(page: Page): Promise<void> {
  for (let i = 0; i < MAX_PRESSES; i++) {
    await page.keyboard.press('Tab');
    if (await canvasHasFocus(page)) return;
  }
  throw new Error(`the canvas was not reached in ${MAX_PRESSES} presses of Tab`);
}

/** Presses a key until the focus is on `id`; answers what was said on arriving. */
async function pressUntilFocusOn(page: Page, key: string, id: string): Promise<Heard> {
  for (let i = 0; i < MAX_PRESSES; i++) {
    const heard = await press(page, key);
    if (heard.focus === id) return heard;
  }
  throw new Error(`${key} never brought the focus to '${id}'`);
}

function renderedPositions(page: Page, ids: readonly string[]): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate((wanted) => {
    const kgx = (globalThis as unknown as PageGlobals).__kgx;
    if (!kgx) throw new Error('window.__kgx is not installed');
    return Object.fromEntries(wanted.map((id) => [id, kgx.cy.getElementById(id).renderedPosition()]));
  }, ids);
}

describe('the canvas from the keyboard', () => {
  const explorer = useExplorer();

  it('moves along relations with the arrows, says what has the focus, and selects, expands and opens evidence from the keys', async ({
    task,
  }) => {
    const { baseUrl } = explorer().app;
    const neighbours = NeighborsResponseSchema.parse((await call(baseUrl, `/api/entities/${RUBEN}/neighbors`)).body);
    const neighbourIds = new Set(neighbours.nodes.map((n) => n.id).filter((id) => id !== RUBEN));
    const detention = neighbours.edges.find((e) => e.type === 'DETAINED' && e.source === DETAINER && e.target === RUBEN);
    const quote = asQuote(detention?.evidence[0]);
    if (!detention || !quote) throw new Error(`the seed graph has no quoted DETAINED relation from ${DETAINER} to ${RUBEN}`);

    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/');
      await waitForCanvas(page, { minNodes: 1 });
      await page.getByTestId('clear-canvas').click();
      await page.getByTestId('canvas-empty').waitFor({ timeout: UI_TIMEOUT_MS });

      // The entity goes on the canvas from the search, by keyboard.
      await page.keyboard.press('/');
      await page.locator('[data-testid="search-input"]:focus').waitFor({ timeout: UI_TIMEOUT_MS });
      await page.keyboard.type('vardan');
      await page.locator(`[data-testid="search-result"][data-entity-id="${RUBEN}"]`).waitFor({ timeout: UI_TIMEOUT_MS });
      for (let i = 0; i < MAX_PRESSES; i++) {
        if (await page.locator(`[data-testid="search-result"][data-entity-id="${RUBEN}"][aria-selected="true"]`).count()) break;
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Enter');
      await waitForDetailsOf(page, RUBEN);
      await waitForCanvas(page, { nodes: 1 });

      // Tab reaches the canvas; the focus lands on the selected entity and is said, with the keys described.
      await tabToCanvas(page);
      await page.waitForFunction(
        (id) =>
          (globalThis as unknown as PageGlobals).document
            .querySelector('[data-testid="graph-canvas"]')
            ?.getAttribute('data-keyboard-focus') === id,
        RUBEN,
        { timeout: UI_TIMEOUT_MS },
      );
      await expect
        .poll(async () => (await hear(page)).text)
        .toMatch(/^Ruben Vardanyan, Person, (no relations|0 of \d+ relations shown), selected; 1 of 1 on the canvas$/);
      expect((await cyClassMembers(page, 'keyboard-focus')).nodes).toEqual([RUBEN]);
      const describedBy = await canvas(page).getAttribute('aria-describedby');
      expect(await page.locator(`#${describedBy}`).textContent()).toMatch(
        /^Keys on the canvas\. .*Left, Up, Right, Down: move along a relation/,
      );
      expect(await canvas(page).getAttribute('aria-roledescription')).toBe('graph canvas');
      await session.screenshot('tab put the keyboard focus on ruben vardanyan');

      // E expands it, as a double-click does, with the same notice.
      await page.keyboard.press('e');
      const change = page.getByTestId('canvas-change');
      await change.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await change.textContent()).toMatch(/^Added \d+ entit(y|ies) and \d+ relations?$/);
      const expanded = await waitForCanvas(page, { nodes: neighbourIds.size + 1 });
      expect(await cyNodeIds(page)).toEqual([RUBEN, ...neighbourIds].sort());
      expect((await hear(page)).focus).toBe(RUBEN);
      await session.screenshot('e expanded ruben vardanyan');

      // An arrow leads to a neighbour along a relation, the one that way if there is one.
      const positions = await renderedPositions(page, [RUBEN, ...neighbourIds]);
      const from = positions[RUBEN];
      if (!from) throw new Error('ruben vardanyan has no position');
      const toTheRight = [...neighbourIds].filter((id) => (positions[id]?.x ?? -Infinity) > from.x);
      const right = await press(page, 'ArrowRight');
      expect(neighbourIds.has(right.focus)).toBe(true);
      if (toTheRight.length > 0) expect(toTheRight).toContain(right.focus);
      const rightName = neighbours.nodes.find((n) => n.id === right.focus)?.name ?? '';
      expect(right.text).toMatch(
        new RegExp(`^${rightName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, .*; \\d+ of ${expanded.nodeCount} on the canvas$`),
      );
      expect((await cyClassMembers(page, 'keyboard-focus')).nodes).toEqual([right.focus]);
      await session.screenshot('arrow right moved the keyboard focus to a neighbour');

      // Enter selects what has the focus: the details panel shows it.
      const selected = await press(page, 'Enter');
      expect(selected.text).toBe(`Selected ${rightName}.`);
      await waitForDetailsOf(page, right.focus);

      // Home goes to the first entity by name; the page keys walk the rest, back to Ruben Vardanyan.
      const first = await press(page, 'Home');
      const byName = [...neighbours.nodes.filter((n) => n.id !== RUBEN), { id: RUBEN, name: 'Ruben Vardanyan' }].sort((a, b) =>
        a.name.localeCompare(b.name),
      );
      expect(first.focus).toBe(byName[0]?.id);
      expect(first.text).toMatch(new RegExp(`; 1 of ${expanded.nodeCount} on the canvas$`));
      const ruben = await pressUntilFocusOn(page, 'PageDown', RUBEN);
      expect(ruben.text).toMatch(/^Ruben Vardanyan, Person, \d+ relations?/);

      // The brackets step round its relations to the detention; Enter selects it and the details show its evidence.
      const relation = await pressUntilFocusOn(page, ']', detention.id);
      expect(relation.text).toMatch(
        /^Relation: Azerbaijani Armed Forces detained Ruben Vardanyan, .*\d+ quotes?.*; \d+ of \d+ relations? of Ruben Vardanyan$/,
      );
      expect((await cyClassMembers(page, 'keyboard-focus')).edges).toEqual([detention.id]);
      await session.screenshot('the detention relation has the keyboard focus');
      await press(page, 'Enter');
      await waitForDetailsOf(page, detention.id);
      expect(await page.getByTestId('details-panel').getAttribute('data-kind')).toBe('relation');

      // V opens its quote in the reader; Escape closes the reader and gives the focus back to the canvas, on the relation.
      await page.keyboard.press('v');
      const reader = page.locator('[data-testid="document-reader"][data-status="done"]');
      await reader.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await reader.getAttribute('data-document-id')).toBe(quote.documentId);
      await page.getByTestId('highlighted-quote').waitFor({ timeout: UI_TIMEOUT_MS });
      await session.screenshot('v opened the quote in the reader');
      const back = await press(page, 'Escape');
      await reader.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
      expect(await canvasHasFocus(page)).toBe(true);
      expect(back.focus).toBe(detention.id);
      expect(back.text).toMatch(/^Relation: Azerbaijani Armed Forces detained Ruben Vardanyan/);

      // An arrow from a relation leads to one of its ends.
      const end = await press(page, 'ArrowLeft');
      expect([DETAINER, RUBEN]).toContain(end.focus);

      // Tab leaves the canvas (the focus is not trapped), and the outline goes with it.
      await page.keyboard.press('Tab');
      await expect.poll(() => canvasHasFocus(page)).toBe(false);
      expect((await cyClassMembers(page, 'keyboard-focus')).nodes).toEqual([]);
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });

  it('passes over the entities the legend hides, counts only those shown, and carries on quietly from a click', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const neighbours = NeighborsResponseSchema.parse((await call(baseUrl, `/api/entities/${RUBEN}/neighbors`)).body);
    const ids = [...new Set([RUBEN, ...neighbours.nodes.map((n) => n.id)])];
    const types = [...new Set(neighbours.nodes.filter((n) => n.id !== RUBEN && n.type !== 'Person').map((n) => n.type))];
    const hiddenType = types[0];
    if (hiddenType === undefined) throw new Error('ruben vardanyan has no neighbour of a type other than Person');
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto(`/?e=${ids.join(',')}&sel=${RUBEN}`);
      await waitForDetailsOf(page, RUBEN);
      await waitForCanvas(page, { nodes: ids.length });
      await page.getByTestId(`legend-toggle-${hiddenType}`).click();
      const { visibleNodeCount } = await waitForCanvas(page, {
        nodes: ids.length,
        visibleNodes: ids.length - neighbours.nodes.filter((n) => n.type === hiddenType).length,
      });
      const shown = await cyVisibleNodeIds(page);
      expect(shown.length).toBe(visibleNodeCount);

      await page.getByTestId('search-input').focus();
      await tabToCanvas(page);
      await expect.poll(async () => (await hear(page)).focus).toBe(RUBEN);
      const visited = new Set<string>();
      for (let i = 0; i < shown.length; i++) {
        const heard = await press(page, 'PageDown');
        visited.add(heard.focus);
        expect(heard.text).toMatch(new RegExp(`; \\d+ of ${shown.length} on the canvas$`));
      }
      expect([...visited].sort()).toEqual(shown);
      // The arrows too keep to the neighbours shown, whichever way they go from Ruben Vardanyan.
      const shownNeighbours = neighbours.nodes.filter((n) => n.id !== RUBEN && shown.includes(n.id)).map((n) => n.id);
      for (const key of ['ArrowUp', 'ArrowRight', 'ArrowDown', 'ArrowLeft']) {
        await pressUntilFocusOn(page, 'PageDown', RUBEN);
        expect(shownNeighbours).toContain((await press(page, key)).focus);
      }
      await session.screenshot('navigation kept to the entities shown');

      // A click moves the keyboard's focus quietly: no outline until a key is pressed, and the keys carry on from there.
      const clicked = shownNeighbours[0];
      if (clicked === undefined) throw new Error('no neighbour of ruben vardanyan is shown');
      const at = await nodePagePosition(page, clicked);
      await page.mouse.click(at.x, at.y);
      await waitForDetailsOf(page, clicked);
      expect((await hear(page)).focus).toBe(clicked);
      expect((await cyClassMembers(page, 'keyboard-focus')).nodes).toEqual([]);
      const onward = await press(page, 'ArrowUp');
      expect(onward.focus).not.toBe(clicked);
      expect(shown).toContain(onward.focus);
      expect((await cyClassMembers(page, 'keyboard-focus')).nodes).toEqual([onward.focus]);
      expect((await readCanvas(page)).visibleNodeCount).toBe(shown.length);
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });
});
