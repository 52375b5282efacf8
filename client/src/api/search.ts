// GET /api/search: entities whose name or alias matches what was typed.
import { SearchResponseSchema, type EntityType, type SearchResponse } from '@kgx/contract';
import { getJson } from './http.ts';
import { toQueryString } from './query-string.ts';

export interface SearchOptions {
  q: string;
  types?: readonly EntityType[];
  limit?: number;
  signal?: AbortSignal;
}

export function searchEntities(options: SearchOptions): Promise<SearchResponse> {
  const query = toQueryString({ q: options.q, type: options.types, limit: options.limit });
  return getJson(`/search${query}`, SearchResponseSchema, options.signal ? { signal: options.signal } : {});
}
