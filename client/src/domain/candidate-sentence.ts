// A candidate's sentence in pieces, its ends marked: offsets are the document's, the sentence a slice of it.

export interface SentencePiece {
  text: string;
  mark?: 'subject' | 'object' | 'name';
}

interface Span {
  start: number;
  end: number;
}

/** Splits the sentence at the marked spans that lie within it; overlapping or outlying spans are left unmarked. */
export function markSentence(
  sentence: { start: number; text: string },
  marks: readonly (Span & { mark: NonNullable<SentencePiece['mark']> })[],
): SentencePiece[] {
  const end = sentence.start + sentence.text.length;
  const inside = marks
    .filter((m) => m.start >= sentence.start && m.end <= end && m.start < m.end)
    .sort((a, b) => a.start - b.start)
    .filter((m, i, sorted) => i === 0 || m.start >= (sorted[i - 1]?.end ?? 0));
  const pieces: SentencePiece[] = [];
  let at = sentence.start;
  for (const m of inside) {
    if (m.start > at) pieces.push({ text: sentence.text.slice(at - sentence.start, m.start - sentence.start) });
    pieces.push({ text: sentence.text.slice(m.start - sentence.start, m.end - sentence.start), mark: m.mark });
    at = m.end;
  }
  if (at < end) pieces.push({ text: sentence.text.slice(at - sentence.start) });
  return pieces;
}
