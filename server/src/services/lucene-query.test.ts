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
    expect(toLuceneQuery('NK") OR Sotk~ *:*')).toBe('(nk^4 OR nk*^2) AND (sotk^4 OR sotk*^2 OR sotk~1)');
  });

  it('leaves out stop words, which the index does not hold, unless nothing else was typed', () => {
    expect(toLuceneQuery('the UN refugee agency')).toBe(
      '(un^4 OR un*^2) AND (refugee^4 OR refugee*^2 OR refugee~2) AND (agency^4 OR agency*^2 OR agency~1)',
    );
    expect(toLuceneQuery('the')).toBe('(the^4 OR the*^2)');
  });

  it('returns null when nothing searchable was typed', () => {
    expect(toLuceneQuery(' "*" ')).toBeNull();
  });
});
