import { describe, expect, it } from 'vitest';
import { buildHistogram, isBinInRange } from './timeline-histogram.ts';

describe('buildHistogram', () => {
  it('is empty when nothing is dated', () => {
    expect(buildHistogram([])).toEqual({ unit: 'year', bins: [], max: 0 });
  });

  it('bins by day over a short stretch and fills the gaps with zeros', () => {
    const histogram = buildHistogram([
      { from: '2023-09-19', to: '2023-09-20' },
      { from: '2023-09-19', to: '2023-09-19' },
      { from: '2023-09-21', to: '2023-09-21' },
    ]);
    expect(histogram.unit).toBe('day');
    expect(histogram.bins.map((b) => [b.key, b.count])).toEqual([
      ['2023-09-19', 2],
      ['2023-09-20', 0],
      ['2023-09-21', 1],
    ]);
    expect(histogram.max).toBe(2);
  });

  it('bins by month over a year or two', () => {
    const histogram = buildHistogram([
      { from: '2022-12-12', to: '2023-09-30' },
      { from: '2023-09-19', to: '2023-09-20' },
    ]);
    expect(histogram.unit).toBe('month');
    expect(histogram.bins).toHaveLength(10);
    expect(histogram.bins[0]).toMatchObject({ key: '2022-12', label: 'Dec 2022', count: 1 });
    expect(histogram.bins.at(-1)).toMatchObject({ key: '2023-09', count: 1 });
  });

  it('bins by year over decades', () => {
    const histogram = buildHistogram([
      { from: '1988-02-20', to: '1994-05-12' },
      { from: '2023-09-19', to: '2023-09-20' },
    ]);
    expect(histogram.unit).toBe('year');
    expect(histogram.bins[0]?.key).toBe('1988');
    expect(histogram.bins.at(-1)?.key).toBe('2023');
    expect(histogram.bins).toHaveLength(36);
  });
});

describe('buildHistogram with outliers', () => {
  it('gathers far outliers into end bins so the bulk stays readable', () => {
    const bulk = Array.from({ length: 12 }, (_, i) => ({ from: `2023-${String((i % 3) + 8).padStart(2, '0')}-10`, to: '2023-10-31' }));
    const histogram = buildHistogram([{ from: '1988-02-20', to: '1994-05-12' }, ...bulk, { from: '2024-01-12', to: '2024-01-12' }]);
    expect(histogram.unit).toBe('month');
    expect(histogram.bins[0]).toMatchObject({ overflow: 'before', count: 1, label: 'before Aug 2023' });
    expect(histogram.bins[1]).toMatchObject({ key: '2023-08', count: 4 });
    expect(histogram.bins.at(-1)).toMatchObject({ key: '2024-01', count: 1 });
    expect(histogram.bins.reduce((sum, b) => sum + b.count, 0)).toBe(14);
  });

  it('keeps every bin regular when the dates are spread evenly', () => {
    const even = Array.from({ length: 10 }, (_, i) => ({ from: `${2000 + i * 2}-01-01`, to: `${2000 + i * 2}-01-01` }));
    expect(buildHistogram(even).bins.some((b) => b.overflow)).toBe(false);
  });
});

describe('isBinInRange', () => {
  it('counts end bins as in only while that end of the range is open', () => {
    const before = { key: '2023-08', label: 'before Aug 2023', count: 1, overflow: 'before' as const };
    expect(isBinInRange(before, {})).toBe(true);
    expect(isBinInRange(before, { from: '2023-08' })).toBe(false);
    expect(isBinInRange(before, { to: '2023-08' })).toBe(true);
  });

  it('compares a bin with an open or closed range', () => {
    const bin = { key: '2023-09', label: 'Sep 2023', count: 1 };
    expect(isBinInRange(bin, {})).toBe(true);
    expect(isBinInRange(bin, { from: '2023-09-30' })).toBe(true);
    expect(isBinInRange(bin, { from: '2023-10' })).toBe(false);
    expect(isBinInRange(bin, { to: '2023-08-31' })).toBe(false);
  });
});
