// The read-only Cypher console.
import { CypherRequestSchema, CypherResponseSchema } from '@kgx/contract';
import { defineEndpoint } from './endpoint.ts';

export const CYPHER_ENDPOINTS = [
  defineEndpoint({
    method: 'post',
    path: '/cypher',
    summary: 'Read-only Cypher console: reads of the graph only, bounded in rows and time',
    role: 'viewer',
    usesDatabase: true,
    body: CypherRequestSchema,
    response: CypherResponseSchema,
    errors: [{ status: 403, description: 'The query would write, or calls a procedure outside the read-only list' }],
    example: { body: { query: 'MATCH (n:Person) RETURN n.name AS name ORDER BY name LIMIT 3' } },
    handle: ({ body }, s) => s.cypher.run(body),
  }),
];
