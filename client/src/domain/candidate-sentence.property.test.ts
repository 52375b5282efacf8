// Property: however the marks fall, a candidate's sentence is shown whole, every character once, in order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markSentence } from './candidate-sentence.ts';

describe('markSentence (property)', () => {
  it('keeps every character of the sentence, and marks only spans inside it', () => {
    const case_ = fc.record({
      start: fc.nat({ max: 500 }),
      text: fc.string({ maxLength: 120 }),
      marks: fc.array(
        fc.record({
          start: fc.nat({ max: 700 }),
          length: fc.nat({ max: 60 }),
          mark: fc.constantFrom('subject' as const, 'object' as const),
        }),
        { maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(case_, ({ start, text, marks }) => {
        const spans = marks.map((m) => ({ start: m.start, end: m.start + m.length, mark: m.mark }));
        const pieces = markSentence({ start, text }, spans);
        expect(pieces.map((p) => p.text).join('')).toBe(text);
        let at = start;
        for (const piece of pieces) {
          if (piece.mark) expect(spans.some((s) => s.start === at && s.end === at + piece.text.length)).toBe(true);
          at += piece.text.length;
        }
      }),
      { numRuns: 1000 },
    );
  });
});
