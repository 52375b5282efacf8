// GET /api/entities/:id and its neighbours: one entity's record, documents and relations.
import {
  EntityResponseSchema,
  NeighborsResponseSchema,
  type EntityResponse,
  type EntityType,
  type NeighborsResponse,
  type RelationType,
} from '@kgx/contract';
import { getJson } from './http.ts';
import { toQueryString } from './query-string.ts';

export function fetchEntity(id: string, signal?: AbortSignal): Promise<EntityResponse> {
  return getJson(`/entities/${encodeURIComponent(id)}`, EntityResponseSchema, signal ? { signal } : {});
}

export interface NeighborsOptions {
  types?: readonly EntityType[];
  relations?: readonly RelationType[];
  from?: string;
  to?: string;
  limit?: number;
  signal?: AbortSignal;
}

export function fetchNeighbors(id: string, options: NeighborsOptions = {}): Promise<NeighborsResponse> {
  const query = toQueryString({
    type: options.types,
    relation: options.relations,
    from: options.from,
    to: options.to,
    limit: options.limit,
  });
  return getJson(
    `/entities/${encodeURIComponent(id)}/neighbors${query}`,
    NeighborsResponseSchema,
    options.signal ? { signal: options.signal } : {},
  );
}
