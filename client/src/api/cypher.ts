// POST /api/cypher: runs a read-only Cypher query and returns rows and the graph they contain.
import { CypherResponseSchema, type CypherResponse } from '@kgx/contract';
import { postJson } from './http.ts';

export function runCypher(query: string, params: Record<string, unknown> = {}, signal?: AbortSignal): Promise<CypherResponse> {
  return postJson('/cypher', { query, params }, CypherResponseSchema, signal ? { signal } : {});
}
