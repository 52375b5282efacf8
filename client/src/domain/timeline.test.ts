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

describe('timeline spans', () => {
  it('places events by their dates, partial dates covering their whole month or year', () => {
    expect(nodeDaySpan(offensive)).toEqual({ start: '2023-09-19', end: '2023-09-20' });
    expect(nodeDaySpan(blockade)).toEqual({ start: '2022-12-01', end: '2022-12-31' });
  });

  it('does not place people or organisations by their own dates', () => {
    expect(nodeDaySpan(person)).toBeNull();
  });

  it('dates a relation by its own dates, else by its evidence', () => {
    expect(edgeDaySpan(edge('e1', { startDate: '2023-09-27' }))).toEqual({ start: '2023-09-27', end: '2023-09-27' });
    const byEvidence = edge('e2', {
      evidence: [
        { documentId: 'd', quote: 'q', date: '2023-10' },
        { documentId: 'd', quote: 'q', date: '2023-09-24' },
        { documentId: 'd', quote: 'q' },
      ],
    });
    expect(edgeDaySpan(byEvidence)).toEqual({ start: '2023-09-24', end: '2023-10-31' });
    expect(edgeDaySpan(edge('e3', {}))).toBeNull();
  });
});

describe('isOutsideRange', () => {
  const span = { start: '2023-09-19', end: '2023-09-20' };

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
    const edges = [edge('early', { startDate: '2020' }), edge('late', { startDate: '2023-10-05' }), edge('undated', {})];
    const outside = findOutsideRange([offensive, blockade, person, undatedEvent], edges, { from: '2023-09', to: '2023-09' });
    expect([...outside].sort()).toEqual(['early', 'event:blockade', 'late']);
  });

  it('finds nothing when no range is set', () => {
    expect(findOutsideRange([blockade], [], {}).size).toBe(0);
  });

  it('collects every dated span', () => {
    expect(collectDaySpans([offensive, person], [edge('e', { startDate: '2021' })])).toHaveLength(2);
  });
});
