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

// Letters and digits, with inner hyphens, apostrophes, periods and ampersands ("Nagorno-Karabakh", "U.S", "AT&T", "2,000").
const TOKEN = /([\p{L}\p{N}]+(?:[-'’.&,][\p{L}\p{N}]+)*)|\S/gu;
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

/** Tokens of text[span.start, span.end); a possessive "'s" is a token of its own so "Azerbaijan's" yields "Azerbaijan". */
export function tokenize(text: string, span: TextSpan = { start: 0, end: text.length }): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(span.start, span.end);
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(slice); match; match = TOKEN.exec(slice)) {
    const start = span.start + match.index;
    const end = start + match[0].length;
    const isWord = match[1] !== undefined;
    // "2,000" stays one number, but "Armenia,Azerbaijan" (no space) is split at the comma.
    if (isWord && match[0].includes(',') && !/^\d{1,3}(,\d{3})+$/.test(match[0])) {
      const first = match[0].indexOf(',');
      tokens.push(makeToken(text, start, start + first, 'word'));
      tokens.push(makeToken(text, start + first, start + first + 1, 'punct'));
      TOKEN.lastIndex = match.index + first + 1;
      continue;
    }
    if (isWord && POSSESSIVE.test(match[0]) && match[0].length > 2) {
      tokens.push(makeToken(text, start, end - 2, 'word'));
      tokens.push(makeToken(text, end - 2, end, 'word'));
    } else tokens.push(makeToken(text, start, end, isWord ? 'word' : 'punct'));
  }
  return tokens;
}

export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && token.lower === "'s";
}

/** Starts with a capital letter: "Armenia", "UN", "al-Assad" does not, "Al-Assad" does. */
export function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && token.capitalised;
}

/** Written in capitals (two letters or more): an acronym such as "ICJ" or "U.S". */
export function isAcronym(token: Token | undefined): boolean {
  return token !== undefined && token.capitalised && token.text.length <= 8 && token.text.length >= 2 && ACRONYM.test(token.text);
}
