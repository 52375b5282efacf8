// Groups and events named by common nouns: "ethnic Armenians", "residents of X", "the blockade", "a military offensive".
import type { TextSpan } from './extraction.ts';
import type { Proposal } from './entity-candidates.ts';
import { isCapitalised, isPossessive, type Token } from './tokens.ts';
import {
  EVALUATIVE_WORDS,
  EVENT_NOUNS,
  EVENT_QUALIFIERS,
  GROUP_NOUNS,
  GROUP_QUALIFIERS,
  PLACE_HEAD_NOUNS,
  isDemonymLike,
  isPluralDemonym,
} from './word-classes.ts';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'our', 'recent', 'latest']);

function spanOf(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

/** "ethnic Armenians", "Armenians in X", "residents of X", "Armenian refugees": people named by what they share. */
export function proposeGroups(text: string, tokens: readonly Token[], sentence: TextSpan, blocked: (i: number) => boolean): Proposal[] {
  const found: Proposal[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (blocked(i)) continue;
    const ofName = (tokens[i + 1]?.lower === 'of' || tokens[i + 1]?.lower === 'in') && isCapitalised(tokens[i + 2]);
    const people = token.capitalised && isPluralDemonym(token.text);
    if ((GROUP_NOUNS.has(token.lower) || people) && ofName) {
      let end = i + 3;
      while (end < tokens.length && isCapitalised(tokens[end]) && !isPossessive(tokens[end])) end++;
      let start = i;
      if (tokens[i - 1] && GROUP_QUALIFIERS.has(tokens[i - 1]!.lower)) start = i - 1;
      const name = spanOf(text, tokens, start, end);
      found.push({
        start: tokens[start]!.start,
        end: tokens[end - 1]!.end,
        name,
        type: 'Group',
        confidence: 0.75,
        rule: 'people of a place',
        composite: true,
        sentence,
      });
    }
    if (people && tokens[i - 1] && GROUP_QUALIFIERS.has(tokens[i - 1]!.lower) && !blocked(i - 1)) {
      found.push({
        start: tokens[i - 1]!.start,
        end: token.end,
        name: spanOf(text, tokens, i - 1, i + 1),
        type: 'Group',
        confidence: 0.8,
        rule: `qualifier "${tokens[i - 1]!.lower}"`,
        sentence,
      });
    }
  }
  return found;
}

/** "the blockade", "a military offensive", "the 2020 war", "the arrest of X": events the text names by a noun. */
export function proposeEvents(text: string, tokens: readonly Token[], sentence: TextSpan, blocked: (i: number) => boolean): Proposal[] {
  const found: Proposal[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!EVENT_NOUNS.has(token.lower) || isCapitalised(token) || blocked(i)) continue;
    let start = i;
    while (start > 0 && !blocked(start - 1)) {
      const previous = tokens[start - 1]!;
      const keeps =
        EVENT_QUALIFIERS.has(previous.lower) ||
        /^(?:1[89]|20)\d\d$/u.test(previous.text) ||
        (isCapitalised(previous) && isDemonymLike(previous.text)) ||
        EVALUATIVE_WORDS.has(previous.lower);
      if (!keeps) break;
      start--;
    }
    const opener = tokens[start - 1];
    const named = opener && (DETERMINERS.has(opener.lower) || isPossessive(opener) || opener.lower === 'of' || opener.lower === 'in');
    if (!named && start === i) continue; // a bare "attacks" may be a verb
    while (start < i && EVALUATIVE_WORDS.has(tokens[start]!.lower)) start++;
    let end = i + 1;
    // "the blockade of X", "the reopening of the X corridor": the event's object when the text names it.
    const article = tokens[i + 2]?.lower === 'the' ? 1 : 0;
    if (tokens[i + 1]?.lower === 'of' && isCapitalised(tokens[i + 2 + article]) && !blocked(i + 2 + article)) {
      end = i + 3 + article;
      while (end < tokens.length && isCapitalised(tokens[end]) && !isPossessive(tokens[end]) && !blocked(end)) end++;
      if (PLACE_HEAD_NOUNS.has(tokens[end]?.lower ?? '')) end++;
    }
    const composite = end > i + 1;
    found.push({
      start: tokens[start]!.start,
      end: tokens[end - 1]!.end,
      name: spanOf(text, tokens, start, end),
      type: 'Event',
      confidence: composite ? 0.7 : 0.55,
      rule: `event noun "${token.lower}"`,
      composite,
      sentence,
    });
  }
  return found;
}
