// Splits a document's text into runs for the reader: plain text, entity mentions, and the quoted sentence.

export type Span = readonly [number, number];

export interface MentionSpans {
  entityId: string;
  spans: readonly Span[];
}

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** The entity this run mentions, if any. */
  entityId?: string;
  /** Whether this run is part of the quote being read. */
  highlighted: boolean;
}

const NORMALISED_CHARS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u00A0': ' ',
};

/** The text with runs of whitespace collapsed and typographic quotes and dashes made plain, plus where each character came from. */
function normalise(text: string): { normalised: string; origin: number[] } {
  let normalised = '';
  const origin: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i++) {
    const raw = text[i] ?? '';
    const char = (NORMALISED_CHARS[raw] ?? raw).toLowerCase();
    const isSpace = /\s/.test(char);
    if (isSpace && lastWasSpace) continue;
    normalised += isSpace ? ' ' : char;
    origin.push(i);
    lastWasSpace = isSpace;
  }
  return { normalised, origin };
}

/** Where a quote sits in a text: exactly if it can, else ignoring case, spacing and typographic quotes. */
export function findQuote(text: string, quote: string): Span | null {
  const wanted = quote.trim();
  if (wanted === '') return null;
  const exact = text.indexOf(wanted);
  if (exact >= 0) return [exact, exact + wanted.length];
  const haystack = normalise(text);
  const needle = normalise(wanted).normalised.trim();
  const at = haystack.normalised.indexOf(needle);
  if (at < 0) return null;
  const start = haystack.origin[at];
  const last = haystack.origin[at + needle.length - 1];
  if (start === undefined || last === undefined) return null;
  return [start, last + 1];
}

function clamp(value: number, length: number): number {
  return Math.min(Math.max(0, value), length);
}

/**
 * Cuts the text at every mention and highlight boundary. Where mentions overlap, the longest wins
 * (so "Republic of Artsakh" beats "Artsakh").
 */
export function segmentDocument(text: string, mentions: readonly MentionSpans[], highlight: Span | null): TextSegment[] {
  const length = text.length;
  const marks: { start: number; end: number; entityId: string }[] = [];
  for (const mention of mentions) {
    for (const [rawStart, rawEnd] of mention.spans) {
      const start = clamp(rawStart, length);
      const end = clamp(rawEnd, length);
      if (end > start) marks.push({ start, end, entityId: mention.entityId });
    }
  }
  const cuts = new Set<number>([0, length]);
  for (const mark of marks) {
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  const lit = highlight ? ([clamp(highlight[0], length), clamp(highlight[1], length)] as const) : null;
  if (lit) {
    cuts.add(lit[0]);
    cuts.add(lit[1]);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  const winners: ((typeof marks)[number] | undefined)[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    if (end <= start) continue;
    let best: (typeof marks)[number] | undefined;
    for (const mark of marks) {
      if (mark.start <= start && mark.end >= end && (!best || mark.end - mark.start > best.end - best.start)) best = mark;
    }
    const highlighted = lit !== null && lit[0] <= start && lit[1] >= end;
    const previous = segments.at(-1);
    if (previous && winners.at(-1) === best && previous.highlighted === highlighted) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
      continue;
    }
    segments.push({ start, end, text: text.slice(start, end), highlighted, ...(best ? { entityId: best.entityId } : {}) });
    winners.push(best);
  }
  return segments;
}
