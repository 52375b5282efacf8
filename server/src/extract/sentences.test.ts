import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at periods, question and exclamation marks followed by a capital', () => {
    expect(sentencesOf('The army left. Did it return? No! It stayed away.')).toEqual([
      'The army left.',
      'Did it return?',
      'No!',
      'It stayed away.',
    ]);
  });

  it('does not split after titles such as "Dr." and "Gen." or initials', () => {
    expect(sentencesOf('Dr. Smith met Gen. J. R. Allen in town. They talked.')).toEqual([
      'Dr. Smith met Gen. J. R. Allen in town.',
      'They talked.',
    ]);
  });

  it('does not split inside dotted acronyms or decimals', () => {
    expect(sentencesOf('The U.S. envoy paid 3.5 million. Then he left.')).toEqual(['The U.S. envoy paid 3.5 million.', 'Then he left.']);
  });

  it('keeps a closing quote and citation markers with the sentence they close', () => {
    expect(sentencesOf('He said "we will stay."[12] Others left.')).toEqual(['He said "we will stay."[12]', 'Others left.']);
    expect(sentencesOf('She called it “a crime.” The ministry denied it.')).toEqual([
      'She called it “a crime.”',
      'The ministry denied it.',
    ]);
  });

  it('treats line breaks and headings as boundaries but joins a line that carries on in lower case', () => {
    expect(sentencesOf('A Heading Without Stop\nFirst sentence here.\n\nSabina Grigoryan\nGev Iskanyan')).toEqual([
      'A Heading Without Stop',
      'First sentence here.',
      'Sabina Grigoryan',
      'Gev Iskanyan',
    ]);
    expect(sentencesOf('A long sentence that was\nwrapped by the editor.')).toEqual(['A long sentence that was\nwrapped by the editor.']);
  });

  it('does not end a sentence at a period followed by a lower-case word', () => {
    expect(sentencesOf('It costs approx. ten dollars. Fine.')).toEqual(['It costs approx. ten dollars.', 'Fine.']);
  });

  it('returns spans that reproduce their sentence exactly, trimmed, in order and without overlap, for any text', () => {
    const pieces = ['Dr.', 'Smith', 'left.', '\n', '\n\n', 'U.S.', '3.5', '"Go."', 'the', 'Army', '?', '  ', '[3]', 'é.'];
    let seed = 11;
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 15 }, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return pieces[seed % pieces.length];
      }).join(seed % 2 ? ' ' : '');
      let previousEnd = 0;
      for (const span of splitSentences(text)) {
        const sentence = text.slice(span.start, span.end);
        expect(sentence).toBe(sentence.trim());
        expect(sentence.length).toBeGreaterThan(0);
        expect(span.start).toBeGreaterThanOrEqual(previousEnd);
        previousEnd = span.end;
      }
    }
  });
});
