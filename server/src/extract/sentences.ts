// Splits a text into sentences as offsets, by rules that know abbreviations, initials, decimals, quotes and headings.
import type { TextSpan } from './extraction.ts';

/** Words that end with a period without ending the sentence (compared in lower case, without the period). */
// prettier-ignore
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'capt', 'cpt', 'maj', 'sgt', 'adm', 'gov', 'sen', 'rep', 'st', 'mt',
  'jr', 'sr', 'rev', 'hon', 'pres', 'amb', 'no', 'nos', 'vol', 'fig', 'approx', 'ca', 'cf', 'vs', 'etc', 'al', 'art',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'dept', 'est', 'inc', 'co', 'corp',
]);

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f' || char === '\u00a0';
}

/** The word just before a period at `dot`, without the period (letters, digits and inner periods). */
function wordBefore(text: string, dot: number): string {
  let start = dot;
  while (start > 0 && /[\p{L}\p{N}.]/u.test(text[start - 1]!)) start--;
  return text.slice(start, dot);
}

/** Whether a period at `dot` belongs to an abbreviation, an initial or a dotted acronym rather than ending a sentence. */
function isAbbreviationPeriod(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (word === '') return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "e.g"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** After a terminal mark: closing quotes, brackets and citation markers ("[12]") still belong to the sentence. */
function skipClosers(text: string, from: number): number {
  let at = from;
  for (;;) {
    if (CLOSERS.has(text[at] ?? '')) at++;
    else if (text[at] === '[') {
      const close = /^\[\d+\]|^\[citation needed\]/.exec(text.slice(at, at + 20));
      if (!close) return at;
      at += close[0].length;
    } else return at;
  }
}

/** A single line break ends a sentence unless the next line carries on in lower case (a hard-wrapped paragraph). */
function lineBreakEnds(text: string, at: number): boolean {
  let next = at + 1;
  while (next < text.length && isSpace(text[next])) {
    if (text[next] === '\n') return true;
    next++;
  }
  const char = text[next];
  if (char === undefined) return true;
  return !/\p{Ll}/u.test(char);
}

function pushTrimmed(text: string, start: number, end: number, spans: TextSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e > s) spans.push({ start: s, end: e });
}

/** Sentence spans, each trimmed of surrounding whitespace, in text order. */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') {
      if (lineBreakEnds(text, i)) {
        pushTrimmed(text, start, i, spans);
        start = i + 1;
      }
      continue;
    }
    if (char !== '.' && char !== '!' && char !== '?' && char !== '\u2026') continue;
    let end = i + 1;
    while (text[end] === '.' || text[end] === '!' || text[end] === '?') end++;
    end = skipClosers(text, end);
    if (end < text.length && !isSpace(text[end])) continue; // "3.5", "example.com", "U.S.-backed"
    if (char === '.' && end === i + 1 && isAbbreviationPeriod(text, i)) continue;
    let next = end;
    while (next < text.length && isSpace(text[next])) next++;
    // A sentence starts with a capital, a digit, a quote or a bracket; a lower-case word after a period is a false stop.
    if (next < text.length && /\p{Ll}/u.test(text[next]!)) continue;
    pushTrimmed(text, start, end, spans);
    start = end;
    i = end - 1;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}
