import type { DatasetSummary } from '@kgx/contract';
import { describe, expect, it } from 'vitest';
import { defaultReviewDataset, reviewableDatasets } from './review-dataset.ts';

function dataset(id: string, createdAt: string, extractedAt?: string, documents = 1): DatasetSummary {
  return {
    id,
    name: id,
    format: 'text',
    files: [`${id}.txt`],
    createdAt,
    updatedAt: createdAt,
    status: 'done',
    counts: { documents, entities: 0, relations: 0, evidence: 0, mentions: 0 },
    ...(extractedAt === undefined
      ? {}
      : { extraction: { status: 'done', documents, processed: documents, entities: 1, relations: 1, updatedAt: extractedAt } }),
  };
}

describe('defaultReviewDataset', () => {
  it('opens on the data set uploaded last, not the first one ever extracted (bug: the queue showed an older upload)', () => {
    const listed = [
      dataset('demo', '2024-01-01T00:00:00Z'),
      dataset('tarsk-notes', '2024-06-01T10:00:00Z', '2024-06-01T10:00:05Z'),
      dataset('follow-up', '2024-06-02T09:00:00Z', '2024-06-02T09:00:04Z'),
    ];
    expect(defaultReviewDataset(listed)?.id).toBe('follow-up');
  });

  it('opens on a data set extracted again after a newer one was uploaded', () => {
    const listed = [
      dataset('tarsk-notes', '2024-06-01T10:00:00Z', '2024-06-03T08:00:00Z'),
      dataset('follow-up', '2024-06-02T09:00:00Z', '2024-06-02T09:00:04Z'),
    ];
    expect(defaultReviewDataset(listed)?.id).toBe('tarsk-notes');
  });

  it('falls back to the newest data set with documents when none was extracted, and to none without documents', () => {
    expect(defaultReviewDataset([dataset('a', '2024-01-01T00:00:00Z'), dataset('b', '2024-02-01T00:00:00Z')])?.id).toBe('b');
    expect(defaultReviewDataset([dataset('rows-only', '2024-01-01T00:00:00Z', undefined, 0)])).toBeUndefined();
  });

  it('lists only imported data sets that hold documents', () => {
    const running = { ...dataset('running', '2024-03-01T00:00:00Z'), status: 'running' as const };
    expect(
      reviewableDatasets([running, dataset('csv', '2024-01-01T00:00:00Z', undefined, 0), dataset('t', '2024-02-01T00:00:00Z')]).map(
        (d) => d.id,
      ),
    ).toEqual(['t']);
  });
});
