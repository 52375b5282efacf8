// Groups and events named by common nouns: "ethnic Armenians", "residents of X", "the blockade", "a military offensive".
import type { TextSpan } from './extraction.ts';
import type { Proposal } from './entity-candidates.ts';
import { isDiscussedAt } from './discussed-topics.ts';
import { isCapitalised, isPossessive, type Token } from './tokens.ts';
import {
  DISPUTE_NOUNS,
  EVALUATIVE_WORDS,
  EVENT_NOUNS,
  EVENT_QUALIFIERS,
  GROUP_NOUNS,
  GROUP_QUALIFIERS,
  MOVEMENT_EVENT_NOUNS,
  PLACE_HEAD_NOUNS,
  SITE_NOUNS,
  SITUATION_NOUNS,
  isDemonymLike,
  isCalendarWord,
  isMonth,
  isPluralDemonym,
} from './word-classes.ts';

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'another',
  'its',
  'their',
  'his',
  'her',
  'this',
  'that',
  'these',
  'those',
  'our',
  'recent',
  'latest',
]);

function spanOf(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

const RELATIVE_PREPOSITIONS = new Set(['in', 'from', 'to', 'at', 'into']);

/** "who stayed in X", "who have fled to X": a short relative clause that places its people; the end (exclusive) of its name. */
function relativeClauseEnd(tokens: readonly Token[], from: number, blocked: (i: number) => boolean): number | undefined {
  if (tokens[from]?.lower !== 'who') return undefined;
  // One verb, perhaps after an auxiliary ("have stayed"), then the preposition.
  for (let k = from + 2; k <= from + 3; k++) {
    const verbs = tokens.slice(from + 1, k);
    if (verbs.some((t) => t.kind !== 'word' || t.capitalised)) return undefined;
    if (!RELATIVE_PREPOSITIONS.has(tokens[k]?.lower ?? '')) continue;
    const name = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    if (!isCapitalised(tokens[name]) || blocked(name)) return undefined;
    let end = name + 1;
    while (end < tokens.length && isCapitalised(tokens[end]) && !isPossessive(tokens[end]) && !blocked(end)) end++;
    return end;
  }
  return undefined;
}

const BARE_GROUP_OPENERS = new Set(['the', 'first', 'remaining', 'last', 'displaced', 'local', 'these', 'those']);

/** "the first evacuees arrived", "the residents fled": people the text names by their situation alone. */
export function proposeBareGroups(text: string, tokens: readonly Token[], sentence: TextSpan, blocked: (i: number) => boolean): Proposal[] {
  const found: Proposal[] = [];
  tokens.forEach((token, i) => {
    if (!SITUATION_NOUNS.has(token.lower) || token.capitalised || blocked(i)) return;
    const before = tokens[i - 1];
    // Named by a name ("Gaza residents") or followed by "of X" / "in X", another rule names them more fully.
    if (!before || !BARE_GROUP_OPENERS.has(before.lower) || before.capitalised || ['of', 'in'].includes(tokens[i + 1]?.lower ?? '')) return;
    found.push({
      start: token.start,
      end: token.end,
      name: token.text,
      type: 'Group',
      confidence: 0.4,
      rule: `people noun "${before.lower} ${token.lower}"`,
      sentence,
    });
  });
  return found;
}

const DESCRIBING = /^(?:\p{Ll}+(?:ed|al|ent|ant|ive|ary|ic|ous)|new|former|old|secret)$/u;

/** "the adjacent occupied territories", "a large and abandoned airfield" (named "abandoned airfield"): a described site. */
export function proposeDescribedSites(
  text: string,
  tokens: readonly Token[],
  sentence: TextSpan,
  blocked: (i: number) => boolean,
): Proposal[] {
  const found: Proposal[] = [];
  tokens.forEach((token, i) => {
    if (!SITE_NOUNS.has(token.lower) || token.capitalised || blocked(i)) return;
    let start = i;
    while (start > 0 && !blocked(start - 1)) {
      const previous = tokens[start - 1]!;
      if (previous.capitalised || !(DESCRIBING.test(previous.text) || EVALUATIVE_WORDS.has(previous.lower) || previous.lower === 'and'))
        break;
      start--;
    }
    if (!DETERMINERS.has(tokens[start - 1]?.lower ?? '')) return;
    // Judging and joining words open the phrase but are not part of the site's name.
    while (start < i && (EVALUATIVE_WORDS.has(tokens[start]!.lower) || tokens[start]!.lower === 'and')) start++;
    if (start === i) return;
    found.push({
      start: tokens[start]!.start,
      end: token.end,
      name: spanOf(text, tokens, start, i + 1),
      type: 'Place',
      confidence: 0.45,
      rule: `described site "${token.lower}"`,
      sentence,
    });
  });
  return found;
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
    const relative = (GROUP_NOUNS.has(token.lower) || people) && !ofName ? relativeClauseEnd(tokens, i + 1, blocked) : undefined;
    if (relative !== undefined) {
      let start = i;
      if (tokens[i - 1] && GROUP_QUALIFIERS.has(tokens[i - 1]!.lower) && !blocked(i - 1)) start = i - 1;
      found.push({
        start: tokens[start]!.start,
        end: tokens[relative - 1]!.end,
        name: spanOf(text, tokens, start, relative),
        type: 'Group',
        confidence: 0.75,
        rule: 'people "who" did something in a place',
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

/** The end (exclusive) of a name a complement starts with at `from`: "(the) Lachin corridor", "Armenian refugees". */
function complementEnd(tokens: readonly Token[], from: number, blocked: (i: number) => boolean): number | undefined {
  const start = tokens[from]?.lower === 'the' ? from + 1 : from;
  if (!isCapitalised(tokens[start]) || blocked(start)) return undefined;
  let end = start + 1;
  while (end < tokens.length && isCapitalised(tokens[end]) && !isPossessive(tokens[end]) && !blocked(end)) end++;
  const head = tokens[end]?.lower ?? '';
  // A place's head noun, or the people a name qualifies ("Armenian refugees", "the Gaza population").
  if (PLACE_HEAD_NOUNS.has(head) || GROUP_NOUNS.has(head)) end++;
  return end;
}

/** A capitalised name starting at `from` (after an optional "the"): its tokens [from, to), or undefined. */
function capitalisedRun(tokens: readonly Token[], from: number, blocked: (i: number) => boolean): { from: number; to: number } | undefined {
  const start = tokens[from]?.lower === 'the' ? from + 1 : from;
  if (!isCapitalised(tokens[start]) || blocked(start)) return undefined;
  let to = start + 1;
  while (to < tokens.length && isCapitalised(tokens[to]) && !isPossessive(tokens[to]) && !blocked(to)) to++;
  return { from: start, to };
}

/**
 * After a dispute noun: "(between A and B) over|in X", the place X's tokens and where the phrase ends; `located` when the
 * phrase is "in X", which names the dispute only if X is a place ("the conflict in September" is not the September conflict).
 */
function disputedPlace(
  tokens: readonly Token[],
  at: number,
  blocked: (i: number) => boolean,
): { from: number; to: number; located: boolean } | undefined {
  let k = at;
  if (tokens[k]?.lower === 'between') {
    const first = capitalisedRun(tokens, k + 1, blocked);
    const second = first && tokens[first.to]?.lower === 'and' ? capitalisedRun(tokens, first.to + 1, blocked) : undefined;
    if (!second) return undefined;
    k = second.to;
  }
  const located = tokens[k]?.lower === 'in';
  if (tokens[k]?.lower !== 'over' && !located) return undefined;
  const place = capitalisedRun(tokens, k + 1, blocked);
  // "the war in Tarsk's north" is not the Tarsk war.
  if (!place || isPossessive(tokens[place.to])) return undefined;
  if (located && tokens.slice(place.from, place.to).some((t) => isMonth(t.lower) || isCalendarWord(t.lower))) return undefined;
  return { ...place, located };
}

const INDEFINITE = new Set(['a', 'an', 'another']);

/** Verbs of an event's onset: "a war broke out", "a strike began", "a massacre took place". */
const ONSET_VERBS = new Set(['began', 'begins', 'erupted', 'erupts', 'started', 'starts']);
const ONSET_PHRASES = new Set(['broke out', 'breaks out', 'took place', 'takes place']);

/** Whether the words at `at` say the event before them started: it is the subject of an onset verb. */
function isOnsetAt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.lower ?? '';
  return ONSET_VERBS.has(word) || ONSET_PHRASES.has(`${word} ${tokens[at + 1]?.lower ?? ''}`);
}

/** The year of a sentence that opens with "In 2020,": what it introduces happened then. */
function openingYear(tokens: readonly Token[]): string | undefined {
  let k = 0;
  while (k < tokens.length && tokens[k]!.kind === 'punct') k++;
  const year = tokens[k + 1];
  if (tokens[k]?.lower !== 'in' || !year || !/^(?:1[89]|20)\d\d$/u.test(year.text) || tokens[k + 2]?.text !== ',') return undefined;
  return year.text;
}

/** "the blockade", "a military offensive", "the 2020 war", "the arrest of X": events the text names by a noun. */
/** Things an event's noun may qualify ("arrest warrant", "attack helicopter"): with one after it, the noun names no event. */
// prettier-ignore
const COMPOUND_THINGS = new Set(['warrant', 'warrants', 'helicopter', 'helicopters', 'drone', 'drones', 'aircraft', 'camp', 'camps', 'site', 'sites', 'zone', 'zones', 'route', 'routes', 'plan', 'plans', 'order', 'orders', 'record', 'records', 'footage', 'leader', 'leaders', 'group', 'groups', 'movement', 'organisers', 'organizers', 'vehicle', 'vehicles', 'weapons']);

export function proposeEvents(text: string, tokens: readonly Token[], sentence: TextSpan, blocked: (i: number) => boolean): Proposal[] {
  const found: Proposal[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!EVENT_NOUNS.has(token.lower) || isCapitalised(token) || blocked(i)) continue;
    // "an arrest warrant", "a protest camp": the event's noun qualifies a thing, and names no event.
    if (COMPOUND_THINGS.has(tokens[i + 1]?.lower ?? '')) continue;
    // "the ruling National Alliance": before a name, the word qualifies it.
    if (isCapitalised(tokens[i + 1]) && tokens[i + 1]!.kind === 'word') continue;
    let start = i;
    while (start > 0 && !blocked(start - 1)) {
      const previous = tokens[start - 1]!;
      const keeps =
        EVENT_QUALIFIERS.has(previous.lower) ||
        /^(?:1[89]|20)\d\d$/u.test(previous.text) ||
        // "the March 2021 elections": a month before the event's year dates it too.
        (previous.capitalised && isMonth(previous.lower) && /^(?:1[89]|20)\d\d$/u.test(tokens[start]!.text)) ||
        (isCapitalised(previous) && isDemonymLike(previous.text)) ||
        EVALUATIVE_WORDS.has(previous.lower);
      if (!keeps) break;
      start--;
    }
    const opener = tokens[start - 1];
    const named = opener && (DETERMINERS.has(opener.lower) || isPossessive(opener) || opener.lower === 'of' || opener.lower === 'in');
    // A bare "attacks" may be a verb; "reopening of" is a noun whatever stands before it.
    if (!named && start === i && tokens[i + 1]?.lower !== 'of') continue;
    while (start < i && EVALUATIVE_WORDS.has(tokens[start]!.lower)) start++;
    let end = i + 1;
    // "the blockade of X", "the evacuation of Armenian refugees": the event's object when the text names it.
    if (tokens[i + 1]?.lower === 'of') end = complementEnd(tokens, i + 2, blocked) ?? end;
    // "the flight of X from Y", "the exodus of X to Y": a movement's origin or destination is part of its name.
    for (let leg = 0; leg < 2 && end > i + 1 && MOVEMENT_EVENT_NOUNS.has(token.lower); leg++) {
      const direction = tokens[end]?.lower;
      if (direction !== 'from' && direction !== 'to') break;
      end = complementEnd(tokens, end + 1, blocked) ?? end;
    }
    // "the conflict between A and B over X": a dispute is named by what it is over ("the X conflict").
    const inDispute = start === i && end === i + 1 && DISPUTE_NOUNS.has(token.lower) ? disputedPlace(tokens, i + 1, blocked) : undefined;
    const disputed = inDispute?.located === true && isDiscussedAt(tokens, i) ? undefined : inDispute;
    const plainEvent = (): Proposal => ({
      start: token.start,
      end: token.end,
      name: token.text,
      type: 'Event',
      confidence: 0.55,
      rule: `event noun "${token.lower}"`,
      composite: false,
      sentence,
    });
    if (disputed) {
      found.push({
        start: token.start,
        end: tokens[disputed.to - 1]!.end,
        name: `${spanOf(text, tokens, disputed.from, disputed.to)} ${token.text}`,
        type: 'Event',
        confidence: 0.7,
        rule: `"${token.lower}" named by what it is over`,
        composite: true,
        ...(disputed.located ? { needsPlace: { name: spanOf(text, tokens, disputed.from, disputed.to), otherwise: plainEvent() } } : {}),
        sentence,
      });
      continue;
    }
    const composite = end > i + 1;
    const words = spanOf(text, tokens, start, end);
    // "In 1991, a coup broke out": an event whose onset the sentence states under its year is named with that year; an event
    // merely mentioned under it ("In 2020, historians revisited a massacre") may have happened at any time.
    const year = INDEFINITE.has(tokens[start - 1]?.lower ?? '') && isOnsetAt(tokens, end) ? openingYear(tokens) : undefined;
    found.push({
      start: tokens[start]!.start,
      end: tokens[end - 1]!.end,
      name: year === undefined ? words : `${year} ${words}`,
      type: 'Event',
      confidence: composite ? 0.7 : 0.55,
      rule: year === undefined ? `event noun "${token.lower}"` : `event noun "${token.lower}" in "In ${year},"`,
      composite,
      sentence,
    });
  }
  return found;
}
