import { describe, expect, it } from 'vitest';
import { findSentenceHits } from './sentence-hits.ts';

const TEXT =
  'Officials spoke of ethnic cleansing in the region. The cleansing was called ethnic by some. ' +
  'Passports were issued in Yerevan. Nobody mentioned passport fees.';

const slices = (hits: ReturnType<typeof findSentenceHits>) => hits.map((hit) => TEXT.slice(hit.start, hit.end));

describe('findSentenceHits', () => {
  it('finds sentences holding every word, phrase sentences first', () => {
    const hits = findSentenceHits(TEXT, { words: ['ethnic', 'cleansing'], phrase: 'ethnic cleansing' });
    expect(slices(hits)).toEqual(['Officials spoke of ethnic cleansing in the region.', 'The cleansing was called ethnic by some.']);
    expect(hits.map((h) => h.phrase)).toEqual([true, false]);
    expect(hits[0]!.matches.map(([s, e]) => TEXT.slice(s, e))).toEqual(['ethnic cleansing']);
    expect(hits[1]!.matches.map(([s, e]) => TEXT.slice(s, e))).toEqual(['cleansing', 'ethnic']);
  });

  it('matches whole words in any case, and not inside longer words', () => {
    const hits = findSentenceHits(TEXT, { words: ['passports'], phrase: 'PASSPORTS' });
    expect(slices(hits)).toEqual(['Passports were issued in Yerevan.']);
  });

  it('ignores accents on either side', () => {
    const text = 'Dunja Mijatović visited. Mijatovic spoke later.';
    const hits = findSentenceHits(text, { words: ['mijatovic'], phrase: 'Mijatovic' });
    expect(hits.map((h) => text.slice(h.matches[0]![0], h.matches[0]![1]))).toEqual(['Mijatović', 'Mijatovic']);
  });

  it('uses the stored sentence boundaries when the import kept them', () => {
    const text = 'One. Two words here.';
    const hits = findSentenceHits(text, { words: ['two'], phrase: 'two', sentences: [0, 20] });
    expect(hits).toEqual([{ start: 0, end: 20, matches: [[5, 8]], phrase: false }]);
  });

  it('finds nothing when a word is missing from every sentence', () => {
    expect(findSentenceHits(TEXT, { words: ['ethnic', 'passports'], phrase: 'ethnic passports' })).toEqual([]);
  });
});
