import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '@kgx/contract';
import { collectDaySpans, edgeDaySpan, findOutsideRange, isOutsideRange, nodeDaySpan } from './timeline.ts';

const offensive: GraphNode = {
  id: 'event:offensive',
  type: 'Event',
  name: 'Offensive',
  aliases: [],
  startDate: '2023-09-19',
  endDate: '2023-09-20',
};
const blockade: GraphNode = { id: 'event:blockade', type: 'Event', name: 'Blockade', aliases: [], startDate: '2022-12' };
const person: GraphNode = { id: 'person:x', type: 'Person', name: 'X', aliases: [], startDate: '1968' };
const undatedEvent: GraphNode = { id: 'event:undated', type: 'Event', name: 'Undated', aliases: [] };

function edge(id: string, extra: Partial<GraphEdge>): GraphEdge {
  return { id, type: 'DETAINED', source: 'a', target: 'b', evidence: [], ...extra };
}

/** An edge as the server sends it: dated by the day bounds it derived. */
function dated(id: string, dateFrom: string, dateTo: string = dateFrom): GraphEdge {
  return edge(id, { dateFrom, dateTo });
}

describe('timeline spans', () => {
  it('places events by their dates, partial dates covering their whole month or year', () => {
    expect(nodeDaySpan(offensive)).toEqual({ from: '2023-09-19', to: '2023-09-20' });
    expect(nodeDaySpan(blockade)).toEqual({ from: '2022-12-01', to: '2022-12-31' });
  });

  it('does not place people or organisations by their own dates', () => {
    expect(nodeDaySpan(person)).toBeNull();
  });

  it('dates a relation by the day bounds the server derived for it', () => {
    expect(edgeDaySpan(dated('e1', '2023-09-24', '2023-10-31'))).toEqual({ from: '2023-09-24', to: '2023-10-31' });
  });

  it('takes the server’s day bounds over the relation’s own dates and its evidence', () => {
    const byEvent = edge('e2', {
      startDate: '2020',
      evidence: [{ documentId: 'd', quote: 'quoted text', date: '2021-05' }],
      dateFrom: '1991-12-01',
      dateTo: '1991-12-31',
    });
    expect(edgeDaySpan(byEvent)).toEqual({ from: '1991-12-01', to: '1991-12-31' });
  });

  it('leaves a relation without derived day bounds undated, even when its evidence has dates', () => {
    expect(
      edgeDaySpan(edge('e3', { startDate: '2023-09-27', evidence: [{ documentId: 'd', quote: 'quoted text', date: '2023' }] })),
    ).toBeNull();
  });
});

describe('isOutsideRange', () => {
  const span = { from: '2023-09-19', to: '2023-09-20' };

  it('keeps spans that overlap the range, even partly', () => {
    expect(isOutsideRange(span, { from: '2023-09-20', to: '2023-12' })).toBe(false);
    expect(isOutsideRange(span, { from: '2023-09' })).toBe(false);
    expect(isOutsideRange(span, { to: '2023' })).toBe(false);
  });

  it('drops spans wholly before or after the range', () => {
    expect(isOutsideRange(span, { from: '2023-09-21' })).toBe(true);
    expect(isOutsideRange(span, { to: '2023-08' })).toBe(true);
  });

  it('never drops undated items', () => {
    expect(isOutsideRange(null, { from: '2030', to: '2031' })).toBe(false);
  });
});

describe('findOutsideRange', () => {
  it('lists dated events and relations outside the range and leaves the rest', () => {
    const edges = [
      dated('early', '2020-01-01', '2020-12-31'),
      dated('late', '2023-10-05'),
      dated('inside', '2023-09-19'),
      edge('undated', {}),
    ];
    const outside = findOutsideRange([offensive, blockade, person, undatedEvent], edges, { from: '2023-09', to: '2023-09' });
    expect([...outside].sort()).toEqual(['early', 'event:blockade', 'late']);
  });

  it('finds nothing when no range is set', () => {
    expect(findOutsideRange([blockade], [dated('early', '2020-01-01')], {}).size).toBe(0);
  });

  it('collects every dated span', () => {
    expect(collectDaySpans([offensive, person, undatedEvent], [dated('e', '2021-01-01', '2021-12-31'), edge('u', {})])).toEqual([
      { from: '2023-09-19', to: '2023-09-20' },
      { from: '2021-01-01', to: '2021-12-31' },
    ]);
  });
});
