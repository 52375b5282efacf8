import { describe, expect, it } from 'vitest';
import { foldText, toLuceneQuery } from './lucene-query.ts';

describe('toLuceneQuery', () => {
  it('folds accents and case so "Mijatović" and "mijatovic" meet', () => {
    expect(foldText('Dunja MIJATOVIĆ')).toBe('dunja mijatovic');
  });

  it('asks for an exact, prefix and fuzzy match of each word, all words required', () => {
    expect(toLuceneQuery('Pashin')).toBe('(pashin^4 OR pashin*^2 OR pashin~1)');
    expect(toLuceneQuery('ruben vardanyan')).toBe('(ruben^4 OR ruben*^2 OR ruben~1) AND (vardanyan^4 OR vardanyan*^2 OR vardanyan~2)');
  });

  it('keeps Lucene syntax out: operators and quotes in the input are separators, not syntax', () => {
    expect(toLuceneQuery('NK") OR *:*')).toBe('(nk^4 OR nk*^2) AND (or^4 OR or*^2)');
  });

  it('returns null when nothing searchable was typed', () => {
    expect(toLuceneQuery(' "*" ')).toBeNull();
  });
});
