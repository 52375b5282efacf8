import { describe, expect, it } from 'vitest';
import { stepWindow, windowAt } from './timeline-playback.ts';

describe('windowAt', () => {
  it('a week runs Monday to Sunday around the day', () => {
    // 19 September 2023 was a Tuesday.
    expect(windowAt('2023-09-19', 'week')).toEqual({ from: '2023-09-18', to: '2023-09-24', label: 'Week of 18–24 Sep 2023' });
    expect(windowAt('2023-09-18', 'week').from).toBe('2023-09-18');
    expect(windowAt('2023-09-24', 'week').from).toBe('2023-09-18');
  });

  it('a week across a month or a year says both ends', () => {
    expect(windowAt('2023-12-31', 'week')).toEqual({ from: '2023-12-25', to: '2023-12-31', label: 'Week of 25–31 Dec 2023' });
    expect(windowAt('2024-01-02', 'week')).toEqual({ from: '2024-01-01', to: '2024-01-07', label: 'Week of 1–7 Jan 2024' });
    expect(windowAt('2023-10-01', 'week').label).toBe('Week of 25 Sep 2023 – 1 Oct 2023');
  });

  it('a month is the calendar month, as a partial date at both ends', () => {
    expect(windowAt('2023-09-19', 'month')).toEqual({ from: '2023-09', to: '2023-09', label: 'Sep 2023' });
  });
});

describe('stepWindow', () => {
  const stretch = { first: '2023-09-01', last: '2023-10-31' };

  it('steps forward and back by a week or a month', () => {
    expect(stepWindow(windowAt('2023-09-19', 'week'), 'week', 1, stretch)?.from).toBe('2023-09-25');
    expect(stepWindow(windowAt('2023-09-19', 'week'), 'week', -1, stretch)?.from).toBe('2023-09-11');
    expect(stepWindow(windowAt('2023-09-19', 'month'), 'month', 1, stretch)?.from).toBe('2023-10');
    expect(stepWindow(windowAt('2023-12-19', 'month'), 'month', 1, { first: '2023-01-01', last: '2024-12-31' })?.from).toBe('2024-01');
  });

  it('stops past either end of the stretch; a week that straddles an end is still played', () => {
    expect(stepWindow(windowAt('2023-10-15', 'month'), 'month', 1, stretch)).toBeNull();
    expect(stepWindow(windowAt('2023-09-15', 'month'), 'month', -1, stretch)).toBeNull();
    // 30 October 2023 was a Monday: that week reaches into November and is the last.
    expect(stepWindow(windowAt('2023-10-25', 'week'), 'week', 1, stretch)?.from).toBe('2023-10-30');
    expect(stepWindow(windowAt('2023-10-30', 'week'), 'week', 1, stretch)).toBeNull();
  });
});

describe('weeks before 1970', () => {
  it('hold the day they are asked for and step back (bug: a negative remainder put 2 Sep 1801 in the week after)', () => {
    // 2 September 1801 was a Wednesday.
    expect(windowAt('1801-09-02', 'week')).toMatchObject({ from: '1801-08-31', to: '1801-09-06' });
    const stretch = { first: '1801-01-01', last: '1801-12-31' };
    expect(stepWindow(windowAt('1801-09-07', 'week'), 'week', -1, stretch)?.from).toBe('1801-08-31');
    expect(windowAt('1969-12-31', 'week')).toMatchObject({ from: '1969-12-29', to: '1970-01-04' });
  });
});
