// GET /api/paths: the shortest connections between two entities.
import { PathsResponseSchema, type PathsResponse, type RelationType } from '@kgx/contract';
import { getJson } from './http.ts';
import { toQueryString } from './query-string.ts';

export interface PathsOptions {
  from: string;
  to: string;
  maxHops: number;
  k: number;
  relations?: readonly RelationType[];
  signal?: AbortSignal;
}

export function findPaths(options: PathsOptions): Promise<PathsResponse> {
  const query = toQueryString({ from: options.from, to: options.to, maxHops: options.maxHops, k: options.k, relation: options.relations });
  return getJson(`/paths${query}`, PathsResponseSchema, options.signal ? { signal: options.signal } : {});
}
