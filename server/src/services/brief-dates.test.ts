import { describe, expect, it } from 'vitest';
import { describeWhen, formatLongDate } from './brief-dates.ts';

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

/** Evidence carrying these dates (a quote of one document each). */
function dated(...dates: string[]) {
  return { evidence: dates.map((date, i) => ({ documentId: `d${i}`, quote: 'A quote.', date })) };
}

describe('describeWhen', () => {
  it('says "on" a day and "in" a month or a year, from the date its evidence carries', () => {
    expect(describeWhen(dated('2023-09-27'))).toBe('on 27 September 2023');
    expect(describeWhen(dated('2023-09'))).toBe('in September 2023');
    expect(describeWhen(dated('2023'))).toBe('in 2023');
  });

  it('says the span of several dates once where the month or year is shared', () => {
    expect(describeWhen(dated('2023-09-19', '2023-09-20'))).toBe('from 19 to 20 September 2023');
    expect(describeWhen(dated('2023-10-02', '2023-09-19'))).toBe('from 19 September to 2 October 2023');
    expect(describeWhen(dated('2022-12', '2023-09'))).toBe('from December 2022 to September 2023');
    expect(describeWhen(dated('2023-09-27', '2023-09-27'))).toBe('on 27 September 2023');
  });

  it('prefers the relation’s own dates, as precise as they were given', () => {
    const evidence = dated('2018');
    expect(describeWhen({ ...evidence, startDate: '2018-05', endDate: '2021-08-02' })).toBe('from May 2018 to 2 August 2021');
    expect(describeWhen({ ...evidence, startDate: '2018' })).toBe('since 2018');
    expect(describeWhen({ ...evidence, endDate: '2018-05-08' })).toBe('until 8 May 2018');
  });

  it('states no date that only an event at either end gives (bug: a sentence was dated by the event, not by its sources)', () => {
    const derivedFromEvent = { dateFrom: '2023-09-19', dateTo: '2023-09-20', evidence: [{ documentId: 'd', quote: 'Undated.' }] };
    expect(describeWhen(derivedFromEvent)).toBe('');
  });

  it('is empty for an undated relation', () => {
    expect(describeWhen({ evidence: [] })).toBe('');
  });
});
