import { describe, expect, it } from 'vitest';
import { findQuote, segmentDocument } from './document-segments.ts';

const text = 'In September, Azerbaijan’s forces detained Ruben Vardanyan near the  border.\nHe was taken to Baku.';

describe('findQuote', () => {
  it('finds an exact quote', () => {
    const quote = 'detained Ruben Vardanyan';
    const span = findQuote(text, quote);
    expect(span).not.toBeNull();
    expect(text.slice(...(span ?? [0, 0]))).toBe(quote);
  });

  it('finds a quote that differs only in spacing, case or typographic quotes', () => {
    const span = findQuote(text, "azerbaijan's forces detained Ruben Vardanyan near the border.");
    expect(span).not.toBeNull();
    expect(text.slice(...(span ?? [0, 0]))).toBe('Azerbaijan’s forces detained Ruben Vardanyan near the  border.');
  });

  it('returns null when the quote is not in the text', () => {
    expect(findQuote(text, 'released in Yerevan')).toBeNull();
    expect(findQuote(text, '   ')).toBeNull();
  });
});

describe('segmentDocument', () => {
  const mentions = [
    { entityId: 'person:ruben-vardanyan', spans: [[43, 58]] as const },
    { entityId: 'place:azerbaijan', spans: [[14, 24]] as const },
    { entityId: 'place:baku', spans: [[93, 97]] as const },
  ];

  it('covers the whole text, in order, without gaps', () => {
    const segments = segmentDocument(text, mentions, null);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    for (let i = 1; i < segments.length; i++) expect(segments[i]?.start).toBe(segments[i - 1]?.end);
  });

  it('marks mentions with their entity', () => {
    const segments = segmentDocument(text, mentions, null);
    const marked = segments.filter((s) => s.entityId).map((s) => [s.text, s.entityId]);
    expect(marked).toEqual([
      ['Azerbaijan', 'place:azerbaijan'],
      ['Ruben Vardanyan', 'person:ruben-vardanyan'],
      ['Baku', 'place:baku'],
    ]);
  });

  it('marks the quote as highlighted, mentions inside it included', () => {
    const quote = findQuote(text, 'detained Ruben Vardanyan near the  border.');
    const segments = segmentDocument(text, mentions, quote);
    const lit = segments.filter((s) => s.highlighted);
    expect(lit.map((s) => s.text).join('')).toBe('detained Ruben Vardanyan near the  border.');
    expect(lit.some((s) => s.entityId === 'person:ruben-vardanyan')).toBe(true);
  });

  it('prefers the longest of overlapping mentions and ignores spans outside the text', () => {
    const segments = segmentDocument(
      'Republic of Artsakh',
      [
        { entityId: 'place:artsakh', spans: [[12, 19]] },
        {
          entityId: 'organisation:republic-of-artsakh',
          spans: [
            [0, 19],
            [40, 50],
          ],
        },
      ],
      null,
    );
    expect(segments).toEqual([
      { start: 0, end: 19, text: 'Republic of Artsakh', highlighted: false, entityId: 'organisation:republic-of-artsakh' },
    ]);
  });
});
