// What a meeting or a speaker talks about: a place "in" after the topic is where they met, not where the topic happened.
import type { Token } from './tokens.ts';

// prettier-ignore
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'ongoing', 'recent']);
/** Meetings and speeches: "in X" after what they are about is where they were held. */
// prettier-ignore
const DISCUSSION_NOUNS = new Set(['talks', 'negotiations', 'meeting', 'meetings', 'conference', 'summit', 'debate', 'discussion', 'discussions', 'session', 'hearing', 'forum', 'symposium', 'speech', 'briefing', 'lecture', 'seminar', 'panel', 'workshop']);
const ABOUT = new Set(['on', 'about', 'over', 'regarding', 'concerning']);
const DISCUSSION_VERB = /^(?:discuss|debat|negotiat|address|mediat)(?:e|es|ed|ing|ion)?$/u;

/**
 * Whether the event noun at `at` (past its article) is what a meeting or a speaker talks about ("talks on the conflict in
 * Geneva", "delegates discussed the war in Vienna"): a place "in" after it is then where they met, not where it is fought.
 */
export function isDiscussedAt(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && DETERMINERS.has(tokens[k]!.lower)) k--;
  const word = tokens[k]?.lower ?? '';
  return (ABOUT.has(word) && DISCUSSION_NOUNS.has(tokens[k - 1]?.lower ?? '')) || DISCUSSION_VERB.test(word);
}
