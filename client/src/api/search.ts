// GET /api/search: entities whose name or alias matches what was typed.
import { SearchResponseSchema, type SearchQueryInput, type SearchResponse } from '@kgx/contract';
import { getJson, type RequestOptions } from './http.ts';
import { toQueryString } from './query-string.ts';

export function searchEntities(query: SearchQueryInput, options: RequestOptions = {}): Promise<SearchResponse> {
  return getJson(`/search${toQueryString(query)}`, SearchResponseSchema, options);
}
