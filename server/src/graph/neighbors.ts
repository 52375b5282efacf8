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
import { toGraphEdge, toGraphNode } from './records.ts';

// A COLLECT subquery, not CALL: an entity with no relation (or none that passes the filters) still yields its row.
const neighbors = (relationTypes: readonly RelationType[]) => `
MATCH (c:Entity {id: $id})
WITH c, COLLECT {
  MATCH (c)-[r:${relationTypeAlternation(relationTypes)}]-(n:Entity)
  WHERE ($types IS NULL OR any(label IN labels(n) WHERE label IN $types))
    AND ($from IS NULL OR r.dateTo >= $from)
    AND ($to IS NULL OR r.dateFrom <= $to)
  WITH r, n ORDER BY coalesce(n.degree, 0) DESC, n.id, type(r)
  RETURN {r: r, n: n, outgoing: startNode(r) = c}
} AS items
RETURN c, size(items) AS total, items[0..$limit] AS items`;

export interface NeighborsFilter {
  id: string;
  type: EntityType[] | undefined;
  relation: RelationType[] | undefined;
  from: string | undefined;
  to: string | undefined;
  limit: number;
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
    const total = Number(record.get('total'));
    return { center: center.id, nodes: [...nodes.values()], edges, total, truncated: total > edges.length };
  });
}
