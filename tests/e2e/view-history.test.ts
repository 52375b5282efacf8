// End to end: a link carries where the entities are drawn and how the view is framed; Back and Forward step through
// meaningful changes; Ctrl+Z and Ctrl+Shift+Z undo and redo changes to the canvas.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { linkDrift, liveArrangement, linkedArrangement, renderedGap } from './canvas-arrangement.ts';
import { useExplorer } from './explorer-app.ts';
import { UI_TIMEOUT_MS, cyElementIds, cyVisibleNodeIds, nodePagePosition, waitForCanvas, waitForDetailsOf } from './explorer-page.ts';

const RUBEN = 'person:ruben-vardanyan';
const DETAINER = 'organisation:azerbaijani-armed-forces';
const AZERBAIJAN = 'place:azerbaijan';
const STEPANAKERT = 'place:stepanakert';
const ENTITIES = [RUBEN, DETAINER, AZERBAIJAN];

/** Waits until the address bar describes the canvas as drawn now: every node's position (each coordinate rounded, so within √½) and the zoom. */
async function waitForLinkToMatchCanvas(page: Page): Promise<void> {
  await expect
    .poll(() => linkDrift(page), { timeout: UI_TIMEOUT_MS })
    .toSatisfy(({ position, zoom }: { position: number; zoom: number }) => position <= 0.75 && zoom <= 0.0001);
}

/** Waits until the address bar names exactly the entities on the canvas. */
async function waitForLinkedEntities(page: Page, ids: string[]): Promise<void> {
  await expect.poll(() => linkedArrangement(page.url()).entityIds.sort(), { timeout: UI_TIMEOUT_MS }).toEqual([...ids].sort());
}

/** Counts the neighbourhood requests the page makes from now on. */
function countNeighborRequests(page: Page): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/neighbors')) count++;
  });
  return () => count;
}

describe('the view in links and in the browser history', () => {
  const explorer = useExplorer();

  it('reopens a link with the same entities in the same places, at the same zoom and pan', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const author = await openSession(explorer().browser, { baseUrl, testName: task.name });
    try {
      const { page } = author;
      await page.goto(`/?e=${ENTITIES.join(',')}`);
      await waitForCanvas(page, { nodes: ENTITIES.length });
      // Lay out as a grid, then drag one entity off it and zoom out: the link must carry all three.
      await page.getByTestId('layout-select').selectOption('grid');
      await waitForCanvas(page, { nodes: ENTITIES.length });
      await waitForLinkToMatchCanvas(page);
      const gridded = await liveArrangement(page);
      const from = await nodePagePosition(page, DETAINER);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x + 60, from.y + 40, { steps: 8 });
      await page.mouse.move(from.x + 120, from.y + 90, { steps: 8 });
      await page.mouse.up();
      await page.getByTestId('zoom-out').click();
      await waitForCanvas(page, { nodes: ENTITIES.length });
      await waitForLinkToMatchCanvas(page);
      const sent = await liveArrangement(page);
      const moved = sent.positions[DETAINER];
      const before = gridded.positions[DETAINER];
      if (!moved || !before) throw new Error('the dragged entity is not on the canvas');
      expect(Math.hypot(moved.x - before.x, moved.y - before.y)).toBeGreaterThan(20);
      expect(sent.zoom).toBeLessThan(gridded.zoom);
      const link = page.url();
      expect(new URL(link).searchParams.get('layout')).toBe('grid');
      await author.screenshot('laid out, dragged and zoomed out');

      const recipient = await openSession(explorer().browser, { baseUrl, testName: task.name });
      try {
        const reopened = recipient.page;
        await reopened.goto(link);
        await waitForCanvas(reopened, { nodes: ENTITIES.length });
        expect((await cyElementIds(reopened)).nodes).toEqual((await cyElementIds(page)).nodes);
        // Drawn where the sender saw them, to within rounding: positions in whole units, the zoom to four places.
        await expect
          .poll(async () => renderedGap(sent, await liveArrangement(reopened)), { timeout: UI_TIMEOUT_MS })
          .toBeLessThanOrEqual(2);
        const received = await liveArrangement(reopened);
        for (const id of ENTITIES) {
          const p = sent.positions[id];
          const q = received.positions[id];
          if (!p || !q) throw new Error(`${id} is missing on one side`);
          expect(Math.abs(p.x - q.x), id).toBeLessThanOrEqual(1);
          expect(Math.abs(p.y - q.y), id).toBeLessThanOrEqual(1);
        }
        expect(Math.abs(received.zoom - sent.zoom)).toBeLessThan(0.001);
        expect(Math.abs(received.pan.x - sent.pan.x)).toBeLessThanOrEqual(2);
        expect(Math.abs(received.pan.y - sent.pan.y)).toBeLessThanOrEqual(2);
        // Restoring did not lay the canvas out again, so the link it shows is the one it was given.
        await waitForLinkToMatchCanvas(reopened);
        await recipient.screenshot('same places, same zoom and pan');
        expect(recipient.problems()).toEqual(NO_PROBLEMS);
      } finally {
        await recipient.close();
      }
      expect(author.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await author.close();
    }
  });

  it('survives a link with malformed positions, zoom and pan, laying out what it cannot place', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto(`/?e=${ENTITIES.join(',')}&pos=10_20,NaN_1e999,%E0%A4&z=Infinity&c=x_y`);
      await waitForCanvas(page, { nodes: ENTITIES.length });
      const placed = await liveArrangement(page);
      expect(Object.keys(placed.positions).sort()).toEqual([...ENTITIES].sort());
      for (const p of Object.values(placed.positions)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      expect(Number.isFinite(placed.zoom)).toBe(true);
      await session.screenshot('malformed link laid out');
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });

  it('keeps a linked frame and positions when the link also runs a path query, laying out the steps it did not place', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      const ends = `e=${RUBEN},${STEPANAKERT}&pos=-200_0,200_0&z=0.9&c=0_0`;
      await page.goto(`/?panel=paths&${ends}&pf=${RUBEN}&pt=${STEPANAKERT}&hops=4&k=2`);
      await page.getByTestId('path-results').waitFor({ timeout: UI_TIMEOUT_MS });
      await waitForCanvas(page, { minNodes: 3 });
      const shown = await liveArrangement(page);
      // The steps the paths brought were laid out around the two ends, which stayed where the link put them.
      expect(Object.keys(shown.positions).length).toBeGreaterThan(2);
      expect(shown.positions[RUBEN]).toEqual({ x: -200, y: 0 });
      expect(shown.positions[STEPANAKERT]).toEqual({ x: 200, y: 0 });
      // The paths were not fitted into view over the link's frame.
      expect(Math.abs(shown.zoom - 0.9)).toBeLessThan(0.001);
      await session.screenshot('path link keeps its frame');
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });

  it('goes Back to the canvas before an expand without fetching it again, and Forward to the expanded one', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto(`/?e=${RUBEN}&sel=${RUBEN}`);
      await waitForDetailsOf(page, RUBEN);
      await waitForCanvas(page, { nodes: 1 });
      await waitForLinkToMatchCanvas(page);
      const entriesBefore = await page.evaluate(() => (globalThis as unknown as { history: { length: number } }).history.length);

      await page.getByTestId('expand-button').click();
      const expanded = await waitForCanvas(page, { minNodes: 2 });
      const expandedIds = (await cyElementIds(page)).nodes;
      await waitForLinkedEntities(page, expandedIds);
      await waitForLinkToMatchCanvas(page);
      // One step for the expand, however many times the address was rewritten after it (positions, zoom).
      expect(await page.evaluate(() => (globalThis as unknown as { history: { length: number } }).history.length)).toBe(entriesBefore + 1);
      await session.screenshot('expanded');

      const neighborRequests = countNeighborRequests(page);
      await page.goBack();
      await waitForCanvas(page, { nodes: 1 });
      expect((await cyElementIds(page)).nodes).toEqual([RUBEN]);
      await waitForLinkedEntities(page, [RUBEN]);
      await waitForDetailsOf(page, RUBEN);
      // Ruben was on the canvas already: nothing was fetched.
      expect(neighborRequests()).toBe(0);
      await session.screenshot('back before the expand');

      await page.goForward();
      await waitForCanvas(page, { nodes: expanded.nodeCount });
      expect((await cyElementIds(page)).nodes).toEqual(expandedIds);
      await waitForLinkedEntities(page, expandedIds);
      await session.screenshot('forward to the expand');
      // Restoring from the history added no entry of its own.
      expect(await page.evaluate(() => (globalThis as unknown as { history: { length: number } }).history.length)).toBe(entriesBefore + 1);
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });

  it('undoes an expand with Ctrl+Z and redoes it with Ctrl+Shift+Z, and undoes a hide, but not while typing', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto(`/?e=${RUBEN}&sel=${RUBEN}`);
      await waitForDetailsOf(page, RUBEN);
      await waitForCanvas(page, { nodes: 1 });
      const undo = page.getByTestId('undo');
      const redo = page.getByTestId('redo');
      expect(await undo.isDisabled()).toBe(true);
      expect(await redo.isDisabled()).toBe(true);

      await page.getByTestId('expand-button').click();
      const expanded = await waitForCanvas(page, { minNodes: 2 });
      const expandedIds = await cyElementIds(page);
      expect(await undo.getAttribute('title')).toBe('Undo expand Ruben Vardanyan (Ctrl+Z)');
      await session.screenshot('expanded');

      await page.keyboard.press('Control+z');
      await waitForCanvas(page, { nodes: 1 });
      expect((await cyElementIds(page)).nodes).toEqual([RUBEN]);
      expect(await undo.isDisabled()).toBe(true);
      expect(await redo.getAttribute('title')).toBe('Redo expand Ruben Vardanyan (Ctrl+Shift+Z)');
      await session.screenshot('expand undone');

      await page.keyboard.press('Control+Shift+Z');
      await waitForCanvas(page, { nodes: expanded.nodeCount });
      expect(await cyElementIds(page)).toEqual(expandedIds);
      expect(await redo.isDisabled()).toBe(true);
      await session.screenshot('expand redone');

      await page.getByTestId('hide-button').click();
      await waitForCanvas(page, { visibleNodes: expanded.nodeCount - 1 });
      expect(await cyVisibleNodeIds(page)).not.toContain(RUBEN);
      expect(await undo.getAttribute('title')).toBe('Undo hide Ruben Vardanyan (Ctrl+Z)');

      // In the search box Ctrl+Z is the field's own; only the one pressed outside it undoes the hide.
      await page.getByTestId('search-input').fill('stepan');
      await page.keyboard.press('Control+z');
      await page.getByTestId('search-input').blur();
      await page.keyboard.press('Control+z');
      await waitForCanvas(page, { nodes: expanded.nodeCount, visibleNodes: expanded.nodeCount });
      expect(await cyVisibleNodeIds(page)).toContain(RUBEN);
      expect(await undo.getAttribute('title')).toBe('Undo expand Ruben Vardanyan (Ctrl+Z)');
      expect(await redo.getAttribute('title')).toBe('Redo hide Ruben Vardanyan (Ctrl+Shift+Z)');
      await session.screenshot('hide undone');

      // The toolbar buttons do the same.
      await redo.click();
      await waitForCanvas(page, { visibleNodes: expanded.nodeCount - 1 });
      await undo.click();
      await waitForCanvas(page, { visibleNodes: expanded.nodeCount });
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });
});
