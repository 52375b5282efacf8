// Lists of ends joined by commas and "and" ("A, the head of X, B and C"): a verb that links one member links them all.
import type { PlacedEnd } from './pair-patterns.ts';
import type { Token } from './tokens.ts';
import { isRoleNoun, PERSON_TITLES, TITLE_MODIFIERS } from './word-classes.ts';

/** Longest list expanded: past this a "list" is more likely a run of clauses than one enumeration. */
export const MAX_LIST_MEMBERS = 8;

const SKIPPED_WORDS = new Set(['the', 'a', 'an', 'both', 'either', 'also', '[', ']']);
const JOINERS = new Set([',', 'and', 'or', '&']);
const APPOSITION_PREPOSITIONS = new Set(['of', 'at', 'to', 'for', 'in']);

function isTitleWord(token: Token): boolean {
  return TITLE_MODIFIERS.has(token.lower) || PERSON_TITLES.has(token.lower) || isRoleNoun(token.lower);
}

function contains(outer: PlacedEnd, inner: PlacedEnd): boolean {
  return outer !== inner && outer.from <= inner.from && inner.to <= outer.to;
}

/**
 * Ends that cannot be list members themselves: ends inside another end, a place naming a title ("Meridia" in
 * "Meridia State Minister Ana Vogel"), and the complement of an apposition ("Meridia" in "X, the President of Meridia, Y").
 */
function isModifier(tokens: readonly Token[], placed: readonly PlacedEnd[], index: number): boolean {
  const end = placed[index]!;
  if (placed.some((other) => contains(other, end))) return true;
  const next = placed.slice(index + 1).find((p) => p.from >= end.to);
  if (next && next.from > end.to && tokens.slice(end.to, next.from).every(isTitleWord)) return true;
  let k = end.from - 1;
  while (k >= 0 && SKIPPED_WORDS.has(tokens[k]!.lower)) k--;
  return k > 0 && APPOSITION_PREPOSITIONS.has(tokens[k]!.lower) && isTitleWord(tokens[k - 1]!);
}

/** Whether the tokens between two members only join them: commas, "and", "or", "as well as", titles, citation marks. */
function joins(tokens: readonly Token[], from: number, to: number, skipped: readonly PlacedEnd[]): boolean {
  let joiner = false;
  for (let k = from; k < to; k++) {
    const token = tokens[k]!;
    const inSkipped = skipped.find((s) => s.from <= k && k < s.to);
    if (inSkipped) {
      k = inSkipped.to - 1;
      continue;
    }
    if (token.lower === 'as' && tokens[k + 1]?.lower === 'well' && tokens[k + 2]?.lower === 'as') {
      joiner = true;
      k += 2;
    } else if (JOINERS.has(token.lower)) joiner = true;
    else if (SKIPPED_WORDS.has(token.lower) || /^\d+$/.test(token.text) || isTitleWord(token)) continue;
    else if (APPOSITION_PREPOSITIONS.has(token.lower) && skipped.some((s) => s.from > k && s.from - k <= 2)) continue;
    else return false;
  }
  return joiner;
}

/** For each end of a sentence, the members of the list it stands in, itself included, in text order (a lone end: itself). */
export function listsOf(tokens: readonly Token[], placed: readonly PlacedEnd[]): (end: PlacedEnd) => PlacedEnd[] {
  const modifiers = placed.filter((_, i) => isModifier(tokens, placed, i));
  const cache = new Map<PlacedEnd, PlacedEnd[]>();
  return (anchor) => {
    const cached = cache.get(anchor);
    if (cached) return cached;
    const skipped = modifiers.filter((m) => m !== anchor);
    const members = placed.filter((p) => p === anchor || !skipped.includes(p));
    const at = members.indexOf(anchor);
    let first = at;
    while (first > 0 && joins(tokens, members[first - 1]!.to, members[first]!.from, skipped)) first--;
    let last = at;
    while (last + 1 < members.length && joins(tokens, members[last]!.to, members[last + 1]!.from, skipped)) last++;
    const list = at < 0 || last - first + 1 > MAX_LIST_MEMBERS ? [anchor] : members.slice(first, last + 1);
    cache.set(anchor, list);
    return list;
  };
}
