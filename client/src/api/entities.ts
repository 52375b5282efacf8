// GET /api/entities/:id and its neighbors: one entity's record, documents and relations.
import {
  EntityResponseSchema,
  NeighborsResponseSchema,
  type EntityResponse,
  type NeighborsQueryInput,
  type NeighborsResponse,
} from '@kgx/contract';
import { getJson, type RequestOptions } from './http.ts';
import { toQueryString } from './query-string.ts';

export function fetchEntity(id: string, options: RequestOptions = {}): Promise<EntityResponse> {
  return getJson(`/entities/${encodeURIComponent(id)}`, EntityResponseSchema, options);
}

export function fetchNeighbors(id: string, query: NeighborsQueryInput = {}, options: RequestOptions = {}): Promise<NeighborsResponse> {
  return getJson(`/entities/${encodeURIComponent(id)}/neighbors${toQueryString(query)}`, NeighborsResponseSchema, options);
}
