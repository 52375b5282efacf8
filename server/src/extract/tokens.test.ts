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

  it('cuts text exactly as the reference pattern does, accents, astral letters and odd spaces included', () => {
    const reference = (text: string) => {
      const pattern = /([\p{L}\p{N}]+(?:[-'’.&,][\p{L}\p{N}]+)*)|\S/gu;
      const found: string[] = [];
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const word = m[0];
        if (m[1] !== undefined && word.includes(',') && !/^\d{1,3}(,\d{3})+$/.test(word)) {
          found.push(word.slice(0, word.indexOf(',')), ',');
          pattern.lastIndex = m.index + word.indexOf(',') + 1;
        } else if (m[1] !== undefined && /['’]s$/u.test(word) && word.length > 2) found.push(word.slice(0, -2), word.slice(-2));
        else found.push(word);
      }
      return found;
    };
    const samples = [
      'Ålesund’s “mayor” — Zoë Ørsted-Ñúñez — met 2,000 people, 1,50 others,and AT&T.',
      'U.S.-backed forces (ICJ) said: "no"... 3.5% of \u00a0 x\u2003y \u3000z',
      "The 𝔸lpha and 𝟘 digits, 😀 faces, a--b, a-b-, -c, it’s, ’s, 's, x’y’s",
      'Tabs\tand\nlines\r\nand trailing-',
    ];
    for (const text of samples) expect(tokenize(text).map((t) => t.text)).toEqual(reference(text));
  });
});
