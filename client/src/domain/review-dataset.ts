// Which data set the review queue opens on: the one whose documents were read for proposals last.
import type { DatasetSummary } from '@kgx/contract';

/** Imported data sets that hold documents: the ones the review queue lists. */
export function reviewableDatasets(datasets: readonly DatasetSummary[]): DatasetSummary[] {
  return datasets.filter((d) => d.counts.documents > 0 && d.status === 'done');
}

/**
 * The data set to review when the reviewer has chosen none: the one extraction ran on last (the upload just made,
 * or the one extracted again), else the newest with documents. ISO timestamps compare as strings.
 */
export function defaultReviewDataset(datasets: readonly DatasetSummary[]): DatasetSummary | undefined {
  const reviewable = reviewableDatasets(datasets);
  const latest = (a: string, b: string) => (a > b ? -1 : a < b ? 1 : 0);
  const extracted = reviewable
    .filter((d) => d.extraction !== undefined)
    .sort((a, b) => latest(a.extraction?.updatedAt ?? '', b.extraction?.updatedAt ?? ''));
  return extracted[0] ?? [...reviewable].sort((a, b) => latest(a.createdAt, b.createdAt))[0];
}
