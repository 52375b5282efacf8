// What the view-history end-to-end tests read: where the live canvas draws its nodes and how it is framed, and what a link says about both.
import type { Page } from 'playwright-core';

export interface Point {
  x: number;
  y: number;
}

/** The live canvas: each node's model position and on-screen position, the zoom and the pan. */
export interface LiveArrangement {
  positions: Record<string, Point>;
  rendered: Record<string, Point>;
  zoom: number;
  pan: Point;
}

/** A link's `e`, `pos`, `z` and `c` parameters, read the plain way (not with the app's decoder, which is what is tested). */
export interface LinkedArrangement {
  entityIds: string[];
  positions: Record<string, Point>;
  zoom: number | null;
  center: Point | null;
}

interface ArrangedNode {
  id(): string;
  position(): Point;
  renderedPosition(): Point;
}

interface ArrangedCy {
  nodes(): { map<T>(fn: (node: ArrangedNode) => T): T[] };
  zoom(): number;
  pan(): Point;
}

export function liveArrangement(page: Page): Promise<LiveArrangement> {
  return page.evaluate(() => {
    const kgx = (globalThis as unknown as { __kgx?: { cy: ArrangedCy } }).__kgx;
    if (!kgx) throw new Error('window.__kgx is not installed');
    const { cy } = kgx;
    const positions: Record<string, Point> = {};
    const rendered: Record<string, Point> = {};
    cy.nodes().map((node) => {
      positions[node.id()] = { ...node.position() };
      rendered[node.id()] = { ...node.renderedPosition() };
      return null;
    });
    return { positions, rendered, zoom: cy.zoom(), pan: { ...cy.pan() } };
  });
}

function point(raw: string | undefined): Point | null {
  const [x, y] = (raw ?? '').split('_').map(Number);
  return x === undefined || y === undefined || Number.isNaN(x) || Number.isNaN(y) ? null : { x, y };
}

export function linkedArrangement(url: string): LinkedArrangement {
  const params = new URL(url).searchParams;
  const entityIds = (params.get('e') ?? '').split(',').filter((id) => id !== '');
  const slots = (params.get('pos') ?? '').split(',');
  const positions: Record<string, Point> = {};
  entityIds.forEach((id, i) => {
    const p = point(slots[i]);
    if (p) positions[id] = p;
  });
  const z = params.get('z');
  return { entityIds, positions, zoom: z === null ? null : Number(z), center: point(params.get('c') ?? undefined) };
}

/**
 * How far the link in the address bar is from the live canvas: the largest gap between a node's position there and
 * here (Infinity when a node has none), and between the zooms. Zero-ish once the canvas has reported its arrangement.
 */
export async function linkDrift(page: Page): Promise<{ position: number; zoom: number }> {
  const live = await liveArrangement(page);
  const linked = linkedArrangement(page.url());
  let position = 0;
  for (const [id, p] of Object.entries(live.positions)) {
    const q = linked.positions[id];
    position = Math.max(position, q ? Math.hypot(p.x - q.x, p.y - q.y) : Infinity);
  }
  return { position, zoom: linked.zoom === null ? Infinity : Math.abs(linked.zoom - live.zoom) };
}

/** The largest on-screen distance between where two canvases draw the same nodes. */
export function renderedGap(a: LiveArrangement, b: LiveArrangement): number {
  let gap = 0;
  for (const [id, p] of Object.entries(a.rendered)) {
    const q = b.rendered[id];
    gap = Math.max(gap, q ? Math.hypot(p.x - q.x, p.y - q.y) : Infinity);
  }
  return gap;
}
