// Whether the API and its database answer: polled from /api/health and corrected by every request's outcome.
import { useEffect, useSyncExternalStore } from 'react';
import { describeError } from '../api/api-error.ts';
import { onAvailabilityChange, type Availability } from '../api/availability.ts';
import { fetchHealth } from '../api/health.ts';

export interface HealthStatus {
  availability: Availability;
  /** Why it is unavailable, in words. */
  reason?: string;
  neo4jVersion?: string;
}

const POLL_WHEN_UP_MS = 20_000;
const POLL_WHEN_DOWN_MS = 4_000;

let status: HealthStatus = { availability: 'unknown' };
const listeners = new Set<() => void>();

function setStatus(next: HealthStatus): void {
  if (next.availability === status.availability && next.reason === status.reason && next.neo4jVersion === status.neo4jVersion) return;
  status = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function checkHealth(): Promise<void> {
  try {
    const health = await fetchHealth();
    if (health.status === 'ok' && health.neo4j.connected) {
      setStatus({ availability: 'available', ...(health.neo4j.version ? { neo4jVersion: health.neo4j.version } : {}) });
    } else {
      setStatus({ availability: 'unavailable', reason: health.neo4j.error ?? 'The database is not connected.' });
    }
  } catch (error) {
    setStatus({ availability: 'unavailable', reason: describeError(error) });
  }
}

export function useHealthStatus(): HealthStatus {
  return useSyncExternalStore(subscribe, () => status);
}

/** Polls the health endpoint while mounted (more often while down) and listens to every request's outcome. */
export function useHealthPolling(): void {
  useEffect(() => {
    let timer: number | undefined;
    let stopped = false;
    const schedule = () => {
      window.clearTimeout(timer);
      if (stopped) return;
      timer = window.setTimeout(
        () => void checkHealth().then(schedule),
        status.availability === 'unavailable' ? POLL_WHEN_DOWN_MS : POLL_WHEN_UP_MS,
      );
    };
    void checkHealth().then(schedule);
    const unsubscribe = onAvailabilityChange((availability, reason) => {
      if (availability === 'unavailable') {
        setStatus({ availability, ...(reason ? { reason } : {}) });
        schedule();
      } else if (availability === 'available' && status.availability === 'unavailable') {
        // A request succeeded, so confirm with a health check rather than trusting one endpoint.
        void checkHealth().then(schedule);
      }
    });
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, []);
}
