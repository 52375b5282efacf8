import { describe, expect, it } from 'vitest';
import { isAcronym, isCapitalised, tokenize } from './tokens.ts';

describe('tokenize', () => {
  it('keeps hyphenated names, dotted acronyms and grouped numbers as one word', () => {
    const words = tokenize('Nagorno-Karabakh, the U.S. and 2,000 al-Qaeda men.').map((t) => t.text);
    expect(words).toEqual(['Nagorno-Karabakh', ',', 'the', 'U.S', '.', 'and', '2,000', 'al-Qaeda', 'men', '.']);
  });

  it('splits a possessive off its noun so the name stands alone', () => {
    expect(tokenize('Azerbaijan’s army').map((t) => t.text)).toEqual(['Azerbaijan', '’s', 'army']);
    expect(tokenize("Azerbaijan's").map((t) => t.lower)).toEqual(['azerbaijan', "'s"]);
  });

  it('gives offsets into the whole text when tokenising a part of it', () => {
    const text = 'First. Second sentence here.';
    for (const token of tokenize(text, { start: 7, end: text.length })) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('tells capitalised words and acronyms apart', () => {
    const [un, army, icj, small] = tokenize('UN Army ICJ army');
    expect([isAcronym(un), isAcronym(army), isAcronym(icj), isCapitalised(army), isCapitalised(small)]).toEqual([
      true,
      false,
      true,
      true,
      false,
    ]);
  });
});
