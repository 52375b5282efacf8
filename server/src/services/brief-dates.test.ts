import { describe, expect, it } from 'vitest';
import { describeWhen, formatLongDate, partialDatesOf } from './brief-dates.ts';

describe('formatLongDate', () => {
  it('reads a day, a month and a year in full words', () => {
    expect(formatLongDate('2023-09-27')).toBe('27 September 2023');
    expect(formatLongDate('2023-09')).toBe('September 2023');
    expect(formatLongDate('2023')).toBe('2023');
  });

  it('returns anything that is not a partial date as given', () => {
    expect(formatLongDate('soon')).toBe('soon');
  });
});

describe('partialDatesOf', () => {
  it('reads day bounds covering whole months or years back as months or years', () => {
    expect(partialDatesOf('2023-09-01', '2023-09-30')).toEqual({ start: '2023-09', end: '2023-09' });
    expect(partialDatesOf('2022-12-01', '2023-09-30')).toEqual({ start: '2022-12', end: '2023-09' });
    expect(partialDatesOf('2023-01-01', '2023-12-31')).toEqual({ start: '2023', end: '2023' });
    expect(partialDatesOf('2024-02-01', '2024-02-29')).toEqual({ start: '2024-02', end: '2024-02' });
  });

  it('keeps days that do not cover whole months', () => {
    expect(partialDatesOf('2023-09-01', '2023-09-01')).toEqual({ start: '2023-09-01', end: '2023-09-01' });
    expect(partialDatesOf('2023-09-19', '2023-09-30')).toEqual({ start: '2023-09-19', end: '2023-09-30' });
    expect(partialDatesOf('2024-02-01', '2024-02-28')).toEqual({ start: '2024-02-01', end: '2024-02-28' });
  });
});

describe('describeWhen', () => {
  it('says "on" a day and "in" a month or a year, from the days derived at import', () => {
    expect(describeWhen({ dateFrom: '2023-09-27', dateTo: '2023-09-27' })).toBe('on 27 September 2023');
    expect(describeWhen({ dateFrom: '2023-09-01', dateTo: '2023-09-30' })).toBe('in September 2023');
    expect(describeWhen({ dateFrom: '2023-01-01', dateTo: '2023-12-31' })).toBe('in 2023');
  });

  it('says a range once where the month or year is shared', () => {
    expect(describeWhen({ dateFrom: '2023-09-19', dateTo: '2023-09-20' })).toBe('from 19 to 20 September 2023');
    expect(describeWhen({ dateFrom: '2023-09-19', dateTo: '2023-10-02' })).toBe('from 19 September to 2 October 2023');
    expect(describeWhen({ dateFrom: '2022-12-01', dateTo: '2023-09-30' })).toBe('from December 2022 to September 2023');
    expect(describeWhen({ dateFrom: '2023-09-01', dateTo: '2023-12-31' })).toBe('from September to December 2023');
  });

  it('prefers the relation’s own dates, as precise as they were given', () => {
    const derived = { dateFrom: '2018-01-01', dateTo: '2018-12-31' };
    expect(describeWhen({ ...derived, startDate: '2018-05', endDate: '2021-08-02' })).toBe('from May 2018 to 2 August 2021');
    expect(describeWhen({ ...derived, startDate: '2018' })).toBe('since 2018');
    expect(describeWhen({ ...derived, endDate: '2018-05-08' })).toBe('until 8 May 2018');
  });

  it('is empty for an undated relation', () => {
    expect(describeWhen({})).toBe('');
  });
});
