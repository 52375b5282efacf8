import { describe, expect, it } from 'vitest';
import { countOf } from './counts.ts';

describe('countOf', () => {
  it('says one thing in the singular, several and none in the plural', () => {
    expect(countOf(1, 'entity', 'entities')).toBe('1 entity');
    expect(countOf(3, 'entity', 'entities')).toBe('3 entities');
    expect(countOf(0, 'relation')).toBe('no relations');
    expect(countOf(12500, 'quote')).toBe('12,500 quotes');
  });
});
