// The sentences of a text that say what was searched for: each holds every word (whole, any case, with or without
// accents), or the words as a phrase; phrase sentences come first. Offsets are into the original text.
import { splitSentences } from '../extract/sentences.ts';
import { findMentionSpans, type Span } from './mention-spans.ts';

export interface SentenceHit {
  start: number;
  end: number;
  matches: Span[];
  /** The words stand together, in order, as typed. */
  phrase: boolean;
}

const PHRASE = '\u0000phrase';

/** Stored boundaries ([start, end, ...]) when the import kept them, else the sentences found now. */
function sentenceSpans(text: string, stored: readonly number[] | undefined): Span[] {
  if (stored && stored.length >= 2 && stored.length % 2 === 0) {
    const spans: Span[] = [];
    for (let i = 0; i < stored.length; i += 2) spans.push([stored[i]!, stored[i + 1]!]);
    return spans;
  }
  return splitSentences(text).map((s) => [s.start, s.end]);
}

export function findSentenceHits(
  text: string,
  opts: { words: readonly string[]; phrase: string; sentences?: readonly number[] | undefined },
): SentenceHit[] {
  if (opts.words.length === 0) return [];
  const named = opts.words.map((word) => ({ id: word, name: word, aliases: [] }));
  if (opts.words.length > 1) named.push({ id: PHRASE, name: opts.phrase, aliases: [] });
  const spans = findMentionSpans(text, named);
  const phraseSpans = spans.get(PHRASE) ?? [];
  const inside = (span: Span, sentence: Span) => span[0] >= sentence[0] && span[1] <= sentence[1];
  const hits: SentenceHit[] = [];
  for (const sentence of sentenceSpans(text, opts.sentences)) {
    const phrases = phraseSpans.filter((span) => inside(span, sentence));
    const perWord = opts.words.map((word) => (spans.get(word) ?? []).filter((span) => inside(span, sentence)));
    if (phrases.length === 0 && perWord.some((list) => list.length === 0)) continue;
    const matches = [...phrases, ...perWord.flat()].sort((a, b) => a[0] - b[0]);
    hits.push({ start: sentence[0], end: sentence[1], matches, phrase: phrases.length > 0 });
  }
  // Phrase sentences first, each group in reading order.
  return hits.sort((a, b) => Number(b.phrase) - Number(a.phrase) || a.start - b.start);
}
