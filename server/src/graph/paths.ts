// How two entities connect: the k shortest paths over who-did-what relations (documents are never steps).
import type { Path, RelationType } from '@kgx/contract';
import type { GraphClient } from './client.ts';
import { relationTypeAlternation } from './identifiers.ts';
import { pathParts } from './records.ts';

/** `k` and `maxHops` are validated integers: Cypher takes neither as a parameter in these positions. */
const shortestPaths = (opts: { k: number; maxHops: number; relations: readonly RelationType[] }) => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST ${opts.k} (a)-[:${relationTypeAlternation(opts.relations)}]-{1,${opts.maxHops}}(b)
RETURN p
ORDER BY length(p)`;

export interface PathsFilter {
  from: string;
  to: string;
  k: number;
  maxHops: number;
  relation: RelationType[] | undefined;
}

export async function findShortestPaths(client: GraphClient, filter: PathsFilter): Promise<Path[]> {
  if (!Number.isInteger(filter.k) || !Number.isInteger(filter.maxHops)) throw new Error('k and maxHops must be integers');
  const query = shortestPaths({ k: filter.k, maxHops: filter.maxHops, relations: filter.relation ?? [] });
  return client.read(async (tx) => {
    const records = (await tx.run(query, { from: filter.from, to: filter.to })).records;
    return records.map((record) => {
      const { nodes, edges } = pathParts(record.get('p'));
      return { nodes, edges, length: edges.length, nodeIds: nodes.map((n) => n.id), edgeIds: edges.map((e) => e.id) };
    });
  });
}
