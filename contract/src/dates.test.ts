import { describe, expect, it } from 'vitest';
import { dayRange, earliestDay, isBackwardsWindow, latestDay, overlaps, partialDatesOf } from './dates.ts';

describe('partial dates', () => {
  it('expands a month to its first and last day, minding leap years', () => {
    expect(earliestDay('2023-09')).toBe('2023-09-01');
    expect(latestDay('2023-09')).toBe('2023-09-30');
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(latestDay('2023-02')).toBe('2023-02-28');
  });

  it('expands a year to the whole year and keeps a full date as it is', () => {
    expect(dayRange('1994', undefined)).toEqual({ from: '1994-01-01', to: '1994-12-31' });
    expect(dayRange('2023-09-19', '2023-09-20')).toEqual({ from: '2023-09-19', to: '2023-09-20' });
    expect(dayRange(undefined, undefined)).toBeNull();
  });

  it('finds the overlap of a range with an open or closed window', () => {
    const offensive = { from: '2023-09-19', to: '2023-09-20' };
    expect(overlaps(offensive, { from: '2023-09-20' })).toBe(true);
    expect(overlaps(offensive, { from: '2023-09-21' })).toBe(false);
    expect(overlaps(offensive, { to: '2023-09' })).toBe(true);
    expect(overlaps(offensive, { to: '2023-08' })).toBe(false);
    expect(overlaps(offensive, {})).toBe(true);
  });
});

describe('isBackwardsWindow', () => {
  it('reads partial dates as intervals (bug: 2023-09-15 to 2023-09 was refused because the strings sort that way)', () => {
    expect(isBackwardsWindow('2023-09-15', '2023-09')).toBe(false);
    expect(isBackwardsWindow('2019-03', '2019')).toBe(false);
    expect(isBackwardsWindow('2023-10', '2023-09-30')).toBe(true);
    expect(isBackwardsWindow('2024', '2023-12')).toBe(true);
  });

  it('is never backwards with an open end', () => {
    expect(isBackwardsWindow(undefined, '2023')).toBe(false);
    expect(isBackwardsWindow('2023', undefined)).toBe(false);
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
