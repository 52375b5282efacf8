// Compares names: Jaro-Winkler similarity, a transliteration key, and initials (no string-similarity package is installed).
import { foldName } from '../services/mention-spans.ts';

/** Jaro-Winkler similarity in [0, 1]: 1 for equal strings, high when they share a prefix and most characters in order. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Uint8Array(a.length);
  const bMatched = new Uint8Array(b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = 1;
      bMatched[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

// Spellings that transliterations of one name alternate between, reduced to one form.
const TRANSLITERATIONS: [RegExp, string][] = [
  [/yan\b/g, 'ian'],
  [/off\b/g, 'ov'],
  [/eff\b/g, 'ev'],
  [/kh/g, 'h'],
  [/j/g, 'y'],
  [/ie/g, 'y'],
  [/iy/g, 'y'],
  [/w/g, 'v'],
  [/ph/g, 'f'],
  [/dzh/g, 'y'],
  [/ck/g, 'k'],
  [/(\p{L})\1/gu, '$1'],
];

/** A key equal for transliteration variants: "Avanesian"/"Avanesyan", "Mijatović"/"Mijatovic", "Smirnoff"/"Smirnov". */
export function transliterationKey(name: string): string {
  let key = foldName(name)
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, replacement] of TRANSLITERATIONS) key = key.replace(pattern, replacement);
  return key;
}

const SMALL_WORDS = new Set(['of', 'the', 'for', 'and', 'de', 'la', 'du', 'des', 'on', 'in', 'to', '&']);

/** Initials of a name's words, small words skipped: "International Court of Justice" → "ICJ". */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter((word) => word.length > 0 && !SMALL_WORDS.has(word.toLowerCase()))
    .map((word) => word[0]!.toUpperCase())
    .join('');
}
