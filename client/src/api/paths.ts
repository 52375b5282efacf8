// GET /api/paths: the shortest connections between two entities.
import { PathsResponseSchema, type PathsQueryInput, type PathsResponse } from '@kgx/contract';
import { getJson, type RequestOptions } from './http.ts';
import { toQueryString } from './query-string.ts';

export function findPaths(query: PathsQueryInput, options: RequestOptions = {}): Promise<PathsResponse> {
  return getJson(`/paths${toQueryString(query)}`, PathsResponseSchema, options);
}
