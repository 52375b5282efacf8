import { describe, expect, it } from 'vitest';
import { markSentence } from './candidate-sentence.ts';

const sentence = { start: 100, text: 'The Harbour Authority accused Delta Shipping Ltd of dumping fuel.' };

describe('markSentence', () => {
  it('marks the subject and the object where the document offsets put them, keeping every character', () => {
    const pieces = markSentence(sentence, [
      { start: 130, end: 148, mark: 'object' },
      { start: 104, end: 121, mark: 'subject' },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(sentence.text);
    expect(pieces.filter((p) => p.mark)).toEqual([
      { text: 'Harbour Authority', mark: 'subject' },
      { text: 'Delta Shipping Ltd', mark: 'object' },
    ]);
  });

  it('leaves spans outside the sentence or overlapping an earlier one unmarked', () => {
    const pieces = markSentence(sentence, [
      { start: 10, end: 20, mark: 'subject' },
      { start: 104, end: 121, mark: 'subject' },
      { start: 110, end: 125, mark: 'object' },
    ]);
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['Harbour Authority']);
    expect(pieces.map((p) => p.text).join('')).toBe(sentence.text);
  });
});
