// Groups an entity's relations by type and direction, each read from the entity: "detained by: Azerbaijani Armed Forces".
import type { GraphEdge, GraphNode } from '@kgx/contract';
import { readRelationFrom, type Direction } from './relation-wording.ts';
import { currentVocabulary } from './vocabulary.ts';

export interface RelationGroupItem {
  edge: GraphEdge;
  /** The entity at the other end; a stand-in when the response did not include it. */
  other: GraphNode;
}

export interface RelationGroup {
  key: string;
  type: string;
  direction: Direction;
  wording: string;
  items: RelationGroupItem[];
}

function typeOrder(type: string): number {
  return currentVocabulary().relationOrder(type);
}

/** Groups in the vocabulary's order, outgoing before incoming. */
export function groupRelations(edges: readonly GraphEdge[], nodes: readonly GraphNode[], perspectiveId: string): RelationGroup[] {
  const nodesById = new Map(nodes.map((n) => [n.id, n]));
  const groups = new Map<string, RelationGroup>();
  for (const edge of edges) {
    if (edge.source !== perspectiveId && edge.target !== perspectiveId) continue;
    const reading = readRelationFrom(edge, perspectiveId);
    const key = `${edge.type}:${reading.direction}`;
    const other = nodesById.get(reading.otherId) ?? { id: reading.otherId, type: 'Event' as const, name: reading.otherId, aliases: [] };
    const group = groups.get(key) ?? { key, type: edge.type, direction: reading.direction, wording: reading.wording, items: [] };
    group.items.push({ edge, other });
    groups.set(key, group);
  }
  for (const group of groups.values()) group.items.sort((a, b) => a.other.name.localeCompare(b.other.name));
  return [...groups.values()].sort(
    (a, b) => typeOrder(a.type) - typeOrder(b.type) || (a.direction === b.direction ? 0 : a.direction === 'outgoing' ? -1 : 1),
  );
}
