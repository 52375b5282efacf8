// Derived views of the explorer state: what is highlighted, what goes in the link, what is on the canvas.
import { ENTITY_ID_PATTERN, type GraphEdge, type GraphNode } from '@kgx/contract';
import type { ExplorerState, PathResult, Truncation } from './explorer-state.ts';
import type { UrlView } from './url-state.ts';

/** Beyond this many entities a link would be unwieldy (and a benchmark graph is not worth sharing). */
export const MAX_LINKED_ENTITIES = 400;

/**
 * Beyond this many entities a link leaves their positions out (and the zoom and pan that frame them), and whoever opens
 * it gets a fresh layout. Each position adds about ten characters to the twenty or so of its id: 200 entities make a
 * link of some 7,000 characters, about what chat apps, mail clients and proxies that cap a request line at 8 KB let
 * through whole; 400 with positions would be over 12,000.
 */
export const MAX_POSITIONED_ENTITIES = 200;

/** Ids on the path singled out, or on every path found; null when there is nothing to highlight. */
export function selectPathIds(path: PathResult | null): Set<string> | null {
  if (!path || path.status !== 'done' || path.paths.length === 0) return null;
  const chosen = path.activeIndex === null ? path.paths : path.paths.slice(path.activeIndex, path.activeIndex + 1);
  const ids = new Set<string>();
  for (const p of chosen) {
    for (const id of p.nodeIds) ids.add(id);
    for (const id of p.edgeIds) ids.add(id);
  }
  return ids;
}

/** The capped neighbourhoods whose centre is still on the canvas. */
export function selectTruncations(state: ExplorerState): Truncation[] {
  return Object.values(state.truncations).filter((t) => state.nodes[t.centerId]);
}

export function selectNodes(state: ExplorerState): GraphNode[] {
  return Object.values(state.nodes);
}

export function selectEdges(state: ExplorerState): GraphEdge[] {
  return Object.values(state.edges);
}

/**
 * The entities on the canvas not shown: hidden by hand, or of a type the legend has switched off. The canvas, the map
 * and the PNG's caption all read this one set.
 */
export function selectHiddenIds(state: Pick<ExplorerState, 'nodes' | 'hidden' | 'hiddenTypes'>): Set<string> {
  const hidden = new Set(state.hidden);
  if (state.hiddenTypes.length === 0) return hidden;
  const off = new Set(state.hiddenTypes);
  for (const node of Object.values(state.nodes)) if (off.has(node.type)) hidden.add(node.id);
  return hidden;
}

/** The part of the state a link carries. */
export function toUrlView(state: ExplorerState): UrlView {
  const entityIds = Object.values(state.nodes)
    .filter((node) => node.type !== 'Document' && ENTITY_ID_PATTERN.test(node.id))
    .map((node) => node.id);
  const linkable = entityIds.length <= MAX_LINKED_ENTITIES;
  const positioned = entityIds.length <= MAX_POSITIONED_ENTITIES;
  const positions: UrlView['positions'] = {};
  if (positioned) {
    for (const id of entityIds) {
      const point = state.positions[id];
      if (point) positions[id] = point;
    }
  }
  return {
    entityIds: linkable ? entityIds : [],
    hidden: linkable ? state.hidden : [],
    pinned: linkable ? state.pinned : [],
    selection: linkable ? state.selection : [],
    panel: state.panel,
    layout: state.layout,
    neighborFilter: state.neighborFilter,
    pathQuery: state.path?.query ?? null,
    relationQuery: state.relations?.query ?? null,
    timeline: state.timeline,
    mapOpen: state.mapOpen,
    hiddenTypes: state.hiddenTypes,
    tableOpen: state.tableOpen,
    reader: state.reader,
    positions,
    viewport: positioned && Object.keys(positions).length > 0 ? state.viewport : null,
  };
}
