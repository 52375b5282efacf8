// The layouts the explorer offers, and the Cytoscape options for each; pinned nodes keep their place.
import type { LayoutOptions, NodeCollection, NodeSingular, Position } from 'cytoscape';
import type { ForceLayoutSettings } from './force-layout-job.ts';

/** The force-directed layout (cytoscape-fcose): the default, and the only one that can continue from where nodes are. */
export const FORCE_LAYOUT = 'fcose';

export const LAYOUTS = [FORCE_LAYOUT, 'concentric', 'breadthfirst', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const DEFAULT_LAYOUT: LayoutName = FORCE_LAYOUT;

/** What the layout menu calls each layout. */
export const LAYOUT_TITLES: Record<LayoutName, string> = {
  [FORCE_LAYOUT]: 'Force-directed',
  concentric: 'Concentric (hubs in the middle)',
  breadthfirst: 'Tree from the selection',
  grid: 'Grid',
};

export function isLayoutName(value: string): value is LayoutName {
  return (LAYOUTS as readonly string[]).includes(value);
}

/** Whether a layout can start from the current positions (after an expansion) instead of starting afresh. */
export function canLayOutIncrementally(name: LayoutName): boolean {
  return name === FORCE_LAYOUT;
}

export interface LayoutRequest {
  name: LayoutName;
  /** Nodes the layout moves (and the edges among them); pinned nodes are included but stay put. */
  nodes: NodeCollection;
  animate: boolean;
  /** Keep existing positions as the starting point (after an expansion) rather than starting afresh. */
  incremental: boolean;
  /** Roots for the breadth-first layout, usually the selection. */
  roots: NodeCollection;
  /** Nodes the force-directed layout leaves where they are, as it does pinned ones. */
  fixedIds?: ReadonlySet<string>;
}

export const ANIMATION_MS = 450;

/** The span from a force layout's job being sent to its positions coming back, as a performance measure (profiles, bench:ui). */
export const LAYOUT_COMPUTED_MEASURE = 'kgx-layout-computed';
/** Room left around what a layout fits into view, in screen pixels. */
export const LAYOUT_PADDING = 56;

/**
 * Above this many nodes fcose's full force simulation takes tens of seconds on a laptop, so the layout
 * stops after its fast spectral (draft) stage and the result is spread out to roughly one node per cell.
 */
export const FULL_FORCE_MAX_NODES = 800;
/** Room each node gets when a draft layout is spread out, in model units. */
const DRAFT_CELL = 75;

/** Whether this request takes the fast draft route (and so needs spreading and fitting afterwards). */
export function isDraftLayout(request: Pick<LayoutRequest, 'name' | 'nodes'>): boolean {
  return request.name === FORCE_LAYOUT && request.nodes.length > FULL_FORCE_MAX_NODES;
}

/** How much to scale a draft layout so its nodes get about one cell each; never shrinks. */
export function spreadFactor(nodeCount: number, box: { w: number; h: number }): number {
  const area = Math.max(1, box.w) * Math.max(1, box.h);
  return Math.max(1, Math.sqrt((nodeCount * DRAFT_CELL * DRAFT_CELL) / area));
}

function byDegree(node: NodeSingular): number {
  return Number(node.data('degree') ?? 0) + node.degree(false);
}

/** Above this many nodes labels are left out of the boxes the force layout keeps apart (measuring them costs too much). */
const LABELLED_FORCE_MAX_NODES = 400;

/** Whether the force layout keeps labels apart as well as nodes. */
export function forceLayoutCountsLabels(nodeCount: number): boolean {
  return nodeCount <= LABELLED_FORCE_MAX_NODES;
}

/** The nodes the force layout must leave where they are: pinned ones and those the request holds. */
function heldByForceLayout(request: Pick<LayoutRequest, 'nodes' | 'fixedIds'>): NodeCollection {
  return request.nodes.filter((n) => n.locked() || (request.fixedIds?.has(n.id()) ?? false)).nodes();
}

/**
 * The force layout's settings, as plain data for the layout worker; the canvas animates and fits the result itself.
 * `boxMiddles` says where each node's box is centred, the point the layout moves (and holds, for held nodes).
 */
export function forceLayoutSettings(request: LayoutRequest, boxMiddles: ReadonlyMap<string, Position>): ForceLayoutSettings {
  const count = request.nodes.length;
  const pinned = heldByForceLayout(request);
  return {
    name: FORCE_LAYOUT,
    quality: isDraftLayout(request) ? 'draft' : 'default',
    randomize: !request.incremental,
    packComponents: false,
    nodeRepulsion: 9000,
    idealEdgeLength: 90,
    edgeElasticity: 0.35,
    gravity: 0.3,
    numIter: 2500,
    tile: true,
    ...(pinned.length > 0 && pinned.length < count
      ? { fixedNodeConstraint: pinned.map((n) => ({ nodeId: n.id(), position: { ...(boxMiddles.get(n.id()) ?? n.position()) } })) }
      : {}),
  };
}

/**
 * How the canvas moves nodes to where the force layout put them: animated when small, fitted unless incremental. Held
 * nodes (pinned, or fixed by the request) are left out, so they stay exactly where they are whatever the layout did.
 */
export function forceLayoutPlacement(request: LayoutRequest, positions: Readonly<Record<string, Position>>): LayoutOptions {
  const draft = isDraftLayout(request);
  const moved: Record<string, Position> = { ...positions };
  heldByForceLayout(request).forEach((node) => {
    delete moved[node.id()];
  });
  return {
    name: 'preset',
    // Nodes it has no position for (held ones, or one added meanwhile) stay where they are.
    positions: moved,
    animate: request.animate && !draft,
    animationDuration: ANIMATION_MS,
    animateFilter: (node: NodeSingular) => node.id() in moved,
    fit: !request.incremental && !draft,
    padding: LAYOUT_PADDING,
  };
}

/** Cytoscape's options for the layouts that run on the canvas itself (all but the force layout, which runs in a worker). */
export function layoutOptions(request: LayoutRequest & { name: Exclude<LayoutName, typeof FORCE_LAYOUT> }): LayoutOptions {
  // A layout after an expansion keeps the viewport: the view then moves only as far as it must to show what was added.
  const common = { animate: request.animate, animationDuration: ANIMATION_MS, fit: !request.incremental, padding: LAYOUT_PADDING };
  switch (request.name) {
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        concentric: byDegree,
        levelWidth: () => 3,
        minNodeSpacing: 28,
        avoidOverlap: true,
      };
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        ...common,
        directed: false,
        spacingFactor: 1.1,
        avoidOverlap: true,
        ...(request.roots.length > 0 ? { roots: request.roots } : {}),
      };
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true, avoidOverlapPadding: 18, condense: false };
  }
}
