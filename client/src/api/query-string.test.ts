import { describe, expect, it } from 'vitest';
import { PathsQuerySchema, RelationsQuerySchema, type PathsQueryInput, type RelationsQueryInput } from '@kgx/contract';
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

describe('toQueryString with the contract’s request inputs', () => {
  function serverReads(query: string): Record<string, string> {
    return Object.fromEntries(new URLSearchParams(query));
  }

  it('writes a paths request that the server’s schema reads back as sent', () => {
    const query: PathsQueryInput = {
      from: 'person:a',
      to: 'place:b',
      maxHops: 4,
      k: 2,
      relation: ['DETAINED', 'LEADS'],
      timeOrdered: true,
      includeOrgans: true,
      throughHubs: true,
    };
    expect(PathsQuerySchema.parse(serverReads(toQueryString(query)))).toEqual({ ...query, relation: ['DETAINED', 'LEADS'] });
  });

  it('writes a who-did-what request that the server’s schema reads back as sent', () => {
    const query: RelationsQueryInput = {
      subject: 'organisation:x',
      predicate: ['DETAINED'],
      objectType: ['Person', 'Group'],
      from: '2023-09',
      limit: 200,
      includeOrgans: true,
    };
    expect(RelationsQuerySchema.parse(serverReads(toQueryString(query)))).toEqual(query);
  });
});
