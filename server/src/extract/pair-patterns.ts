// Relations that a pair's own words decide, with no verb: a post beside a name, an event "in" a place, "X, the capital of Y".
import { isDiscussedAt } from './discussed-topics.ts';
import type { CandidateEnd } from './extraction.ts';
import { DEFAULT_ROLE_TYPE, PERSON_TIE_TYPES, ROLE_TYPES } from './relation-lexicon.ts';

/** Ties only a person has to a person. */
const FAMILY_TYPES: ReadonlySet<string> = new Set(['FAMILY_OF']);
import { ARTICLE_WORDS, POSSESSIVE_PRONOUNS, type Token } from './tokens.ts';
import type { TriggerHit } from './triggers.ts';
import { isRoleNoun, isTensedVerb, TITLE_MODIFIERS } from './word-classes.ts';

/** Words that never qualify a post: "X, who …", "X, and the director of Y". */
const NO_MODIFIERS = new Set(['who', 'whom', 'whose', 'which', 'that', 'and', 'or', 'but', 'with', 'by']);

/** An end placed on the sentence's tokens [from, to). */
export interface PlacedEnd<End extends CandidateEnd = CandidateEnd> {
  end: End;
  from: number;
  to: number;
}

export interface Proposed<End extends CandidateEnd = CandidateEnd> {
  subject: End;
  object: End;
  type?: string;
  role?: string;
  why: { rule: string; words: string };
}

/**
 * What a reading over the other rules' proposals gets of a sentence (`accusingStatements`, `combatants`, `protestCauses`):
 * its text and tokens, its ends placed on them in order, the lexicon's triggers found in it, what was proposed, and how
 * ends are told apart.
 */
export interface SentenceFindings<End extends CandidateEnd = CandidateEnd> {
  text: string;
  tokens: readonly Token[];
  /** The ends placed on the sentence's tokens, ordered by their first token. */
  placed: readonly PlacedEnd<End>[];
  placedOf: ReadonlyMap<End, PlacedEnd<End>>;
  hits: readonly TriggerHit[];
  /** What the other rules proposed for the sentence. */
  typed: readonly Proposed<End>[];
  /** One key per entity, wherever the sentence names it: "Meridia … its army" names one entity twice. */
  identity: (end: End) => string;
}

const ROLE_HEADS = ROLE_TYPES.flatMap((entry) => entry.heads.map((head) => ({ head, type: entry.type }))).sort(
  (a, b) => b.head.length - a.head.length,
);

/** The last words of the roles ROLE_TYPES names ("owner", "founder"), roles whether or not compromise lists them so. */
const ROLE_HEAD_WORDS: ReadonlySet<string> = new Set(ROLE_HEADS.map(({ head }) => head.split(' ').pop()!));

function roleType(role: string): string {
  const lower = role.toLowerCase();
  const found = ROLE_HEADS.find(({ head }) => lower === head || lower.endsWith(` ${head}`));
  // "foreign policy chief", "deputy leader": a remit or rank before a leading post is a post under the leader.
  if (found?.type === 'LEADS') {
    const modifiers = role
      .slice(0, role.length - found.head.length)
      .trim()
      .split(/\s+/u)
      .filter(Boolean);
    if (modifiers.some((w) => REMITS_UNDER_LEAD.has(w.toLowerCase()))) return DEFAULT_ROLE_TYPE;
  }
  return found?.type ?? DEFAULT_ROLE_TYPE;
}

/**
 * Remits and ranks that make a leading post one under the body's lead: "foreign policy chief", "deputy leader", "security
 * chief" (but "supreme leader", "rebel leader", "former president" lead).
 */
// prettier-ignore
const REMITS_UNDER_LEAD = new Set(['deputy', 'vice', 'assistant', 'policy', 'intelligence', 'security', 'finance', 'financial', 'economic', 'communications', 'press', 'media', 'operations', 'legal', 'technical', 'campaign', 'regional', 'provincial', 'district', 'section', 'department', 'desk', 'bureau', 'staff', 'cabinet', 'negotiating', 'delegation']);

/** Words that may open a post's words without being part of it: "the former", "its". */
const ROLE_OPENERS = new Set(['the', 'a', 'an', 'former', 'its', 'their']);

/** A post: optional modifiers and a role noun ("senior scholar", "Health Minister", "program coordinator"). */
function readRole(tokens: readonly Token[], from: number, to: number): string | undefined {
  // "Commissioner for Human Rights", "Minister of Foreign Affairs": a post's own capitalised remit follows its head.
  for (let k = from + 1; k < to - 1; k++) {
    const remit = tokens.slice(k + 1, to);
    if (
      (tokens[k]!.lower === 'for' || tokens[k]!.lower === 'of') &&
      remit.length <= 4 &&
      remit.every((t) => t.capitalised || t.lower === 'and')
    ) {
      const head = readRole(tokens, from, k);
      return head && `${head} ${remit.reduce((words, t) => `${words} ${t.text}`, tokens[k]!.text).trim()}`;
    }
  }
  const span = tokens.slice(from, to);
  // An article opens the post's words, or comes after "former": "detained the journalist X" holds no post "detained".
  const opening = span.findIndex((t) => !ROLE_OPENERS.has(t.lower));
  if (opening >= 0 && span.slice(opening).some((t) => ARTICLE_WORDS.has(t.lower))) return undefined;
  const words = span.filter((t) => !ROLE_OPENERS.has(t.lower));
  const last = words[words.length - 1];
  if (!last || words.length > 4 || !(isRoleNoun(last.lower) || ROLE_HEAD_WORDS.has(last.lower))) return undefined;
  // "senior scholar", "Deputy Health Minister"; not "who praised the director": a pronoun or a verb is no modifier.
  const modifies = (w: Token) =>
    w.kind === 'word' &&
    (TITLE_MODIFIERS.has(w.lower) ||
      isRoleNoun(w.lower) ||
      (/^\p{Ll}+$/u.test(w.text) && !NO_MODIFIERS.has(w.lower) && !isTensedVerb(w.lower)));
  if (!words.slice(0, -1).every(modifies)) return undefined;
  return words.map((w) => w.text).join(' ');
}

/** "X, the Prime Minister of Y", "Y's Prime Minister X", "Y Health Minister X", "X, a senior scholar at Y". */
export function rolePatterns<End extends CandidateEnd>(
  text: string,
  tokens: readonly Token[],
  a: PlacedEnd<End>,
  b: PlacedEnd<End>,
): Proposed<End> | undefined {
  // Every pattern here puts a person in a post: without a person there is nothing to read.
  if (a.end.type !== 'Person' && b.end.type !== 'Person') return undefined;
  const between = tokens.slice(a.to, b.from);
  const words = text.slice(a.end.end, b.end.start);
  // A post is held in a body; a tie ("X's wife", "X's lawyer") may also be to a person, and nothing else is.
  const make = (person: End, body: End, role: string, rule: string): Proposed<End> | undefined => {
    const type = roleType(role);
    const tie = PERSON_TIE_TYPES.has(type);
    if (person.type !== 'Person' || body.type === 'Event' || (body.type === 'Person' && !tie)) return undefined;
    if (FAMILY_TYPES.has(type) && body.type !== 'Person') return undefined;
    return { subject: person, object: body, type, role, why: { rule, words: words.trim() } };
  };
  // X, (the|a) ROLE (of|at|for) (the) Y
  if (between[0]?.text === ',') {
    let k = between.length;
    while (k > 1 && ['of', 'at', 'for', 'the', 'to', 'with', 'in'].includes(between[k - 1]!.lower)) k--;
    if (k < between.length) {
      const role = readRole(between, 1, k);
      if (role) return make(a.end, b.end, role, 'apposition "X, ROLE of Y"');
    }
    // X, (a|an) Y's ROLE: the role follows the second end.
    const after = tokens.slice(b.to, b.to + 5);
    if (between.length <= 3 && after[0]?.lower === "'s") {
      let k2 = 1;
      while (k2 < after.length && after[k2]!.kind === 'word' && /^\p{Ll}/u.test(after[k2]!.text)) k2++;
      for (let cut = k2; cut > 1; cut--) {
        const role = readRole(after, 1, cut);
        if (role) return make(a.end, b.end, role, 'apposition "X, Y\'s ROLE"');
      }
    }
  }
  // Y('s) ROLE X, "Y ROLE, X", or "Y, whose ROLE, X"
  const start = between[0]?.lower === "'s" ? 1 : between[0]?.text === ',' && between[1]?.lower === 'whose' ? 2 : 0;
  const trimmed = between[between.length - 1]?.text === ',' ? between.length - 1 : between.length;
  if (trimmed > start) {
    const role = readRole(between, start, trimmed);
    if (role) return make(b.end, a.end, role, 'title "Y ROLE X"');
  }
  // ROLE of (the) Y X: the role stands before the first end.
  if (between.length === 0) {
    let k = a.from;
    while (k > 0 && ['of', 'the', 'for'].includes(tokens[k - 1]!.lower)) k--;
    if (k < a.from) {
      for (let from = Math.max(0, k - 3); from < k; from++) {
        const role = readRole(tokens, from, k);
        if (role) return make(b.end, a.end, role, 'title "ROLE of Y X"');
      }
    }
  }
  return undefined;
}

/** Words that name a place by its bordering another: "X and the adjacent districts". */
const BORDERING_WORDS = new Set(['adjacent', 'neighbouring', 'neighboring', 'bordering', 'surrounding']);

/** Words a locative phrase may take: "in a remote area of the". */
const MAX_LOCATIVE_WORDS = 6;
/** Parts of a place a locative phrase may name before "of": "the north of", "a remote area of". */
const PLACE_PARTS = new Set(['area', 'part', 'corner', 'outskirts', 'north', 'south', 'east', 'west', 'centre', 'center', 'heart']);

/** Tokens [from, to) read "in", or "in (a|the) (adjective) area|part|north… of (the)": the first place lies inside the second. */
function isLocative(tokens: readonly Token[], from: number, to: number): boolean {
  const word = (k: number) => (k < to ? tokens[k]!.lower : '');
  let k = from + 1;
  if (k === to) return true;
  if (ARTICLE_WORDS.has(word(k))) k++;
  if (k < to && !PLACE_PARTS.has(word(k))) k++;
  if (!PLACE_PARTS.has(word(k)) || word(k + 1) !== 'of') return false;
  k += 2;
  if (word(k) === 'the') k++;
  return k === to;
}

/** Patterns that the ends' types and a short linking word decide: "E in P", "E by A", "A's E", "P, Q", "X, the capital of Y". */
export function adjacencyPatterns<End extends CandidateEnd>(
  text: string,
  tokens: readonly Token[],
  a: PlacedEnd<End>,
  b: PlacedEnd<End>,
): Proposed<End> | undefined {
  // Every pattern here has an event or a place at one end, and a short link: most pairs need no more reading.
  const typed = (t: string) => t === 'Event' || t === 'Place';
  if ((!typed(a.end.type) && !typed(b.end.type)) || b.from - a.to > MAX_LOCATIVE_WORDS) return undefined;
  // "a complex in a remote area of X", "the village in the north of X": a place inside another.
  if (a.end.type === 'Place' && b.end.type === 'Place' && tokens[a.to]?.lower === 'in' && isLocative(tokens, a.to, b.from))
    return {
      subject: a.end,
      object: b.end,
      type: 'LOCATED_IN',
      why: { rule: 'place "in" place', words: text.slice(a.end.start, b.end.end) },
    };
  if (b.from - a.to > 4) return undefined;
  const between = tokens.slice(a.to, b.from).map((t) => t.lower);
  const joined = between.filter((w) => w !== 'the').join(' ');
  // The pair's words are cut from the text only for a pattern that holds: most pairs match none.
  const span = () => text.slice(a.end.start, b.end.end);
  const [x, y] = [a.end, b.end];
  // "talks on the war in Geneva": the place is where the talks were held, not where the war is.
  if (x.type === 'Event' && y.type === 'Place' && ['in', 'at', 'on', 'across', 'near'].includes(joined) && !isDiscussedAt(tokens, a.from))
    return { subject: x, object: y, type: 'TOOK_PLACE_IN', why: { rule: 'event "in" place', words: span() } };
  if (x.type === 'Event' && y.type !== 'Event' && (joined === 'by' || joined === 'launched by' || joined === 'carried out by'))
    return { subject: y, object: x, type: 'CARRIED_OUT', why: { rule: 'event "by" actor', words: span() } };
  if (y.type === 'Event' && x.type !== 'Event' && between[0] === "'s" && between.length <= 3)
    return { subject: x, object: y, type: 'CARRIED_OUT', why: { rule: "actor's event", words: span() } };
  // "its offensive", "their February 2023 ruling": a possessive pronoun read as the actor stands for "X's".
  const possessive = a.to - a.from === 1 && POSSESSIVE_PRONOUNS.has(tokens[a.from]!.lower);
  if (possessive && y.type === 'Event' && x.type !== 'Event' && between.length <= 2)
    return { subject: x, object: y, type: 'CARRIED_OUT', why: { rule: 'possessive before event', words: span() } };
  if (x.type === 'Event' && ['against', 'on', 'targeting'].includes(joined) && y.type !== 'Event')
    return { subject: x, object: y, type: 'TARGETED', why: { rule: 'event "against" target', words: span() } };
  // "X and the adjacent territories", "X and the adjacent Y region": the second place is named by bordering the first.
  const bordering = (k: number) => BORDERING_WORDS.has(tokens[k]?.lower ?? '');
  const borderingJoin = joined === 'and' ? bordering(b.from) : bordering(b.from - 1) && joined === `and ${tokens[b.from - 1]!.lower}`;
  if (x.type === 'Place' && y.type === 'Place' && borderingJoin)
    return { subject: y, object: x, type: 'BORDERS', why: { rule: '"X and the adjacent Y"', words: span() } };
  if (x.type === 'Place' && y.type === 'Place' && joined === ',')
    return { subject: x, object: y, type: 'LOCATED_IN', why: { rule: 'place, larger place', words: span() } };
  if (x.type === 'Place' && y.type === 'Place' && /^, capital of$/.test(joined))
    return { subject: x, object: y, type: 'CAPITAL_OF', why: { rule: '"X, the capital of Y"', words: span() } };
  if (
    y.type === 'Place' &&
    x.type !== 'Place' &&
    x.type !== 'Event' &&
    (joined === 'in' || joined === 'of' || joined === 'based in') &&
    x.type !== 'Person'
  )
    return {
      subject: x,
      object: y,
      type: x.type === 'Group' ? 'REMAINED_IN' : 'LOCATED_IN',
      why: { rule: `"X ${joined} place"`, words: span() },
    };
  return undefined;
}
