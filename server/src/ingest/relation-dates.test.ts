import { describe, expect, it } from 'vitest';
import { relationDays, type DatedEntity } from './relation-dates.ts';

const offensive: DatedEntity = { type: 'Event', startDate: '2023-09-19', endDate: '2023-09-20' };
const person: DatedEntity = { type: 'Person', startDate: '1968-05-25' };
const entities = new Map<string, DatedEntity>([
  ['event:offensive', offensive],
  ['person:x', person],
  ['person:y', { type: 'Person' }],
]);

describe('relationDays', () => {
  it('uses the relation’s own dates first, read as intervals', () => {
    const days = relationDays(
      { source: 'person:x', target: 'event:offensive', startDate: '2023-09', evidence: [{ date: '2024-01-02' }] },
      entities,
    );
    expect(days).toEqual({ from: '2023-09-01', to: '2023-09-30' });
  });

  it('else spans the dates of its evidence, from the earliest first day to the latest last day', () => {
    const days = relationDays(
      { source: 'person:x', target: 'person:y', evidence: [{ date: '2023-09-20' }, { date: '2023' }, {}] },
      entities,
    );
    expect(days).toEqual({ from: '2023-01-01', to: '2023-12-31' });
  });

  it('else takes the dates of an Event at either end', () => {
    expect(relationDays({ source: 'person:y', target: 'event:offensive', evidence: [] }, entities)).toEqual({
      from: '2023-09-19',
      to: '2023-09-20',
    });
    expect(relationDays({ source: 'event:offensive', target: 'person:y', evidence: [] }, entities)).toEqual({
      from: '2023-09-19',
      to: '2023-09-20',
    });
  });

  it('never dates a relation by a person’s own dates (a birth says nothing about what they did)', () => {
    expect(relationDays({ source: 'person:x', target: 'person:y', evidence: [] }, entities)).toBeNull();
  });
});
