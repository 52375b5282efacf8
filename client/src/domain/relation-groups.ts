// Groups an entity's relations by type and direction, each read from the entity: "detained by: Azerbaijani Armed Forces".
import { RELATION_TYPES, type GraphEdge, type GraphNode } from '@kgx/contract';
import { readRelationFrom, type Direction } from './relation-wording.ts';

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
  const index = (RELATION_TYPES as readonly string[]).indexOf(type);
  return index < 0 ? RELATION_TYPES.length : index;
}

/** Groups in vocabulary order (roles, geography, events, statements, movement), outgoing before incoming. */
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
