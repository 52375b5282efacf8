// What a protest was against: "X held a protest in front of Y due to Z's offensive" (X protested the offensive).
import type { CandidateEnd } from './extraction.ts';
import type { PlacedEnd, Proposed, SentenceFindings } from './pair-patterns.ts';
import type { Token } from './tokens.ts';
import { ARTICLES } from './verb-patterns.ts';

/** Head nouns of a protest: whoever holds one protests what it is held against. */
const PROTEST_NOUNS = new Set([
  'protest',
  'protests',
  'demonstration',
  'demonstrations',
  'rally',
  'rallies',
  'march',
  'vigil',
  'sit-in',
  'strike',
]);
/** Words that make a strike one of arms, not of labour: "an air strike against X" attacks X, it does not protest it. */
// prettier-ignore
const ARMED_STRIKE_WORDS = new Set(['air', 'drone', 'missile', 'rocket', 'artillery', 'military', 'naval', 'nuclear', 'precision', 'retaliatory', 'pre-emptive', 'preemptive']);
/** Words that introduce what a protest is against, as token sequences. */
const CAUSES = [
  ['against'],
  ['over'],
  ['due', 'to'],
  ['because', 'of'],
  ['in', 'response', 'to'],
  ['in', 'protest', 'at'],
  ['denouncing'],
  ['condemning'],
];
/** How far (in tokens) after the protest's noun its cause may be introduced: "a protest in front of the White House due to". */
const CAUSE_REACH = 10;
const CAUSE_BREAKS = new Set([';', ':', '.', 'but', 'while', 'whereas', 'which', 'who']);

/** The end a cause phrase introduces after token `at`, past articles, if one starts there. */
function causeAfter<End extends CandidateEnd>(
  tokens: readonly Token[],
  placed: readonly PlacedEnd<End>[],
  at: number,
): PlacedEnd<End> | undefined {
  for (let k = at; k < tokens.length && k - at <= CAUSE_REACH; k++) {
    if (CAUSE_BREAKS.has(tokens[k]!.lower)) return undefined;
    const cause = CAUSES.find((words) => words.every((w, i) => tokens[k + i]?.lower === w));
    if (!cause) continue;
    let from = k + cause.length;
    while (ARTICLES.has(tokens[from]?.lower ?? '')) from++;
    return placed.find((p) => p.from === from && p.end.type !== 'Place');
  }
  return undefined;
}

/** For each protest another rule says someone held ("X CARRIED_OUT protest"), that X protested what it was held against. */
export function protestCauses<End extends CandidateEnd>(findings: SentenceFindings<End>): Proposed<End>[] {
  const { text, tokens, placed, placedOf, typed } = findings;
  const found: Proposed<End>[] = [];
  for (const held of typed) {
    const protest = placedOf.get(held.object);
    if (held.type !== 'CARRIED_OUT' || !protest || !PROTEST_NOUNS.has(tokens[protest.to - 1]!.lower)) continue;
    if (ARMED_STRIKE_WORDS.has(tokens[protest.to - 2]?.lower ?? '')) continue;
    const cause = causeAfter(tokens, placed, protest.to);
    if (!cause || cause.end === held.subject) continue;
    const why = { rule: `protest held against`, words: text.slice(protest.end.start, cause.end.end) };
    found.push({ subject: held.subject, object: cause.end, type: 'PROTESTED', why });
  }
  return found;
}
