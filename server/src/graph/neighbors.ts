// The one-hop neighbourhood of an entity, filtered by neighbour type, relation type and date range, capped.
import {
  earliestDay,
  latestDay,
  type EntityType,
  type GraphEdge,
  type GraphNode,
  type NeighborsResponse,
  type RelationType,
} from '@kgx/contract';
import { int, type GraphClient } from './client.ts';
import { relationTypeAlternation } from './identifiers.ts';
import { nodeTypeOf, toGraphEdge, toGraphNode } from './records.ts';

const FILTERS = `($types IS NULL OR any(label IN labels(n) WHERE label IN $types))
    AND ($from IS NULL OR r.dateTo >= $from)
    AND ($to IS NULL OR r.dateFrom <= $to)`;

/**
 * The first page, best-connected neighbours first, kept as a top-k while the relations stream past (never the whole
 * neighbourhood sorted or held), and then the relations counted by relation type and the neighbour's labels in one
 * grouped pass. A hub of a hundred thousand relations costs two reads of its relations, nothing held but the page.
 * Subqueries that return one row each: an entity with no relation (or none that passes the filters) still yields its row.
 */
const neighbors = (relationTypes: readonly RelationType[]) => {
  const step = relationTypeAlternation(relationTypes);
  return `
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[r:${step}]-(n:Entity)
  WHERE ${FILTERS}
  WITH r, n ORDER BY coalesce(n.degree, 0) DESC, n.id, type(r)
  LIMIT $limit
  RETURN collect({r: r, n: n, outgoing: startNode(r) = c}) AS items
}
CALL (c) {
  MATCH (c)-[r:${step}]-(n:Entity)
  WHERE ${FILTERS}
  WITH type(r) AS relation, labels(n) AS labels, count(*) AS count
  RETURN collect({relation: relation, labels: labels, count: count}) AS groups
}
RETURN c, items, groups`;
};

export interface NeighborsFilter {
  id: string;
  type: EntityType[] | undefined;
  relation: RelationType[] | undefined;
  from: string | undefined;
  to: string | undefined;
  limit: number;
}

interface NeighborGroup {
  relation: string;
  labels: string[];
  count: number | { toNumber(): number };
}

interface NeighborItem {
  r: Parameters<typeof toGraphEdge>[0];
  n: Parameters<typeof toGraphNode>[0];
  outgoing: boolean;
}

export async function readNeighbors(client: GraphClient, filter: NeighborsFilter): Promise<NeighborsResponse | null> {
  return client.read(async (tx) => {
    const record = (
      await tx.run(neighbors(filter.relation ?? []), {
        id: filter.id,
        types: filter.type ?? null,
        from: filter.from === undefined ? null : earliestDay(filter.from),
        to: filter.to === undefined ? null : latestDay(filter.to),
        limit: int(filter.limit),
      })
    ).records[0];
    if (!record) return null;
    const center = toGraphNode(record.get('c'));
    const nodes = new Map<string, GraphNode>([[center.id, center]]);
    const edges: GraphEdge[] = [];
    for (const item of record.get('items') as NeighborItem[]) {
      const neighbor = toGraphNode(item.n);
      nodes.set(neighbor.id, neighbor);
      edges.push(item.outgoing ? toGraphEdge(item.r, center.id, neighbor.id) : toGraphEdge(item.r, neighbor.id, center.id));
    }
    const types: Record<string, number> = {};
    const relations: Record<string, number> = {};
    let total = 0;
    for (const group of record.get('groups') as NeighborGroup[]) {
      const count = Number(group.count);
      const type = nodeTypeOf(group.labels) ?? 'Entity';
      types[type] = (types[type] ?? 0) + count;
      relations[group.relation] = (relations[group.relation] ?? 0) + count;
      total += count;
    }
    return { center: center.id, nodes: [...nodes.values()], edges, total, truncated: total > edges.length, counts: { types, relations } };
  });
}
