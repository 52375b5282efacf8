// What the end-to-end tests read from and do to the explorer page: the canvas attributes, Cytoscape through window.__kgx, pickers.
import type { Graph } from '@kgx/contract';
import type { Locator, Page } from 'playwright-core';

/** How long a condition may take to come true before a test fails: generous for a 2-core machine rendering in software. */
export const UI_TIMEOUT_MS = 20_000;

/** The few Cytoscape calls the tests and the UI benchmark make inside the page, typed without the DOM library. */
export interface CyElementLike {
  id(): string;
  hasClass(name: string): boolean;
}

export interface CyCollectionLike {
  readonly length: number;
  map<T>(fn: (element: CyElementLike) => T): T[];
  filter(selector: string): CyCollectionLike;
}

export interface CyNodeLike extends CyElementLike {
  empty(): boolean;
  /** On-screen position relative to the canvas container. */
  renderedPosition(): { x: number; y: number };
}

export interface CyLike {
  getElementById(id: string): CyNodeLike;
  /** Whether the viewport is animating (a fit or a focus after a layout). */
  animated(): boolean;
  nodes(selector?: string): CyCollectionLike;
  edges(selector?: string): CyCollectionLike;
  zoom(): number;
  zoom(options: { level: number; renderedPosition: { x: number; y: number } }): void;
  panBy(delta: { x: number; y: number }): void;
  center(elements: CyNodeLike): void;
  width(): number;
  height(): number;
  fit(): void;
  /** How close two taps must be to count as a double tap (250 ms unless changed). */
  multiClickDebounceTime(ms: number): void;
  on(events: string, handler: () => void): void;
  on(events: string, selector: string, handler: (event: { target: CyElementLike }) => void): void;
  off(events: string, handler: () => void): void;
}

/** `window.__kgx` as client/src/graph-view/test-hooks.ts installs it. */
export interface KgxHooksLike {
  readonly cy: CyLike;
  loadGraph(graph: Graph): Promise<void>;
  whenLayoutDone(): Promise<void>;
  setLayoutThread(thread: 'worker' | 'page'): void;
  setWebglPolicy(policy: 'auto' | 'always' | 'never'): void;
}

/** The page's globals that page functions use; cast `globalThis` to this inside `page.evaluate`. */
interface PageElement {
  getAttribute(name: string): string | null;
  contains(other: PageElement): boolean;
}

export interface PageGlobals {
  __kgx?: KgxHooksLike;
  document: {
    querySelector(selector: string): PageElement | null;
    elementFromPoint(x: number, y: number): PageElement | null;
    documentElement: { scrollHeight: number; clientHeight: number };
  };
  requestAnimationFrame(callback: (time: number) => void): number;
  performance: { now(): number };
}

export interface CanvasState {
  layout: string | null;
  nodeCount: number;
  edgeCount: number;
  visibleNodeCount: number;
  busy: boolean;
}

export function canvas(page: Page): Locator {
  return page.getByTestId('graph-canvas');
}

export async function readCanvas(page: Page): Promise<CanvasState> {
  const el = canvas(page);
  const [layout, nodes, edges, visible, busy] = await Promise.all([
    el.getAttribute('data-layout'),
    el.getAttribute('data-node-count'),
    el.getAttribute('data-edge-count'),
    el.getAttribute('data-visible-node-count'),
    el.getAttribute('data-busy'),
  ]);
  return {
    layout,
    nodeCount: Number(nodes ?? 0),
    edgeCount: Number(edges ?? 0),
    visibleNodeCount: Number(visible ?? 0),
    busy: busy === 'true',
  };
}

export interface SettleCondition {
  /** At least this many nodes on the canvas. */
  minNodes?: number;
  /** Exactly this many. */
  nodes?: number;
  /** Exactly this many visible (neither hidden nor hidden by the timeline). */
  visibleNodes?: number;
}

/**
 * Waits until the canvas has laid out (data-layout="done"), no request is under way, the view has stopped moving,
 * and the node counts match. Returns the state it settled in.
 */
export async function waitForCanvas(page: Page, condition: SettleCondition = {}): Promise<CanvasState> {
  await page.waitForFunction(
    ({ minNodes, nodes, visibleNodes }) => {
      const globals = globalThis as unknown as PageGlobals;
      const el = globals.document.querySelector('[data-testid="graph-canvas"]');
      if (!el || el.getAttribute('data-layout') !== 'done' || el.getAttribute('data-busy') !== 'false') return false;
      if (!globals.__kgx || globals.__kgx.cy.animated()) return false;
      const count = Number(el.getAttribute('data-node-count'));
      const visible = Number(el.getAttribute('data-visible-node-count'));
      if (minNodes !== undefined && count < minNodes) return false;
      if (nodes !== undefined && count !== nodes) return false;
      if (visibleNodes !== undefined && visible !== visibleNodes) return false;
      return true;
    },
    condition,
    { timeout: UI_TIMEOUT_MS },
  );
  return readCanvas(page);
}

/** The ids of the nodes in the live Cytoscape instance, sorted. */
export function cyNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const kgx = (globalThis as unknown as PageGlobals).__kgx;
    if (!kgx) throw new Error('window.__kgx is not installed');
    return kgx.cy
      .nodes()
      .map((node) => node.id())
      .sort();
  });
}

/** Every node and edge id in the live Cytoscape instance, sorted. */
export function cyElementIds(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => {
    const kgx = (globalThis as unknown as PageGlobals).__kgx;
    if (!kgx) throw new Error('window.__kgx is not installed');
    return {
      nodes: kgx.cy
        .nodes()
        .map((n) => n.id())
        .sort(),
      edges: kgx.cy
        .edges()
        .map((e) => e.id())
        .sort(),
    };
  });
}

/** Node and edge ids carrying a class (e.g. out-of-range, on-path), and the totals, from the live Cytoscape instance. */
export function cyClassMembers(
  page: Page,
  className: string,
): Promise<{ nodes: string[]; edges: string[]; totalNodes: number; totalEdges: number }> {
  return page.evaluate((name) => {
    const kgx = (globalThis as unknown as PageGlobals).__kgx;
    if (!kgx) throw new Error('window.__kgx is not installed');
    const cy = kgx.cy;
    return {
      nodes: cy
        .nodes(`.${name}`)
        .map((n) => n.id())
        .sort(),
      edges: cy
        .edges(`.${name}`)
        .map((e) => e.id())
        .sort(),
      totalNodes: cy.nodes().length,
      totalEdges: cy.edges().length,
    };
  }, className);
}

/** Where a node is drawn, in page coordinates (for clicking it); fails if the node is not on the canvas. */
export async function nodePagePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  // A node is clicked where it rests: no layout running, no animation, the same position two frames in a row.
  await page.waitForFunction(
    (nodeId) => {
      const globals = globalThis as unknown as PageGlobals & { kgxLastPosition?: string };
      const el = globals.document.querySelector('[data-testid="graph-canvas"]');
      const kgx = globals.__kgx;
      if (!kgx || !el || el.getAttribute('data-layout') !== 'done' || kgx.cy.animated()) return false;
      const p = kgx.cy.getElementById(nodeId).renderedPosition();
      const position = `${p.x},${p.y}`;
      const still = globals.kgxLastPosition === position;
      globals.kgxLastPosition = position;
      return still;
    },
    id,
    { polling: 'raf', timeout: UI_TIMEOUT_MS },
  );
  const box = await canvas(page).boundingBox();
  if (!box) throw new Error('the graph canvas is not displayed');
  const at = await page.evaluate(
    ({ nodeId, left, top, width, height }) => {
      const globals = globalThis as unknown as PageGlobals;
      const kgx = globals.__kgx;
      if (!kgx) throw new Error('window.__kgx is not installed');
      const node = kgx.cy.getElementById(nodeId);
      if (node.empty()) throw new Error(`no node '${nodeId}' on the canvas`);
      const container = globals.document.querySelector('[data-testid="graph-canvas"]');
      // A node panned out of view, or under a panel laid over the canvas, cannot be clicked: bring it to the middle
      // of the canvas, as a user would by panning.
      const clickable = () => {
        const p = node.renderedPosition();
        const margin = 30;
        if (p.x < margin || p.y < margin || p.x > width - margin || p.y > height - margin) return false;
        const hit = globals.document.elementFromPoint(left + p.x, top + p.y);
        return hit !== null && container !== null && container.contains(hit);
      };
      if (!clickable()) kgx.cy.center(node);
      return node.renderedPosition();
    },
    { nodeId: id, left: box.x, top: box.y, width: box.width, height: box.height },
  );
  return { x: box.x + at.x, y: box.y + at.y };
}

/** Whether a node can be clicked where it is: inside the canvas and not under a panel laid over it. */
export async function isNodeClickable(page: Page, id: string): Promise<boolean> {
  const box = await canvas(page).boundingBox();
  if (!box) throw new Error('the graph canvas is not displayed');
  return page.evaluate(
    ({ nodeId, left, top, width, height }) => {
      const globals = globalThis as unknown as PageGlobals;
      const kgx = globals.__kgx;
      if (!kgx) throw new Error('window.__kgx is not installed');
      const node = kgx.cy.getElementById(nodeId);
      const container = globals.document.querySelector('[data-testid="graph-canvas"]');
      if (node.empty() || container === null) return false;
      const p = node.renderedPosition();
      const margin = 30;
      if (p.x < margin || p.y < margin || p.x > width - margin || p.y > height - margin) return false;
      const hit = globals.document.elementFromPoint(left + p.x, top + p.y);
      return hit !== null && container.contains(hit);
    },
    { nodeId: id, left: box.x, top: box.y, width: box.width, height: box.height },
  );
}

/** Ids of the selected nodes and edges in the live Cytoscape instance, sorted. */
export function cySelectedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const kgx = (globalThis as unknown as PageGlobals).__kgx;
    if (!kgx) throw new Error('window.__kgx is not installed');
    return [...kgx.cy.nodes(':selected').map((n) => n.id()), ...kgx.cy.edges(':selected').map((e) => e.id())].sort();
  });
}

/** Ids of the nodes Cytoscape draws (not display:none), sorted. */
export function cyVisibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const kgx = (globalThis as unknown as PageGlobals).__kgx;
    if (!kgx) throw new Error('window.__kgx is not installed');
    return kgx.cy
      .nodes(':visible')
      .map((n) => n.id())
      .sort();
  });
}

/** The id shown in the details panel (the last one selected), or '' when nothing is. */
export async function detailsSelectedId(page: Page): Promise<string> {
  return (await page.getByTestId('details-panel').getAttribute('data-selected-id')) ?? '';
}

export async function waitForDetailsOf(page: Page, id: string): Promise<void> {
  await page.locator(`[data-testid="details-panel"][data-selected-id="${id}"]`).waitFor({ timeout: UI_TIMEOUT_MS });
}

/** Types into an entity autocomplete (search-input, path-from-input, ...) and clicks the suggestion with the given id. */
export async function pickEntity(page: Page, opts: { input: string; option: string; text: string; entityId: string }): Promise<void> {
  await page.getByTestId(opts.input).fill(opts.text);
  const option = page.locator(`[data-testid="${opts.option}"][data-entity-id="${opts.entityId}"]`);
  await option.waitFor({ timeout: UI_TIMEOUT_MS });
  await option.click();
}

/** A path's readable text without the hop count that precedes it in the same button. */
export async function pathText(result: Locator): Promise<string> {
  const button = result.getByTestId('path-text');
  const [full, hops] = await Promise.all([button.textContent(), button.locator('.path-length').textContent()]);
  return (full ?? '').slice((hops ?? '').length).trim();
}

/** The test id (else the id) of the element that has the focus; '' when nothing has. */
export function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { activeElement: { id: string; getAttribute(n: string): string | null } | null } })
      .document;
    const el = doc.activeElement;
    return el ? (el.getAttribute('data-testid') ?? el.id) : '';
  });
}
