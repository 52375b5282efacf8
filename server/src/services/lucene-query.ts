// Turns what a user types into a Lucene query that is case- and accent-insensitive, prefix-matching and typo-tolerant.

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

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
  const terms = tokenize(text).slice(0, 12);
  if (terms.length === 0) return null;
  return terms.map(termClause).join(' AND ');
}
