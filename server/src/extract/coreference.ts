// Pronouns read as the entity they stand for ("he", "its", "they"): the nearest fitting end before them, in a short window.
import {
  isClauseSubjectAt,
  mainClauseSubject,
  PREPOSITIONS,
  previousClauseStart,
  readClauses,
  verbOfSubject,
  type ClauseReading,
} from './clause-subject.ts';
import type { CandidateEnd, PairsOnlyWith, TextSpan } from './extraction.ts';
import type { Token } from './tokens.ts';
import { findTriggers } from './triggers.ts';
import { genderOfFirstName, isNounLike, isPluralNoun } from './word-classes.ts';

/** An end the relation rules pair: a mention, a candidate, or words that refer back to one of them. */
export interface ReferringEnd extends CandidateEnd {
  /** The words of the text here when they do not name the end but refer back to it ("he", "its", "the war"). */
  reference?: string;
  pairsOnlyWith?: PairsOnlyWith;
}

/** How many sentences before its own a pronoun's antecedent may stand: past this, a reader has lost the thread too. */
export const MAX_PRONOUN_SENTENCES = 2;

type Kind = 'male' | 'female' | 'thing' | 'plural';

interface Pronoun {
  kind: Kind;
  /** "its", "their": a determiner, which may refer to its own clause's subject ("X launched its offensive"). */
  possessive: boolean;
  /** "he", "they": a subject, which may refer to the subject of the clause it depends on ("X said he would"). */
  nominative?: boolean;
}

// prettier-ignore
const PRONOUNS = new Map<string, Pronoun>([
  ['he', { kind: 'male', possessive: false, nominative: true }], ['him', { kind: 'male', possessive: false }], ['his', { kind: 'male', possessive: true }],
  ['she', { kind: 'female', possessive: false, nominative: true }], ['her', { kind: 'female', possessive: true }],
  ['it', { kind: 'thing', possessive: false }], ['its', { kind: 'thing', possessive: true }],
  ['they', { kind: 'plural', possessive: false, nominative: true }], ['them', { kind: 'plural', possessive: false }], ['their', { kind: 'plural', possessive: true }],
]);

/** Words after which "her" is an object, not a determiner ("told her that", "for her in"). */
// prettier-ignore
const NOT_A_NOUN = new Set(['to', 'that', 'and', 'or', 'but', 'in', 'on', 'at', 'of', 'for', 'from', 'with', 'by', 'as', 'the', 'a', 'an', 'if', 'when', 'about', 'into']);
/** Words that end a clause: an object pronoun after one may refer to the clause before it. */
// prettier-ignore
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(', 'and', 'but', 'or', 'that', 'which', 'who', 'when', 'as', 'while', 'because', 'after', 'before', 'although', 'though', 'if', 'since', 'until', 'so']);
/** "it is", "it would be": with "to" or "that" soon after, "it" announces a clause and refers to nothing. */
// prettier-ignore
const EXPLETIVE_VERBS = new Set(['is', 'was', "'s", 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained', 'becomes', 'became', 'takes', 'took', 'makes', 'made']);
/** "it would be likely that": after a modal, only "be" announces the clause ("it would send troops to" refers). */
const MODALS = new Set(['would', 'will', 'could', 'might', 'may', 'must', 'should', 'can']);
const EXPLETIVE_REACH = 10;

function isExpletiveIt(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1]?.lower ?? '';
  const verb = MODALS.has(next) ? (tokens[index + 2]?.lower === 'be' ? index + 2 : -1) : EXPLETIVE_VERBS.has(next) ? index + 1 : -1;
  if (verb < 0) return false;
  for (let k = verb + 1; k < tokens.length && k <= index + EXPLETIVE_REACH; k++) {
    const word = tokens[k]!.lower;
    if (word === 'to' || word === 'that' || word === 'whether') return true;
    if (word === '.' || word === ';' || word === ',') return false;
  }
  return false;
}

/** The pronoun a token is, if any; "her" counts as possessive only before a noun. */
function pronounAt(tokens: readonly Token[], index: number): Pronoun | undefined {
  const token = tokens[index]!;
  const pronoun = PRONOUNS.get(token.lower);
  if (!pronoun) return undefined;
  const next = tokens[index + 1];
  // "her" and "it" change with what follows: "her report" (a determiner), "it was" (a subject), "told her", "hit it".
  const beforeWord = next !== undefined && next.kind === 'word' && !NOT_A_NOUN.has(next.lower) && !PREPOSITIONS.has(next.lower);
  if (token.lower === 'her') return { kind: 'female', possessive: beforeWord };
  // "despite it being", "for it to": after a preposition "it" is the preposition's object, whatever follows.
  const afterPreposition = PREPOSITIONS.has(tokens[index - 1]?.lower ?? '') || tokens[index - 1]?.lower === 'despite';
  if (token.lower === 'it')
    return isExpletiveIt(tokens, index) ? undefined : { kind: 'thing', possessive: false, nominative: beforeWord && !afterPreposition };
  return pronoun;
}

/** Whether an end can be what a pronoun of this kind stands for: people for "he"/"she", bodies and places for "it". */
function fits(kind: Kind, end: CandidateEnd): boolean {
  if (kind === 'male' || kind === 'female') {
    if (end.type !== 'Person') return false;
    const gender = genderOfFirstName(end.name.split(' ')[0]!.toLowerCase());
    return gender === undefined || gender === kind;
  }
  if (kind === 'thing') return end.type !== 'Person' && end.type !== 'Group' && end.type !== '';
  // "they": people who share a situation, or a body named by a plural ("Azerbaijani forces", "the authorities").
  if (end.type === 'Group') return true;
  const last = end.name.slice(end.name.lastIndexOf(' ') + 1);
  return end.type !== 'Person' && end.type !== 'Place' && end.type !== 'Event' && /^\p{Ll}+s$/u.test(last);
}

interface Placed {
  end: ReferringEnd;
  /** First token of the end in its sentence. */
  from: number;
}

/** A sentence's ends, and those not inside another (what a pronoun may stand for), sorted by start. */
interface SentenceEnds {
  all: Placed[];
  outer: Placed[];
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/**
 * The nearest noun before the pronoun (token index, or -1) that it may stand for instead, though no entity names it:
 * "X's children, torn between their belongings" (plural nouns for "they"), "X said the site was chosen for its" (a noun
 * phrase for "it"). Ends before that noun are out of the pronoun's reach.
 */
function competingNounBefore(tokens: readonly Token[], index: number, kind: Kind, covered: (index: number) => boolean): number {
  if (kind !== 'plural' && kind !== 'thing') return -1;
  for (let k = index - 1; k >= 0; k--) {
    const token = tokens[k]!;
    if (token.kind !== 'word' || token.capitalised) continue;
    if (kind === 'plural' ? !isPluralNoun(token.lower) : !isNounPhraseHead(tokens, k)) continue;
    if (!covered(k)) return k;
  }
  return -1;
}

function isNounPhraseHead(tokens: readonly Token[], k: number): boolean {
  const lower = tokens[k]!.lower;
  return DETERMINERS.has(tokens[k - 1]?.lower ?? '') && tokens[k + 1]?.lower !== 'of' && isNounLike(lower) && !isPluralNoun(lower);
}

/** Ends not inside another: "residents of X" stands for its people, not for X. */
function outermost(ends: readonly Placed[]): Placed[] {
  return ends.filter(
    (p) =>
      !ends.some(
        (q) => q !== p && q.end.start <= p.end.start && p.end.end <= q.end.end && q.end.end - q.end.start > p.end.end - p.end.start,
      ),
  );
}

function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  const index = tokens.findIndex((t) => t.end > offset);
  return index < 0 ? tokens.length : index;
}

function clauseBreakBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CLAUSE_BREAKS.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * Whether an end can be the subject of the verb the pronoun at `index` governs: "It later captured X" is about something
 * that captures (an actor, not an event), "It took place in X" about an event. A pronoun before no verb of the lexicon
 * asks nothing more.
 */
function fitsVerb(reading: ClauseReading, index: number, end: CandidateEnd): boolean {
  const verb = verbOfSubject(reading, index);
  if (!verb || end.type === '') return true;
  return verb.rules.some((rule) => {
    const allowed = verb.passive !== (rule.inverse === true) ? rule.targetTypes : rule.sourceTypes;
    return allowed === undefined || allowed.includes(end.type);
  });
}

export interface PronounInput {
  text: string;
  sentences: readonly TextSpan[];
  /** The tokens of each sentence (same order as `sentences`). */
  tokens: readonly (readonly Token[])[];
  /** Every end of the document (mentions and candidates), in any order. */
  ends: readonly ReferringEnd[];
}

/**
 * An end for each pronoun whose antecedent is clear enough. In its own sentence: for a determiner the nearest fitting end
 * before it; for a subject pronoun the nearest clause subject in its clause or the one before ("X said he would"), or the
 * sentence's subject; for an object pronoun the nearest fitting end across a clause break ("X attacked it" is not about X).
 * Else, in the nearest of the previous sentences holding a fitting end, that sentence's grammatical subject (the end before
 * its main verb), or for "he"/"she" the one person whose first name says that gender. A subject pronoun's antecedent must be
 * able to do what its verb says ("It captured X" is no event). The end spans the pronoun and carries the antecedent's name,
 * type and id; pronouns resolved earlier count as antecedents, so a chain ("X said … He added … He …") keeps its name.
 */
export function resolvePronouns(input: PronounInput): ReferringEnd[] {
  const { text, sentences, tokens } = input;
  // The caller's ends are usually in text order already: sorting them again is skipped.
  const inOrder = input.ends.every((end, k) => k === 0 || input.ends[k - 1]!.start <= end.start);
  const sorted = inOrder ? input.ends : [...input.ends].sort((a, b) => a.start - b.start);
  // Ends are placed on a sentence's tokens only when a pronoun near it asks: most sentences have none.
  const placedIn: (SentenceEnds | undefined)[] = sentences.map(() => undefined);
  const bySentence = (s: number): SentenceEnds => {
    const known = placedIn[s];
    if (known) return known;
    const sentence = sentences[s]!;
    const words = tokens[s]!;
    const all: Placed[] = [];
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid]!.start < sentence.start) low = mid + 1;
      else high = mid;
    }
    for (let k = low; k < sorted.length && sorted[k]!.start < sentence.end; k++) {
      const end = sorted[k]!;
      if (end.end <= sentence.end) all.push({ end, from: tokenIndexAt(words, end.start) });
    }
    const ends = { all, outer: outermost(all) };
    placedIn[s] = ends;
    return ends;
  };
  // Verbs are looked up only in sentences a pronoun reads.
  const readings: (ClauseReading | undefined)[] = sentences.map(() => undefined);
  const readingOf = (s: number): ClauseReading => (readings[s] ??= readClauses(tokens[s]!, findTriggers(tokens[s]!)));
  const resolved: ReferringEnd[] = [];
  sentences.forEach((_, s) => {
    const words = tokens[s]!;
    for (let i = 0; i < words.length; i++) {
      // Every pronoun read here has two to five letters and starts with h, s, i or t: most words are passed over at once.
      const lower = words[i]!.lower;
      const first = lower.charCodeAt(0);
      if (lower.length > 5 || (first !== 104 && first !== 115 && first !== 105 && first !== 116)) continue;
      const pronoun = pronounAt(words, i);
      if (!pronoun) continue;
      const token = words[i]!;
      // A pronoun inside an end ("Republic of Its People") or one already read is not read again.
      if (bySentence(s).all.some((p) => p.end.start <= token.start && token.end <= p.end.end)) continue;
      const antecedent = antecedentOf({ sentence: s, index: i }, pronoun, bySentence, readingOf);
      if (!antecedent) continue;
      const end: ReferringEnd = {
        start: token.start,
        end: token.end,
        name: antecedent.name,
        type: antecedent.type,
        ...(antecedent.entityId ? { entityId: antecedent.entityId } : {}),
        reference: text.slice(token.start, token.end),
      };
      resolved.push(end);
      // A pronoun stands inside no other end: it joins both lists.
      const placed = bySentence(s);
      for (const list of [placed.all, placed.outer]) {
        list.push({ end, from: i });
        list.sort((a, b) => a.end.start - b.end.start);
      }
    }
  });
  return resolved;
}

function antecedentOf(
  at: { sentence: number; index: number },
  pronoun: Pronoun,
  bySentence: (s: number) => SentenceEnds,
  readingOf: (s: number) => ClauseReading,
): ReferringEnd | undefined {
  const reading = readingOf(at.sentence);
  const own = reading.tokens;
  const start = own[at.index]!.start;
  const ends = bySentence(at.sentence);
  const covered = (k: number) => ends.all.some((p) => p.end.start <= own[k]!.start && own[k]!.end <= p.end.end);
  const blocked = competingNounBefore(own, at.index, pronoun.kind, covered);
  // A subject pronoun stands for what can do what its verb says: "It later captured X" is no event.
  const fitting = (p: Placed) => fits(pronoun.kind, p.end) && (pronoun.nominative !== true || fitsVerb(reading, at.index, p.end));
  const before = ends.outer.filter((p) => p.end.end <= start && fitting(p));
  const reach = previousClauseStart(own, at.index);
  const mainSubject = () => mainClauseSubject(reading, ends.outer);
  for (let k = before.length - 1; k >= 0; k--) {
    const candidate = before[k]!;
    const after = tokenIndexAt(own, candidate.end.end);
    if (after <= blocked) return undefined;
    // "the surrender of its army": what the pronoun's phrase hangs on is not what the pronoun stands for.
    if (after === at.index - 1 && own[after]!.lower === 'of') continue;
    if (pronoun.possessive) return candidate.end;
    // "X said he would": a subject pronoun stands for the subject of a clause before it, not for an object ("The army
    // shelled Tarsk and it captured Dorsk" is not about Tarsk).
    if (pronoun.nominative === true) {
      // Past the clause before its own, only the sentence's subject carries ("X, a former Y, was seized as he left").
      if (candidate.from < reach ? candidate === mainSubject() : isClauseSubjectAt(reading, candidate.from)) return candidate.end;
      continue;
    }
    if (clauseBreakBetween(own, candidate.from, at.index)) return candidate.end;
  }
  if (blocked >= 0) return undefined;
  // A subject pronoun after an object it could stand for but does not is unclear: the sentences before are not asked.
  if (pronoun.nominative === true && before.length > 0) return undefined;
  for (let back = at.sentence - 1; back >= 0 && back >= at.sentence - MAX_PRONOUN_SENTENCES; back--) {
    const all = bySentence(back).outer;
    const candidates = all.filter(fitting);
    if (candidates.length === 0) continue;
    // The sentence's grammatical subject: the end before its main verb ("The army shelled Tarsk. It …" is not Tarsk).
    const subject = mainClauseSubject(readingOf(back), all);
    if (subject && candidates.includes(subject)) return subject.end;
    // "X met Marta Lind. She …": the one person a first name says is a woman (or a man) needs no subject.
    const gendered = candidates.filter((p) => genderOfFirstName(p.end.name.split(' ')[0]!.toLowerCase()) === pronoun.kind);
    return back === at.sentence - 1 && candidates.length === 1 && gendered.length === 1 ? gendered[0]!.end : undefined;
  }
  return undefined;
}
