// Turns what a user types into a Lucene query that is case- and accent-insensitive, prefix-matching and typo-tolerant.

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** The index's analyzer drops these English stop words, so a required clause for one could never match. */
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

/** Lower-cases and strips accents, as the index's folding analyzer does, since wildcard terms skip the analyzer. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function tokenize(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

function termClause(term: string): string {
  const escaped = term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
  const parts = [`${escaped}^4`, `${escaped}*^2`];
  // Edit distance grows with length: one typo in a short word, two in a long one.
  if (term.length >= 4) parts.push(`${escaped}~${term.length >= 7 ? 2 : 1}`);
  return `(${parts.join(' OR ')})`;
}

/** Every typed word must match (exactly, as a prefix, or fuzzily); null when nothing searchable was typed. */
export function toLuceneQuery(text: string): string | null {
  const words = tokenize(text);
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  const terms = (meaningful.length > 0 ? meaningful : words).slice(0, 12);
  if (terms.length === 0) return null;
  return terms.map(termClause).join(' AND ');
}

/** The words a text search looks for: stop words left out (the index drops them), unless there is nothing else. */
export function searchWords(text: string): string[] {
  const words = tokenize(text);
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  return [...new Set(meaningful.length > 0 ? meaningful : words)].slice(0, 12);
}

/** Every word, exactly (no prefix, no typo): the sentences found must then show each of them. */
export function toExactLuceneQuery(words: readonly string[]): string | null {
  if (words.length === 0) return null;
  return words.map((word) => word.replace(LUCENE_SPECIAL, (c) => `\\${c}`)).join(' AND ');
}
