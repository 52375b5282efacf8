// POST /api/cypher: runs a read-only Cypher query and returns rows and the graph they contain.
import { CypherResponseSchema, type CypherRequestInput, type CypherResponse } from '@kgx/contract';
import { postJson, type RequestOptions } from './http.ts';

export function runCypher(request: CypherRequestInput, options: RequestOptions = {}): Promise<CypherResponse> {
  return postJson('/cypher', request, CypherResponseSchema, options);
}
