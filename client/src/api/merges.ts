// Merging a duplicate entity into another, and undoing it.
import {
  EntityMergeResponseSchema,
  EntityUnmergeResponseSchema,
  type EntityMergeResponse,
  type EntityUnmergeResponse,
} from '@kgx/contract';
import { deleteJson, postJson, type RequestOptions } from './http.ts';

export function mergeEntity(id: string, into: string, options: RequestOptions = {}): Promise<EntityMergeResponse> {
  return postJson(`/entities/${encodeURIComponent(id)}/merge`, { into }, EntityMergeResponseSchema, options);
}

export function unmergeEntity(id: string, options: RequestOptions = {}): Promise<EntityUnmergeResponse> {
  return deleteJson(`/entities/${encodeURIComponent(id)}/merge`, EntityUnmergeResponseSchema, options);
}
