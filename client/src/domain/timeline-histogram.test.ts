import { describe, expect, it } from 'vitest';
import { buildHistogram, buildMonthHistogram, isBinInRange } from './timeline-histogram.ts';

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

describe('buildMonthHistogram', () => {
  it('bins the months the server counted by month, never by day, with empty months between', () => {
    const histogram = buildMonthHistogram([
      { month: '2023-09', count: 5 },
      { month: '2023-11', count: 2 },
    ]);
    expect(histogram.unit).toBe('month');
    expect(histogram.bins.map((b) => [b.key, b.count])).toEqual([
      ['2023-09', 5],
      ['2023-10', 0],
      ['2023-11', 2],
    ]);
    expect(histogram.max).toBe(5);
  });

  it('weighs each month by its count when it gathers outliers into end bins', () => {
    const histogram = buildMonthHistogram([
      { month: '1988-02', count: 1 },
      { month: '2023-09', count: 40 },
      { month: '2023-10', count: 30 },
      { month: '2024-05', count: 1 },
    ]);
    expect(histogram.bins[0]).toMatchObject({ overflow: 'before', count: 1 });
    expect(histogram.bins[histogram.bins.length - 1]).toMatchObject({ overflow: 'after', count: 1 });
    expect(histogram.bins.filter((b) => !b.overflow).map((b) => b.key)).toEqual(['2023-09', '2023-10']);
  });

  it('goes to years over a long stretch, and is empty without counts', () => {
    expect(
      buildMonthHistogram([
        { month: '1990-01', count: 3 },
        { month: '2023-09', count: 2 },
      ]).unit,
    ).toBe('year');
    expect(buildMonthHistogram([{ month: '2023-09', count: 0 }]).bins).toEqual([]);
  });
});

describe('buildMonthHistogram zoomed to a stretch', () => {
  it('covers the stretch month by month and gathers everything else into end bins', () => {
    const histogram = buildMonthHistogram(
      [
        { month: '1915-04', count: 1 },
        { month: '2023-09', count: 40 },
        { month: '2023-10', count: 30 },
        { month: '2024-05', count: 2 },
      ],
      { first: '2023-08-15', last: '2023-11-02' },
    );
    expect(histogram.unit).toBe('month');
    expect(histogram.bins.map((b) => [b.key, b.count, b.overflow])).toEqual([
      ['2023-08', 1, 'before'],
      ['2023-08', 0, undefined],
      ['2023-09', 40, undefined],
      ['2023-10', 30, undefined],
      ['2023-11', 0, undefined],
      ['2023-11', 2, 'after'],
    ]);
  });

  it('shows an empty stretch as empty months', () => {
    const histogram = buildMonthHistogram([{ month: '1915-04', count: 1 }], { first: '2023-09-01', last: '2023-09-30' });
    expect(histogram.bins.filter((b) => !b.overflow).map((b) => [b.key, b.count])).toEqual([['2023-09', 0]]);
  });
});
