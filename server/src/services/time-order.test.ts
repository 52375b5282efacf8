import { describe, expect, it } from 'vitest';
import { dayRange, type GraphEdge } from '@kgx/contract';
import { orderInTime } from './time-order.ts';

/** A relation dated as the importer dates it: a partial date becomes the days it may cover. */
function step(id: string, start?: string, end?: string): GraphEdge {
  const days = dayRange(start, end);
  return {
    id,
    type: 'LINKED_TO',
    source: 'a',
    target: 'b',
    evidence: [],
    ...(days === null ? {} : { dateFrom: days.from, dateTo: days.to }),
  };
}

function pathOf(...edges: GraphEdge[]) {
  return { edges, edgeIds: edges.map((e) => e.id) };
}

describe('orderInTime', () => {
  it('keeps steps whose days run forward and says the later one is after the earlier', () => {
    const order = orderInTime(pathOf(step('offensive', '2023-09-19', '2023-09-20'), step('detained', '2023-09-27')));
    expect(order).toEqual({
      steps: [
        { edgeId: 'offensive', dateFrom: '2023-09-19', dateTo: '2023-09-20', undated: false },
        { edgeId: 'detained', dateFrom: '2023-09-27', dateTo: '2023-09-27', undated: false, follows: { step: 0, order: 'after' } },
      ],
    });
  });

  it('refuses a path whose second dated step ends before the first begins', () => {
    expect(orderInTime(pathOf(step('detained', '2023-09-27'), step('offensive', '2023-09-19', '2023-09-20')))).toBeNull();
  });

  it('reads a month as 1–30 September, so a day in it may come before or after it', () => {
    expect(orderInTime(pathOf(step('month', '2023-09'), step('day', '2023-09-01')))?.steps[1]?.follows).toEqual({
      step: 0,
      order: 'overlapping',
    });
    expect(orderInTime(pathOf(step('day', '2023-09-30'), step('month', '2023-09')))?.steps[1]?.follows).toEqual({
      step: 0,
      order: 'overlapping',
    });
    expect(orderInTime(pathOf(step('october', '2023-10'), step('end of september', '2023-09-30')))).toBeNull();
  });

  it('reads a year as its whole span: 2023 can precede December 2023 but not 2022', () => {
    expect(orderInTime(pathOf(step('year', '2023'), step('december', '2023-12')))).not.toBeNull();
    expect(orderInTime(pathOf(step('year', '2023'), step('last year', '2022')))).toBeNull();
  });

  it('puts two steps on the same day in order, as overlapping', () => {
    const order = orderInTime(pathOf(step('first', '2023-09-19'), step('second', '2023-09-19')));
    expect(order?.steps[1]?.follows).toEqual({ step: 0, order: 'overlapping' });
  });

  it('allows undated steps anywhere, marks them, and compares the dated steps on either side of them', () => {
    const order = orderInTime(pathOf(step('early', '2023-09-19'), step('undated'), step('late', '2023-09-27')));
    expect(order?.steps.map((s) => s.undated)).toEqual([false, true, false]);
    expect(order?.steps[1]).toEqual({ edgeId: 'undated', undated: true });
    expect(order?.steps[2]?.follows).toEqual({ step: 0, order: 'after' });
    expect(orderInTime(pathOf(step('late', '2023-09-27'), step('undated'), step('early', '2023-09-19')))).toBeNull();
  });

  it('accepts a path with no dated step at all, every step marked undated', () => {
    expect(orderInTime(pathOf(step('x'), step('y')))).toEqual({
      steps: [
        { edgeId: 'x', undated: true },
        { edgeId: 'y', undated: true },
      ],
    });
  });

  it('checks the whole walk, not only neighbouring pairs: 5 Sep, then 1–30 Sep, then 3 Sep goes back in time', () => {
    const walk = pathOf(step('fifth', '2023-09-05'), step('month', '2023-09'), step('third', '2023-09-03'));
    expect(orderInTime(walk)).toBeNull();
  });

  it('follows the walk, not the order the edges are listed in', () => {
    const early = step('early', '2023-01-01');
    const late = step('late', '2024-01-01');
    expect(orderInTime({ edges: [late, early], edgeIds: ['early', 'late'] })).not.toBeNull();
    expect(orderInTime({ edges: [early, late], edgeIds: ['late', 'early'] })).toBeNull();
  });
});
