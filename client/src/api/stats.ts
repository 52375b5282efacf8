// GET /api/stats: how many entities, relations and documents of each kind the graph holds.
import { StatsResponseSchema, type StatsResponse } from '@kgx/contract';
import { getJson } from './http.ts';

export function fetchStats(signal?: AbortSignal): Promise<StatsResponse> {
  return getJson('/stats', StatsResponseSchema, signal ? { signal } : {});
}
