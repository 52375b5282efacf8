import { describe, expect, it } from 'vitest';
import type { DatasetSummary } from '@kgx/contract';
import { STALE_IMPORT_MS, effectiveStatus, isBusy } from './dataset-status.ts';

const running: DatasetSummary = {
  id: 'ledger',
  name: 'Ledger',
  format: 'csv',
  files: ['entities.csv'],
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
  status: 'running',
  counts: { documents: 0, entities: 10, relations: 5, evidence: 5, mentions: 0 },
};
const at = (ms: number) => Date.parse(running.updatedAt) + ms;

describe('effectiveStatus', () => {
  it('keeps a running data set running while its writer stamps it', () => {
    expect(effectiveStatus(running, at(STALE_IMPORT_MS - 1)).status).toBe('running');
  });

  it('shows a running data set nobody wrote for too long as failed, saying what to do', () => {
    const shown = effectiveStatus(running, at(STALE_IMPORT_MS));
    expect(shown.status).toBe('failed');
    expect(shown.error).toMatch(/interrupted.*import it again.*or remove it/);
  });

  it('leaves finished data sets as they are, however old', () => {
    expect(effectiveStatus({ ...running, status: 'done' }, at(10 * STALE_IMPORT_MS)).status).toBe('done');
  });
});

describe('isBusy', () => {
  it('holds a data set that a live writer is importing or removing', () => {
    for (const status of ['running', 'removing', 'queued']) {
      expect(isBusy({ status, updatedAt: running.updatedAt }, at(STALE_IMPORT_MS - 1))).toBe(true);
      expect(isBusy({ status, updatedAt: running.updatedAt }, at(STALE_IMPORT_MS + 1))).toBe(false);
    }
    expect(isBusy({ status: 'done', updatedAt: running.updatedAt }, at(0))).toBe(false);
  });
});
