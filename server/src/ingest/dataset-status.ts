// The one rule for a data set's state: a writer stamps it as its batches commit (at least every few seconds), so one silent for too long has stopped.
import type { DatasetSummary } from '@kgx/contract';

/** A writer that has not stamped its data set for this long has stopped (killed, or the database went away). */
export const STALE_IMPORT_MS = 120_000;

/** A data set's state as shown: one being imported or removed that nobody has written for a while has failed. */
export function effectiveStatus(dataset: DatasetSummary, now: number): DatasetSummary {
  if (isBusy(dataset, now) || !['queued', 'running', 'removing'].includes(dataset.status)) return dataset;
  const error =
    dataset.status === 'removing'
      ? `removal interrupted: nothing was written since ${dataset.updatedAt}; remove it again to finish`
      : `interrupted: nothing was written since ${dataset.updatedAt}; import it again to finish it, or remove it`;
  return { ...dataset, status: 'failed', error };
}

/** The latest `updatedAt` of a writer that may still be at work: an older one has stopped. */
export function staleBefore(now: number): string {
  return new Date(now - STALE_IMPORT_MS).toISOString();
}

/** Whether a data set is being written or removed by a writer that is still at work. */
export function isBusy(state: { status: string; updatedAt: string }, now: number): boolean {
  return ['queued', 'running', 'removing'].includes(state.status) && state.updatedAt > staleBefore(now);
}
