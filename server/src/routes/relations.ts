// Who did what to whom.
import { RelationsQuerySchema, RelationsResponseSchema } from '@kgx/contract';
import { defineEndpoint } from './endpoint.ts';

export const RELATION_ENDPOINTS = [
  defineEndpoint({
    method: 'get',
    path: '/relations',
    summary: 'Who-did-what triples with their evidence',
    role: 'viewer',
    usesDatabase: true,
    query: RelationsQuerySchema,
    response: RelationsResponseSchema,
    errors: [{ status: 404, description: 'No entity with the id given as subject or object' }],
    example: { query: { subject: 'person:ruben-vardanyan', limit: '5' } },
    handle: ({ query }, s) => s.relations.relations(query),
  }),
];
