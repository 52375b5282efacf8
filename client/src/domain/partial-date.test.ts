import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '@kgx/contract';
import { formatDateRange, formatPartialDate, formatRelationDate, fromDayNumber, toDayNumber } from './partial-date.ts';

function edge(extra: Partial<GraphEdge>): GraphEdge {
  return { id: 'e', type: 'DETAINED', source: 'a', target: 'b', evidence: [], ...extra };
}

describe('partial dates', () => {
  it('round-trips day numbers', () => {
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(fromDayNumber(toDayNumber('2023-09-19'))).toBe('2023-09-19');
    expect(fromDayNumber(toDayNumber('2024-02-29') + 1)).toBe('2024-03-01');
  });

  it('formats dates for reading', () => {
    expect(formatPartialDate('2023')).toBe('2023');
    expect(formatPartialDate('2023-09')).toBe('Sep 2023');
    expect(formatPartialDate('2023-09-19')).toBe('19 Sep 2023');
    expect(formatDateRange('2023-09-19', '2023-09-20')).toBe('19–20 Sep 2023');
    expect(formatDateRange('2023-09-19', '2023-10-02')).toBe('19 Sep 2023 – 2 Oct 2023');
    expect(formatDateRange('2022-12', '2023-09')).toBe('Dec 2022 – Sep 2023');
    expect(formatDateRange('2023-09-19', undefined)).toBe('19 Sep 2023');
    expect(formatDateRange('2023-09-19', '2023-09-19')).toBe('19 Sep 2023');
    expect(formatDateRange(undefined, undefined)).toBe('');
  });

  it('returns what it cannot read as a date unchanged', () => {
    expect(formatPartialDate('2023-13')).toBe('2023-13');
    expect(formatPartialDate('19/09/2023')).toBe('19/09/2023');
  });
});

describe('formatRelationDate', () => {
  it('shows a relation’s own dates as precisely as they were given', () => {
    expect(formatRelationDate(edge({ startDate: '2023-09', dateFrom: '2023-09-01', dateTo: '2023-09-30' }))).toBe('Sep 2023');
  });

  it('shows the derived day bounds of a relation without dates of its own', () => {
    expect(formatRelationDate(edge({ dateFrom: '2023-09-19', dateTo: '2023-09-20' }))).toBe('19–20 Sep 2023');
  });

  it('reads derived bounds that cover whole months or years as those (bug: a year read "1 Jan 1988 – 31 Dec 1990")', () => {
    expect(formatRelationDate(edge({ dateFrom: '1991-12-01', dateTo: '1991-12-31' }))).toBe('Dec 1991');
    expect(formatRelationDate(edge({ dateFrom: '1988-01-01', dateTo: '1990-12-31' }))).toBe('1988 – 1990');
    expect(formatRelationDate(edge({ dateFrom: '2022-12-01', dateTo: '2023-09-30' }))).toBe('Dec 2022 – Sep 2023');
  });

  it('is empty for an undated relation, whatever its evidence says', () => {
    expect(formatRelationDate(edge({ evidence: [{ documentId: 'd', quote: 'quoted text', date: '2023-09-24' }] }))).toBe('');
  });
});
