import { describe, expect, it } from 'vitest';
import {
  formatDateRange,
  formatPartialDate,
  fromDayNumber,
  isPartialDate,
  partialDateEnd,
  partialDateStart,
  toDayNumber,
} from './partial-date.ts';

describe('partial dates', () => {
  it('accepts YYYY, YYYY-MM and YYYY-MM-DD and rejects anything else', () => {
    expect(isPartialDate('2023')).toBe(true);
    expect(isPartialDate('2023-09')).toBe(true);
    expect(isPartialDate('2023-09-19')).toBe(true);
    expect(isPartialDate('2023-13')).toBe(false);
    expect(isPartialDate('19/09/2023')).toBe(false);
    expect(isPartialDate('')).toBe(false);
  });

  it('gives the first and last day a partial date covers', () => {
    expect(partialDateStart('2023')).toBe('2023-01-01');
    expect(partialDateEnd('2023')).toBe('2023-12-31');
    expect(partialDateStart('2023-09')).toBe('2023-09-01');
    expect(partialDateEnd('2023-09')).toBe('2023-09-30');
    expect(partialDateEnd('2024-02')).toBe('2024-02-29');
    expect(partialDateEnd('2023-02')).toBe('2023-02-28');
    expect(partialDateStart('2023-09-19')).toBe('2023-09-19');
    expect(partialDateEnd('2023-09-19')).toBe('2023-09-19');
    expect(partialDateStart('nonsense')).toBeNull();
  });

  it('round-trips day numbers', () => {
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(fromDayNumber(toDayNumber('2023-09-19'))).toBe('2023-09-19');
  });

  it('formats dates for reading', () => {
    expect(formatPartialDate('2023')).toBe('2023');
    expect(formatPartialDate('2023-09')).toBe('Sep 2023');
    expect(formatPartialDate('2023-09-19')).toBe('19 Sep 2023');
    expect(formatDateRange('2023-09-19', '2023-09-20')).toBe('19–20 Sep 2023');
    expect(formatDateRange('2023-09-19', '2023-10-02')).toBe('19 Sep 2023 – 2 Oct 2023');
    expect(formatDateRange('2022-12', '2023-09')).toBe('Dec 2022 – Sep 2023');
    expect(formatDateRange('2023-09-19', undefined)).toBe('19 Sep 2023');
    expect(formatDateRange(undefined, undefined)).toBe('');
  });
});
