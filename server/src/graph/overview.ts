// What the explorer opens on: the best-connected events and entities by their stored degree, read through the degree
// index in order (top-k), never by counting or sorting every relation.
import type { GraphNode } from '@kgx/contract';
import { int, type GraphClient } from './client.ts';
import { toGraphNode } from './records.ts';

const TOP_ENTITIES = `
CALL () {
  MATCH (n:Entity:Event) WHERE n.degree > 0
  RETURN n ORDER BY n.degree DESC, n.name LIMIT $events
}
WITH collect(n) AS events
CALL (events) {
  MATCH (n:Entity) WHERE n.degree IS NOT NULL AND NOT n IN events
  RETURN n ORDER BY n.degree DESC, n.name LIMIT $rest
}
WITH events, collect(n) AS others
RETURN events + others[0..($limit - size(events))] AS picked`;

/** Up to `limit` entities: the `events` best-connected events, then the best-connected of any type, by degree. */
export async function readTopEntities(client: GraphClient, opts: { limit: number; events: number }): Promise<GraphNode[]> {
  return client.read(async (tx) => {
    const record = (
      await tx.run(TOP_ENTITIES, { limit: int(opts.limit), events: int(Math.min(opts.events, opts.limit)), rest: int(opts.limit) })
    ).records[0];
    const picked = (record?.get('picked') ?? []) as Parameters<typeof toGraphNode>[0][];
    return picked.map(toGraphNode).sort((a, b) => (b.degree ?? 0) - (a.degree ?? 0) || a.name.localeCompare(b.name));
  });
}
