// What the canvas should show, worked out from the explorer state: elements plus the sets that decide their classes.
import type { GraphEdge, GraphNode } from '@kgx/contract';
import type { TimelineMode } from '../state/explorer-state.ts';

export interface Scene {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  hidden: ReadonlySet<string>;
  pinned: ReadonlySet<string>;
  selection: readonly string[];
  /** Ids outside the timeline's range; dimmed or hidden according to `timelineMode`. */
  outOfRange: ReadonlySet<string>;
  timelineMode: TimelineMode;
  /** Ids on the highlighted path(s); null when no path is shown. */
  pathIds: ReadonlySet<string> | null;
  /** Nodes whose neighborhood the API capped. */
  truncated: ReadonlySet<string>;
}

/** The entities already on the canvas that new ones hang from: the other end of each relation from a new entity to an old one. */
export function anchorsOf(added: readonly string[], edges: readonly Pick<GraphEdge, 'source' | 'target'>[]): string[] {
  const isNew = new Set(added);
  const anchors = new Set<string>();
  for (const edge of edges) {
    if (isNew.has(edge.source) && !isNew.has(edge.target)) anchors.add(edge.target);
    if (isNew.has(edge.target) && !isNew.has(edge.source)) anchors.add(edge.source);
  }
  return [...anchors];
}
