// Full-text search over names and aliases.
import { SearchQuerySchema, SearchResponseSchema } from '@kgx/contract';
import { defineEndpoint } from './endpoint.ts';

export const SEARCH_ENDPOINTS = [
  defineEndpoint({
    method: 'get',
    path: '/search',
    summary: 'Full-text search over names and aliases (case- and accent-insensitive, prefix, fuzzy)',
    role: 'viewer',
    usesDatabase: true,
    query: SearchQuerySchema,
    response: SearchResponseSchema,
    example: { query: { q: 'vardanyan' } },
    handle: ({ query }, s) => s.search.search(query),
  }),
];
