// Full-text search over entity names and aliases.
import type { EntityType, SearchResult } from '@kgx/contract';
import { int, type GraphClient } from './client.ts';
import { toGraphNode } from './records.ts';
import { FULLTEXT_INDEX } from './schema.ts';

const SEARCH = `
CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $candidates}) YIELD node, score
WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
RETURN node, score
ORDER BY score DESC, coalesce(node.degree, 0) DESC, node.name
LIMIT $limit`;

export async function searchEntities(
  client: GraphClient,
  query: { lucene: string; types: EntityType[] | undefined; limit: number },
): Promise<SearchResult[]> {
  return client.read(async (tx) => {
    const result = await tx.run(SEARCH, {
      index: FULLTEXT_INDEX,
      lucene: query.lucene,
      types: query.types ?? null,
      candidates: int(query.types ? query.limit * 20 : query.limit * 2),
      limit: int(query.limit),
    });
    return result.records.map((r) => ({ ...toGraphNode(r.get('node')), score: Number(r.get('score')) }));
  });
}
