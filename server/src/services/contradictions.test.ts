import { describe, expect, it } from 'vitest';
import type { RelationFact } from '../graph/candidate-facts.ts';
import { describeContradictions } from './contradictions.ts';

const fact = (f: Partial<RelationFact>): RelationFact => ({
  id: 'a>STATED>b',
  type: 'STATED',
  source: 'a',
  target: 'b',
  dateFrom: null,
  dateTo: null,
  datasets: ['d'],
  ...f,
});

describe('describeContradictions', () => {
  it('finds a denial where the graph holds the statement, and the other way round', () => {
    expect(describeContradictions({ type: 'DENIED', date: undefined, subjectId: 'a' }, [fact({})])).toHaveLength(1);
    expect(
      describeContradictions({ type: 'STATED', date: undefined, subjectId: 'a' }, [fact({ type: 'DENIED', id: 'a>DENIED>b' })]),
    ).toHaveLength(1);
  });

  it('says nothing when the denial is by the other end', () => {
    expect(describeContradictions({ type: 'DENIED', date: undefined, subjectId: 'b' }, [fact({})])).toEqual([]);
  });

  it('finds a date outside the days the graph gives the same relation, reading a month as its days', () => {
    const dated = fact({ type: 'DETAINED', id: 'a>DETAINED>b', dateFrom: '2023-09-27', dateTo: '2023-09-27' });
    expect(describeContradictions({ type: 'DETAINED', date: '2023-11-02', subjectId: 'a' }, [dated])).toEqual([
      'the graph dates a>DETAINED>b 2023-09-27, this sentence 2023-11-02',
    ]);
    expect(describeContradictions({ type: 'DETAINED', date: '2023-09', subjectId: 'a' }, [dated])).toEqual([]);
  });
});
