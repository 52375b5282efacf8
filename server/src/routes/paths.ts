// The k shortest paths between two entities.
import { PathsQuerySchema, PathsResponseSchema } from '@kgx/contract';
import { defineEndpoint } from './endpoint.ts';

export const PATH_ENDPOINTS = [
  defineEndpoint({
    method: 'get',
    path: '/paths',
    summary: 'The k shortest paths between two entities',
    role: 'viewer',
    usesDatabase: true,
    query: PathsQuerySchema,
    response: PathsResponseSchema,
    errors: [{ status: 404, description: 'No entity with the id given as from or to' }],
    example: { query: { from: 'person:ruben-vardanyan', to: 'person:nikol-pashinyan' } },
    handle: ({ query }, s) => s.paths.paths(query),
  }),
];
