// GET /api/stats: how many entities, relations and documents of each kind the graph holds.
import { StatsResponseSchema, type StatsResponse } from '@kgx/contract';
import { getJson, type RequestOptions } from './http.ts';

export function fetchStats(options: RequestOptions = {}): Promise<StatsResponse> {
  return getJson('/stats', StatsResponseSchema, options);
}
