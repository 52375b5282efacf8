// GET /api/relations: who did what to whom, filtered by subject, predicate, object, types and dates.
import { RelationsResponseSchema, type EntityType, type RelationType, type RelationsResponse } from '@kgx/contract';
import { getJson } from './http.ts';
import { toQueryString } from './query-string.ts';

export interface RelationsOptions {
  subject?: string;
  predicates?: readonly RelationType[];
  object?: string;
  subjectTypes?: readonly EntityType[];
  objectTypes?: readonly EntityType[];
  from?: string;
  to?: string;
  limit?: number;
  signal?: AbortSignal;
}

export function queryRelations(options: RelationsOptions): Promise<RelationsResponse> {
  const query = toQueryString({
    subject: options.subject,
    predicate: options.predicates,
    object: options.object,
    subjectType: options.subjectTypes,
    objectType: options.objectTypes,
    from: options.from,
    to: options.to,
    limit: options.limit,
  });
  return getJson(`/relations${query}`, RelationsResponseSchema, options.signal ? { signal: options.signal } : {});
}
