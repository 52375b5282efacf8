// The graph's counts from /api/stats, fetched once per page and shared by whoever shows them.
import { useEffect, useSyncExternalStore } from 'react';
import type { StatsResponse } from '@kgx/contract';
import { fetchStats } from '../api/stats.ts';

let stats: StatsResponse | null = null;
let loading = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function load(): void {
  if (loading || stats) return;
  loading = true;
  fetchStats()
    .then((response) => {
      stats = response;
      for (const listener of listeners) listener();
    })
    .catch(() => {
      // Counts are decoration; the banner reports an unavailable API.
    })
    .finally(() => {
      loading = false;
    });
}

export function useStats(): StatsResponse | null {
  useEffect(load, []);
  return useSyncExternalStore(subscribe, () => stats);
}
