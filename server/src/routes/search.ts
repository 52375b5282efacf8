// Full-text search over names and aliases, and over what the documents say.
import { SearchQuerySchema, SearchResponseSchema, TextSearchQuerySchema, TextSearchResponseSchema } from '@kgx/contract';
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
  defineEndpoint({
    method: 'get',
    path: '/search/text',
    summary:
      "The documents' sentences that hold every word typed (whole words, case- and accent-insensitive; the words as a phrase first), each with its document and the relations whose evidence quotes it",
    role: 'viewer',
    usesDatabase: true,
    query: TextSearchQuerySchema,
    response: TextSearchResponseSchema,
    example: { query: { q: 'ethnic cleansing' } },
    handle: ({ query }, s) => s.textSearch.search(query),
  }),
];
