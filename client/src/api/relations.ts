// GET /api/relations: who did what to whom, filtered by subject, predicate, object, types and dates.
import { RelationsResponseSchema, type RelationsQueryInput, type RelationsResponse } from '@kgx/contract';
import { getJson, type RequestOptions } from './http.ts';
import { toQueryString } from './query-string.ts';

export function queryRelations(query: RelationsQueryInput, options: RequestOptions = {}): Promise<RelationsResponse> {
  return getJson(`/relations${toQueryString(query)}`, RelationsResponseSchema, options);
}
