import { describe, expect, it } from 'vitest';
import { countOf, describeAccepted, describeCounts } from './counts.ts';

describe('countOf', () => {
  it('says one thing in the singular, several and none in the plural', () => {
    expect(countOf(1, 'entity', 'entities')).toBe('1 entity');
    expect(countOf(3, 'entity', 'entities')).toBe('3 entities');
    expect(countOf(0, 'relation')).toBe('no relations');
    expect(countOf(12500, 'quote')).toBe('12,500 quotes');
  });
});

describe('describeCounts', () => {
  const counts = { entities: 5, relations: 1, evidence: 0, documents: 2 };

  it('names entities, relations, quotes and documents, or leaves quotes out', () => {
    expect(describeCounts(counts)).toBe('5 entities, 1 relation, no quotes, 2 documents');
    expect(describeCounts(counts, { quotes: false, separator: ' · ' })).toBe('5 entities · 1 relation · 2 documents');
  });

  it('says what review accepted into a data set, and nothing when it accepted none', () => {
    expect(describeAccepted({ entities: 1, relations: 3 })).toBe('3 relations and 1 entity accepted in review');
    expect(describeAccepted({ entities: 0, relations: 1 })).toBe('1 relation accepted in review');
    expect(describeAccepted({ entities: 0, relations: 0 })).toBeUndefined();
    expect(describeAccepted(undefined)).toBeUndefined();
  });
});
