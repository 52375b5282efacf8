import { describe, expect, it } from 'vitest';
import { toQueryString } from './query-string.ts';

describe('toQueryString', () => {
  it('joins lists with commas and leaves out empty values', () => {
    expect(toQueryString({ type: ['Person', 'Place'], relation: [], q: 'ruben', limit: 10, from: undefined, to: '', x: null })).toBe(
      '?type=Person,Place&q=ruben&limit=10',
    );
  });

  it('encodes what needs encoding but keeps ids readable', () => {
    expect(toQueryString({ subject: 'person:ruben-vardanyan', q: 'a&b c' })).toBe('?subject=person:ruben-vardanyan&q=a%26b%20c');
  });

  it('is empty when nothing is set', () => {
    expect(toQueryString({})).toBe('');
  });
});
