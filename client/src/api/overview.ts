// GET /api/overview: what the explorer opens on, picked by the server from stored degrees.
import { OverviewResponseSchema, type OverviewQueryInput, type OverviewResponse } from '@kgx/contract';
import { getJson, type RequestOptions } from './http.ts';
import { toQueryString } from './query-string.ts';

export function fetchOverview(query: OverviewQueryInput = {}, options: RequestOptions = {}): Promise<OverviewResponse> {
  return getJson(`/overview${toQueryString(query)}`, OverviewResponseSchema, options);
}
