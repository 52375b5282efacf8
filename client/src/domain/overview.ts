// Chooses what the explorer opens on: the most connected entities and the main events, with the relations among them.
import type { Graph, GraphEdge, GraphNode, Triple } from '@kgx/contract';

export interface OverviewOptions {
  /** How many entities to keep in all. */
  maxEntities: number;
  /** How many of those places are kept for the best-connected events. */
  eventSlots: number;
}

export const DEFAULT_OVERVIEW: OverviewOptions = { maxEntities: 25, eventSlots: 8 };

function byDegree(degree: Map<string, number>) {
  return (a: GraphNode, b: GraphNode): number => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.name.localeCompare(b.name);
}

/**
 * The best-connected entities (their stored degree, else how often they occur in the triples),
 * with room kept for events so the opening view shows what happened, not only who.
 */
export function pickOverview(triples: readonly Triple[], options: OverviewOptions = DEFAULT_OVERVIEW): Graph {
  const nodes = new Map<string, GraphNode>();
  const seen = new Map<string, number>();
  const edges = new Map<string, GraphEdge>();
  for (const { subject, relation, object } of triples) {
    nodes.set(subject.id, subject);
    nodes.set(object.id, object);
    edges.set(relation.id, relation);
    seen.set(subject.id, (seen.get(subject.id) ?? 0) + 1);
    seen.set(object.id, (seen.get(object.id) ?? 0) + 1);
  }
  const degree = new Map<string, number>();
  for (const node of nodes.values()) degree.set(node.id, node.degree ?? seen.get(node.id) ?? 0);

  const ranked = [...nodes.values()].filter((n) => n.type !== 'Document').sort(byDegree(degree));
  const events = ranked.filter((n) => n.type === 'Event').slice(0, options.eventSlots);
  const kept = new Set(events.map((n) => n.id));
  for (const node of ranked) {
    if (kept.size >= options.maxEntities) break;
    kept.add(node.id);
  }
  const keptNodes = ranked.filter((n) => kept.has(n.id));
  const keptEdges = [...edges.values()].filter((e) => kept.has(e.source) && kept.has(e.target));
  return { nodes: keptNodes, edges: keptEdges };
}
