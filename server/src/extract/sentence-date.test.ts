import { describe, expect, it } from 'vitest';
import { findSentenceDate } from './sentence-date.ts';

describe('findSentenceDate', () => {
  it('reads day-month-year and month-day-year dates', () => {
    expect(findSentenceDate('It began on 19 September 2023 at dawn.')).toBe('2023-09-19');
    expect(findSentenceDate('It began on September 19, 2023.')).toBe('2023-09-19');
  });

  it('gives the first day of a range', () => {
    expect(findSentenceDate('On 19–20 September 2023, the army attacked.')).toBe('2023-09-19');
    expect(findSentenceDate('She visited from 16 to 23 October 2023.')).toBe('2023-10-16');
  });

  it('reads a month and year, or a year after a preposition', () => {
    expect(findSentenceDate('In September 2023 the road reopened.')).toBe('2023-09');
    expect(findSentenceDate('A cease-fire was signed in 1994.')).toBe('1994');
  });

  it('takes the year of the document for a day and month without one', () => {
    expect(findSentenceDate('On 24 September, the evacuation began.', '2023-11-08')).toBe('2023-09-24');
    expect(findSentenceDate('On 24 September, the evacuation began.')).toBeUndefined();
  });

  it('does not read counts or ages as years', () => {
    expect(findSentenceDate('Some 2000 people fled a 2,000-year-old city.')).toBeUndefined();
    expect(findSentenceDate('The war ended in 2020-style chaos.')).toBeUndefined();
  });

  it('prefers the date stated first in the sentence', () => {
    expect(findSentenceDate('In January 2024 it reported on the 5 October 2023 vote.')).toBe('2024-01');
  });
});
