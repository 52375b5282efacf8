// End to end: the map beside the canvas shows the seed's places that have coordinates, shares the selection with the
// canvas and the details panel both ways, travels in a link, and follows the timeline as the canvas does.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MAX_RELATIONS, RelationsResponseSchema, dayRange, overlaps, type Graph, type GraphEdge, type GraphNode } from '@kgx/contract';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { readSeedData } from '../support/seed-data.ts';
import { call } from '../support/test-app.ts';
import { useExplorer } from './explorer-app.ts';
import {
  UI_TIMEOUT_MS,
  cyClassMembers,
  cyElementIds,
  cySelectedIds,
  nodePagePosition,
  waitForCanvas,
  waitForDetailsOf,
  type PageGlobals,
} from './explorer-page.ts';

const VIEWPORT = { width: 1280, height: 720 };
const RANGE = { from: '2023-09-19', to: '2023-09-30' };
/** The map once it has measured itself and loaded its base map: every marker and line is drawn. */
const MAP_DRAWN = '[data-testid="map-view"][data-base-map="ready"][data-drawn="true"]';

/** The little of a DOM element these page functions use, typed without the DOM library (see explorer-page.ts). */
interface MapElement {
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { left: number; top: number; width: number; height: number };
  closest(selector: string): MapElement | null;
}

interface MapPageGlobals {
  document: { elementFromPoint(x: number, y: number): MapElement | null };
}

interface MarkerState {
  id: string;
  selected: boolean;
  outOfRange: boolean;
}

function isLocated(node: GraphNode): boolean {
  return node.latitude !== undefined && node.longitude !== undefined;
}

/** Every entity and relation the API holds, as one graph to put on the canvas. */
async function seedGraph(baseUrl: string): Promise<Graph> {
  const { triples } = RelationsResponseSchema.parse((await call(baseUrl, `/api/relations?limit=${MAX_RELATIONS}`)).body);
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const triple of triples) {
    nodes.set(triple.subject.id, triple.subject);
    nodes.set(triple.object.id, triple.object);
    edges.set(triple.relation.id, triple.relation);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Replaces the canvas with a graph and waits until it is laid out. */
async function loadCanvas(page: Page, graph: Graph): Promise<void> {
  await page.evaluate(async (g) => {
    const kgx = (globalThis as unknown as PageGlobals).__kgx;
    if (!kgx) throw new Error('window.__kgx is not installed');
    await kgx.loadGraph(g);
  }, graph);
  await waitForCanvas(page, { nodes: graph.nodes.length });
}

async function openMap(page: Page): Promise<void> {
  await page.getByTestId('map-toggle').click();
  await page.locator(MAP_DRAWN).waitFor({ timeout: UI_TIMEOUT_MS });
}

function readMarkers(page: Page): Promise<MarkerState[]> {
  return page
    .getByTestId('map-marker')
    .evaluateAll((elements) =>
      (elements as unknown as MapElement[]).map((el) => ({
        id: el.getAttribute('data-entity-id') ?? '',
        selected: el.getAttribute('data-selected') === 'true',
        outOfRange: el.getAttribute('data-out-of-range') === 'true',
      })),
    )
    .then((markers) => markers.sort((a, b) => a.id.localeCompare(b.id)));
}

async function markerIds(page: Page, which: (m: MarkerState) => boolean = () => true): Promise<string[]> {
  return (await readMarkers(page)).filter(which).map((m) => m.id);
}

async function lineIds(page: Page, which: 'all' | 'out-of-range' = 'all'): Promise<string[]> {
  const selector = which === 'all' ? '[data-testid="map-line"]' : '[data-testid="map-line"][data-out-of-range="true"]';
  const ids = await page
    .locator(selector)
    .evaluateAll((elements) => (elements as unknown as MapElement[]).map((el) => el.getAttribute('data-relation-id') ?? ''));
  return ids.sort();
}

/** Markers whose middle is not covered by another marker, so a click there reaches them. */
function clickableMarkerIds(page: Page): Promise<string[]> {
  return page.getByTestId('map-marker').evaluateAll((elements) =>
    (elements as unknown as MapElement[])
      .filter((el) => {
        const box = el.getBoundingClientRect();
        const { document } = globalThis as unknown as MapPageGlobals;
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return hit !== null && hit.closest('[data-testid="map-marker"]') === el;
      })
      .map((el) => el.getAttribute('data-entity-id') ?? ''),
  );
}

function marker(page: Page, id: string) {
  return page.locator(`[data-testid="map-marker"][data-entity-id="${id}"]`);
}

describe('the map view', () => {
  const explorer = useExplorer();

  it('shows a marker for each place on the canvas that has coordinates and shares the selection with the canvas and the details panel', async ({
    task,
  }) => {
    const { baseUrl } = explorer().app;
    const graph = await seedGraph(baseUrl);
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name, viewport: VIEWPORT });
    const { page } = session;
    try {
      await page.goto('/');
      await waitForCanvas(page, { minNodes: 1 });
      await loadCanvas(page, graph);
      await openMap(page);
      expect(page.url()).toContain('map=1');

      const onCanvas = await cyElementIds(page);
      const byId = new Map(graph.nodes.map((n) => [n.id, n]));
      const located = onCanvas.nodes.filter((id) => {
        const node = byId.get(id);
        return node !== undefined && isLocated(node);
      });
      // The premise: some places have coordinates and some do not, so the map has something to leave out.
      const places = onCanvas.nodes.filter((id) => byId.get(id)?.type === 'Place');
      expect(located.length).toBeGreaterThan(1);
      expect(located.length).toBeLessThan(places.length);
      expect(await markerIds(page)).toEqual(located);
      expect(await page.getByTestId('map-view').getAttribute('data-marker-count')).toBe(String(located.length));
      // Every place the seed files give coordinates to, and that the canvas holds, is on the map.
      const seedLocated = readSeedData()
        .entities.filter((e) => e.latitude !== undefined && e.longitude !== undefined && onCanvas.nodes.includes(e.id))
        .map((e) => e.id)
        .sort();
      expect(seedLocated.length).toBeGreaterThan(0);
      expect(await markerIds(page)).toEqual(seedLocated);

      // A line for each relation on the canvas between two located entities.
      const expectedLines = graph.edges
        .filter((e) => onCanvas.edges.includes(e.id) && located.includes(e.source) && located.includes(e.target))
        .map((e) => e.id)
        .sort();
      expect(expectedLines.length).toBeGreaterThan(0);
      expect(await lineIds(page)).toEqual(expectedLines);
      const note = page.getByTestId('map-unlocated');
      expect(await note.getAttribute('data-count')).toBe(String(onCanvas.nodes.length - located.length));
      expect(await note.getAttribute('data-total')).toBe(String(onCanvas.nodes.length));
      await session.screenshot('the seed on the map');

      // Clicking a marker selects the entity everywhere.
      const clickable = await clickableMarkerIds(page);
      const [first, second] = clickable;
      if (first === undefined || second === undefined) throw new Error(`fewer than two markers can be clicked: ${clickable.join(', ')}`);
      await marker(page, first).click();
      await waitForDetailsOf(page, first);
      expect(await cySelectedIds(page)).toEqual([first]);
      expect(await markerIds(page, (m) => m.selected)).toEqual([first]);
      expect(await marker(page, first).getAttribute('aria-pressed')).toBe('true');
      await session.screenshot('marker clicked');

      // Selecting on the canvas marks the marker.
      const onCanvasPlace = located.find((id) => id !== first) ?? second;
      await page.evaluate((id) => {
        const kgx = (globalThis as unknown as PageGlobals).__kgx;
        if (!kgx) throw new Error('window.__kgx is not installed');
        // Closer in, so the node clicked is not one of its neighbours drawn over it.
        const node = kgx.cy.getElementById(id);
        kgx.cy.zoom({ level: 2, renderedPosition: { x: kgx.cy.width() / 2, y: kgx.cy.height() / 2 } });
        kgx.cy.center(node);
      }, onCanvasPlace);
      const at = await nodePagePosition(page, onCanvasPlace);
      await page.mouse.click(at.x, at.y);
      await waitForDetailsOf(page, onCanvasPlace);
      await expect.poll(() => markerIds(page, (m) => m.selected), { timeout: UI_TIMEOUT_MS }).toEqual([onCanvasPlace]);
      await session.screenshot('selected on the canvas');

      // A marker is a button: the keyboard reaches and selects it too.
      const byKeyboard = clickable.find((id) => id !== onCanvasPlace) ?? first;
      await marker(page, byKeyboard).focus();
      await page.keyboard.press('Enter');
      await waitForDetailsOf(page, byKeyboard);
      expect(await cySelectedIds(page)).toEqual([byKeyboard]);

      // The link carries the open map: a link naming two of these places opens on them, on the map.
      expect(page.url()).toContain('map=1');
      const linked = located.slice(0, 2);
      const reopened = await session.context.newPage();
      await reopened.goto(`/?e=${linked.join(',')}&map=1`);
      await reopened.locator(MAP_DRAWN).waitFor({ timeout: UI_TIMEOUT_MS });
      await expect.poll(() => markerIds(reopened), { timeout: UI_TIMEOUT_MS }).toEqual([...linked].sort());
      await reopened.close();

      // Closing the map gives the canvas its room back.
      await page.getByTestId('map-toggle').click();
      await page.getByTestId('map-view').waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
      expect(page.url()).not.toContain('map=1');

      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });

  it('fades, then drops, the markers and lines dated outside the timeline, exactly as the canvas does', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const seed = await seedGraph(baseUrl);
    // The seed places no events, which an import may: here each event is placed where the seed says it took place.
    const byId = new Map(seed.nodes.map((n) => [n.id, n]));
    const placeOf = new Map<string, GraphNode>();
    for (const edge of seed.edges) {
      const where = byId.get(edge.target);
      if (edge.type === 'TOOK_PLACE_IN' && where !== undefined && isLocated(where) && !placeOf.has(edge.source)) {
        placeOf.set(edge.source, where);
      }
    }
    const nodes = seed.nodes.map((node) => {
      const where = placeOf.get(node.id);
      return where ? { ...node, latitude: where.latitude, longitude: where.longitude } : node;
    });
    const graph: Graph = { nodes, edges: seed.edges };
    const located = new Set(nodes.filter(isLocated).map((n) => n.id));
    const isOutside = (span: { from: string; to: string } | null) => span !== null && !overlaps(span, RANGE);
    const expectedMarkers = nodes
      .filter((n) => located.has(n.id) && n.type === 'Event' && isOutside(dayRange(n.startDate, n.endDate)))
      .map((n) => n.id)
      .sort();
    const lines = graph.edges.filter((e) => located.has(e.source) && located.has(e.target));
    const expectedLines = lines
      .filter((e) => isOutside(dayRange(e.dateFrom, e.dateTo)))
      .map((e) => e.id)
      .sort();
    // The premise: the range leaves markers and lines on both sides of it.
    expect(expectedMarkers.length).toBeGreaterThan(0);
    expect(expectedMarkers.length).toBeLessThan(located.size);
    expect(expectedLines.length).toBeGreaterThan(0);
    expect(expectedLines.length).toBeLessThan(lines.length);

    const session = await openSession(explorer().browser, { baseUrl, testName: task.name, viewport: VIEWPORT });
    const { page } = session;
    try {
      await page.goto('/?panel=timeline');
      await waitForCanvas(page, { minNodes: 1 });
      await loadCanvas(page, graph);
      await openMap(page);
      expect(await markerIds(page)).toEqual([...located].sort());
      expect(await markerIds(page, (m) => m.outOfRange)).toEqual([]);

      await page.getByTestId('timeline-from').fill(RANGE.from);
      await page.getByTestId('timeline-to').fill(RANGE.to);
      await expect.poll(() => markerIds(page, (m) => m.outOfRange), { timeout: UI_TIMEOUT_MS }).toEqual(expectedMarkers);
      expect(await lineIds(page, 'out-of-range')).toEqual(expectedLines);
      // Faded, not gone: every marker and line is still drawn, and the canvas fades the same ones.
      expect(await markerIds(page)).toEqual([...located].sort());
      expect(await lineIds(page)).toEqual(lines.map((e) => e.id).sort());
      const canvasFaded = await cyClassMembers(page, 'out-of-range');
      expect(canvasFaded.nodes.filter((id) => located.has(id))).toEqual(expectedMarkers);
      expect(canvasFaded.edges.filter((id) => lines.some((e) => e.id === id))).toEqual(expectedLines);
      await session.screenshot('outside the range faded on the map');

      await page.getByTestId('timeline-hide-toggle').check();
      const kept = [...located].filter((id) => !expectedMarkers.includes(id)).sort();
      await expect.poll(() => markerIds(page), { timeout: UI_TIMEOUT_MS }).toEqual(kept);
      const keptLines = lines
        .filter((e) => !expectedLines.includes(e.id) && kept.includes(e.source) && kept.includes(e.target))
        .map((e) => e.id)
        .sort();
      expect(await lineIds(page)).toEqual(keptLines);
      await session.screenshot('outside the range hidden on the map');

      await page.getByTestId('timeline-reset').click();
      await expect.poll(() => markerIds(page), { timeout: UI_TIMEOUT_MS }).toEqual([...located].sort());
      expect(await markerIds(page, (m) => m.outOfRange)).toEqual([]);
      expect(await lineIds(page)).toEqual(lines.map((e) => e.id).sort());

      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });
});
