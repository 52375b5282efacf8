// Cuts a stretch of text into word and punctuation tokens with exact offsets, the unit every extraction rule reads.
import type { TextSpan } from './extraction.ts';

export interface Token extends TextSpan {
  text: string;
  /** Lower case, accents kept, curly apostrophes straightened: what lexicons are keyed by. */
  lower: string;
  kind: 'word' | 'punct';
  /** Starts with a capital letter (computed once: every rule asks). */
  capitalised: boolean;
}

// Letters and digits, with inner hyphens, apostrophes, periods and ampersands ("Nagorno-Karabakh", "U.S", "AT&T", "2,000"):
// the pattern TOKEN = /([\p{L}\p{N}]+(?:[-'’.&,][\p{L}\p{N}]+)*)|\S/gu, scanned by hand because the regular expression
// was a fifth of extraction's time (tokens.test.ts checks the scanner against the pattern).
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;
const JOINERS = new Set(['-', "'", '’', '.', '&', ',']);
const UPPER_START = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&.]+$/u;
const POSSESSIVE = /['’]s$/u;

function makeToken(text: string, start: number, end: number, kind: Token['kind']): Token {
  const raw = text.slice(start, end);
  const lower = raw.toLowerCase();
  const code = raw.charCodeAt(0);
  const capitalised = kind === 'word' && (code < 128 ? code >= 65 && code <= 90 : UPPER_START.test(raw));
  return { start, end, text: raw, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, kind, capitalised };
}

/** How many UTF-16 units the character at `at` takes if it is a letter or digit, else 0. */
function wordCharAt(text: string, at: number, end: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < end) return LETTER_OR_DIGIT.test(text.slice(at, at + 2)) ? 2 : 0;
  return LETTER_OR_DIGIT.test(text[at]!) ? 1 : 0;
}

/** How many UTF-16 units the character at `at` takes (a surrogate pair is one character). */
function charLength(text: string, at: number, end: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && at + 1 < end ? 2 : 1;
}

function isSpaceAt(text: string, at: number, end: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text.slice(at, at + charLength(text, at, end)));
}

/** End of the word starting at `at`: letters and digits, joined by single inner joiners. */
function wordEnd(text: string, at: number, end: number): number {
  let k = at;
  for (;;) {
    for (let n = wordCharAt(text, k, end); k < end && n > 0; n = k < end ? wordCharAt(text, k, end) : 0) k += n;
    if (k + 1 < end && JOINERS.has(text[k]!) && wordCharAt(text, k + 1, end) > 0) k++;
    else return k;
  }
}

/** Tokens of text[span.start, span.end); a possessive "'s" is a token of its own so "Azerbaijan's" yields "Azerbaijan". */
export function tokenize(text: string, span: TextSpan = { start: 0, end: text.length }): Token[] {
  const tokens: Token[] = [];
  const limit = span.end;
  let at = span.start;
  while (at < limit) {
    if (isSpaceAt(text, at, limit)) {
      at += charLength(text, at, limit);
      continue;
    }
    if (wordCharAt(text, at, limit) === 0) {
      const end = at + charLength(text, at, limit);
      tokens.push(makeToken(text, at, end, 'punct'));
      at = end;
      continue;
    }
    const start = at;
    const end = wordEnd(text, at, limit);
    const word = text.slice(start, end);
    // "2,000" stays one number, but "Armenia,Azerbaijan" (no space) is split at the comma.
    if (word.includes(',') && !/^\d{1,3}(,\d{3})+$/.test(word)) {
      const first = word.indexOf(',');
      tokens.push(makeToken(text, start, start + first, 'word'));
      tokens.push(makeToken(text, start + first, start + first + 1, 'punct'));
      at = start + first + 1;
      continue;
    }
    if (POSSESSIVE.test(word) && word.length > 2) {
      tokens.push(makeToken(text, start, end - 2, 'word'));
      tokens.push(makeToken(text, end - 2, end, 'word'));
    } else tokens.push(makeToken(text, start, end, 'word'));
    at = end;
  }
  return tokens;
}

/** The articles: "the", "a", "an". */
export const ARTICLE_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** The possessive pronouns, which own the noun after them: "its army", "her editor". */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her']);

export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && token.lower === "'s";
}

/** Words whose "'s" is "is" or "has" ("it's", "that's"), not a possessive. */
const CONTRACTING_WORDS = new Set(['it', 'he', 'she', 'that', 'there', 'here', 'what', 'who', 'where', 'how', 'this']);

/** Whether the token at `k` is a possessive "'s" ("Meridia's army"), not a contracted "is" ("it's"). */
export function isPossessiveAt(tokens: readonly Token[], k: number): boolean {
  return isPossessive(tokens[k]) && !CONTRACTING_WORDS.has(tokens[k - 1]?.lower ?? '');
}

/** Starts with a capital letter: "Armenia", "UN", "al-Assad" does not, "Al-Assad" does. */
export function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && token.capitalised;
}

/** Written in capitals (two letters or more): an acronym such as "ICJ" or "U.S". */
export function isAcronym(token: Token | undefined): boolean {
  return token !== undefined && token.capitalised && token.text.length <= 8 && token.text.length >= 2 && ACRONYM.test(token.text);
}
