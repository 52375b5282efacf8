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
    errors: [
      { status: 403, description: 'The query would write, calls a procedure outside the read-only list, or is not a read of the graph' },
      { status: 413, description: 'The answer grew past CYPHER_MAX_BYTES while it streamed (RESULT_TOO_LARGE)' },
    ],
    example: { body: { query: 'MATCH (n:Person) RETURN n.name AS name ORDER BY name LIMIT 3' } },
    handle: ({ body }, s) => s.cypher.run(body),
  }),
];
