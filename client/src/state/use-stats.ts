// The graph's counts from /api/stats, fetched once per page and shared by whoever shows them; asked again after a change.
import { useEffect, useSyncExternalStore } from 'react';
import type { StatsResponse } from '@kgx/contract';
import { fetchStats } from '../api/stats.ts';

let stats: StatsResponse | null = null;
/** The request whose answer is awaited; an answer to an older one (asked before a change) is dropped. */
let pending: Promise<void> | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function load(): void {
  if (pending || stats) return;
  const request: Promise<void> = fetchStats()
    .then((response) => {
      if (pending !== request) return;
      stats = response;
      for (const listener of listeners) listener();
    })
    .catch(() => {
      // Counts are decoration; the banner reports an unavailable API.
    })
    .finally(() => {
      if (pending === request) pending = null;
    });
  pending = request;
}

/** Asks again, after something changed what the graph holds (a data set removed); readers update when it answers. */
export function reloadStats(): void {
  stats = null;
  pending = null;
  load();
}

export function useStats(): StatsResponse | null {
  useEffect(load, []);
  return useSyncExternalStore(subscribe, () => stats);
}
