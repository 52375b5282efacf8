// Who fought in a war a sentence names, and where: "In 2020 a war broke out, and X recaptured Y" (X took part, in Y); and
// to whom a surrender was made: "X's offensive ended with the surrender of Y" (Y surrendered to X).
import type { CandidateEnd } from './extraction.ts';
import type { PlacedEnd, Proposed, SentenceFindings } from './pair-patterns.ts';
import type { Token } from './tokens.ts';
import { verbForms } from './verb-forms.ts';

/** Head nouns of an armed conflict: a deed of arms in a sentence naming one is part of it. */
const WAR_NOUNS = new Set(['war', 'wars', 'conflict', 'fighting', 'battle', 'hostilities', 'clashes']);
/** Words before "war" that make it no armed conflict: "a trade war", "a price war". */
// prettier-ignore
const UNARMED_WAR_WORDS = new Set(['trade', 'price', 'tariff', 'currency', 'culture', 'culture-war', 'bidding', 'turf', 'word', 'propaganda', 'cold', 'legal', 'media', 'tech']);

/** Whether an event's name is an armed conflict's: its head noun is "war", "conflict" … and no word before makes it figurative. */
function isArmedConflict(name: string): boolean {
  const words = name.toLowerCase().split(' ');
  return WAR_NOUNS.has(words[words.length - 1]!) && !words.slice(0, -1).some((w) => UNARMED_WAR_WORDS.has(w));
}

/** Deeds of arms: whoever does one fights, and where it is done the fighting is. */
const DEEDS_OF_ARMS = new Set(['ATTACKED', 'CONTROLS', 'BLOCKADED']);
const FIGHTERS = new Set(['Person', 'Organisation', 'Group', 'Place', 'PublicBody']);
const PLACES = new Set(['Place', 'Address']);
/** Words that date a deed outside the war they introduce: "before the war", "years after the war", "following the war". */
const OUTSIDE_THE_WAR = new Set(['before', 'after', 'following', 'until', 'till']);
/** Verbs after the war that make "after the war …" its start, not its end: "after the war broke out", "after the war began". */
const WAR_STARTS = new Set(['broke', 'began', 'started', 'erupted', 'escalated']);

/** Whether the war is named to date something before or after it ("Years after the war, X seized Y"), not to set it in it. */
function datesOutside(tokens: readonly Token[], war: PlacedEnd<CandidateEnd>): boolean {
  if (WAR_STARTS.has(tokens[war.to]?.lower ?? '')) return false;
  for (let k = war.from - 1; k >= 0 && war.from - k <= 3 && tokens[k]!.kind === 'word'; k--) {
    const word = tokens[k]!.lower;
    if (OUTSIDE_THE_WAR.has(word) || (word === 'to' && tokens[k - 1]?.lower === 'prior')) return true;
  }
  return false;
}

/**
 * For each war a sentence names (an event whose head noun is "war", "conflict", "battle" …, among the ends that act alone:
 * `placed` holds those) and each deed of arms the other
 * rules read in that sentence: its doer took part in the war, and the war took place where the deed was done, unless the
 * sentence already says where it took place or names the war only to date the deed before or after it.
 */
export function combatants<End extends CandidateEnd>(input: SentenceFindings<End>): Proposed<End>[] {
  const { tokens, placed, typed, identity } = input;
  const wars = placed.filter((p) => p.end.type === 'Event' && isArmedConflict(p.end.name) && !datesOutside(tokens, p));
  const deeds = typed.filter((p) => DEEDS_OF_ARMS.has(p.type ?? '') && FIGHTERS.has(p.subject.type));
  if (wars.length === 0 || deeds.length === 0) return [];
  const found: Proposed<End>[] = [];
  for (const { end: war } of wars) {
    const placedAlready = typed.some((p) => p.type === 'TOOK_PLACE_IN' && identity(p.subject) === identity(war));
    for (const deed of deeds) {
      if (identity(deed.subject) === identity(war) || identity(deed.object) === identity(war)) continue;
      const why = { rule: `deed of arms (${deed.type}) beside "${war.name}"`, words: deed.why.words };
      found.push({ subject: deed.subject, object: war, type: 'PARTICIPATED_IN', why });
      if (!placedAlready && PLACES.has(deed.object.type) && deed.type !== 'BLOCKADED')
        found.push({ subject: war, object: deed.object, type: 'TOOK_PLACE_IN', why });
    }
  }
  return found;
}

/** Nouns of an armed action someone carries out: a surrender the same sentence tells of was made to them. */
// prettier-ignore
const ARMED_ACTION_NOUNS = new Set(['offensive', 'attack', 'attacks', 'assault', 'siege', 'invasion', 'incursion', 'bombardment', 'operation', 'campaign', 'war']);
const SURRENDER_NOUNS = new Set(['surrender', 'capitulation']);
/** How far (in tokens) after "surrender of" the one surrendering may be named: "the surrender of the self-declared X". */
const SURRENDERED_REACH = 4;
/** Words before a surrender that make it one asked for or refused, not one made: "demanded the surrender of", "called for". */
const UNMADE_SURRENDER_WORDS: ReadonlySet<string> = new Set([
  ...['demand', 'urge', 'seek', 'request', 'refuse', 'reject'].flatMap(verbForms),
  'for',
  'no',
  'against',
]);
/** How far (in words) before the surrender noun such a word may stand: "demanded the immediate and unconditional surrender". */
const UNMADE_REACH = 4;

/** Whether the surrender at `at` is only asked for or refused ("X demanded the surrender of Y"), not told as made. */
function isUnmade(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= UNMADE_REACH && tokens[k]!.kind === 'word'; k--)
    if (UNMADE_SURRENDER_WORDS.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * "X initiated an offensive … which ended with the surrender of Y", "after X's siege, the capitulation of Y": Y surrendered
 * to whoever carried out an armed action, or did a deed of arms, before the surrender in the same sentence; not when the
 * surrender is only demanded or refused ("X shelled Z and demanded the surrender of Y").
 */
export function surrenders<End extends CandidateEnd>(input: SentenceFindings<End>): Proposed<End>[] {
  const { tokens, placed, typed, identity } = input;
  const found: Proposed<End>[] = [];
  tokens.forEach((token, at) => {
    if (!SURRENDER_NOUNS.has(token.lower) || tokens[at + 1]?.lower !== 'of' || isUnmade(tokens, at)) return;
    const yielding = placed.find(
      (p) => p.from > at + 1 && p.from - (at + 2) <= SURRENDERED_REACH && p.end.type !== 'Event' && FIGHTERS.has(p.end.type),
    );
    if (!yielding) return;
    const before = (end: End) => (placed.find((p) => p.end === end)?.to ?? Infinity) <= at;
    for (const p of typed) {
      const armed =
        (p.type === 'CARRIED_OUT' && ARMED_ACTION_NOUNS.has(p.object.name.toLowerCase().split(' ').pop() ?? '')) ||
        DEEDS_OF_ARMS.has(p.type ?? '');
      if (!armed || !before(p.object) || !FIGHTERS.has(p.subject.type) || identity(p.subject) === identity(yielding.end)) continue;
      const why = {
        rule: `surrender after ${p.type === 'CARRIED_OUT' ? `"${p.object.name}"` : `a deed of arms (${p.type})`}`,
        words: p.why.words,
      };
      found.push({ subject: yielding.end, object: p.subject, type: 'SURRENDERED_TO', why });
    }
  });
  return found;
}
