// Proposes new entities from a document's words: capitalised names typed by cues, and groups, bodies and events in lower case.
import { proposeBodiesAndOwners } from './body-owners.ts';
import { PREPOSITIONS } from './clause-subject.ts';
import { resolveDefiniteReferences } from './definite-references.ts';
import type { EntityCandidate, Mention, PairsOnlyWith, TextSpan } from './extraction.ts';
import { findRuns, segmentRun, type NameSegment } from './name-runs.ts';
import { proposeBareGroups, proposeDescribedSites, proposeEvents, proposeGroups } from './noun-phrase-candidates.ts';
import { ARTICLE_WORDS, POSSESSIVE_PRONOUNS, isAcronym, isCapitalised, isPossessive, tokenize, type Token } from './tokens.ts';
import {
  COMPANY_WORDS,
  DESCRIPTIVE_PLACE_NOUNS,
  EVENT_NOUNS,
  GROUP_NOUNS,
  GROUP_QUALIFIERS,
  HOLDING_IN,
  NAME_CONNECTORS,
  ORGANISATION_HEAD_NOUNS,
  ORGANISATION_WORDS,
  PLACE_HEAD_NOUNS,
  PLACE_OF_NOUNS,
  PLACE_WORDS,
  POSTNOMINAL_TITLES,
  hasSurnameEnding,
  isDemonymLike,
  isNounLike,
  isFirstName,
  isKnownOrganisation,
  isKnownPlace,
  isPluralDemonym,
  isRoleNoun,
  isTensedVerb,
  isUnlistedWord,
} from './word-classes.ts';

export interface CandidateInput {
  text: string;
  sentences: readonly TextSpan[];
  /** The tokens of each sentence, when the caller has them already (same order as `sentences`). */
  tokens?: readonly (readonly Token[])[] | undefined;
  mentions: readonly Mention[];
  entityTypes: readonly string[];
}

/** A name proposed by one rule, before names are typed once per document. */
export interface Proposal {
  start: number;
  end: number;
  name: string;
  type: string;
  confidence: number;
  rule: string;
  /** The descriptive noun written after the name ("region" in "the Donbas region"), which "the region" may refer back to. */
  descriptiveNoun?: string;
  /** Groups and events built around a name ("residents of X") may contain another candidate. */
  composite?: boolean;
  /** The head of the title written before a person's name ("minister" in "Health Minister X"), which "the minister" may refer back to. */
  title?: string;
  /** Set when the words refer back to an entity named before rather than name it ("the war"): those words. */
  reference?: string;
  pairsOnlyWith?: PairsOnlyWith;
  /** A name the proposal holds only if the document proposes it as a place ("the conflict in X" is the X conflict), else what it is. */
  needsPlace?: { name: string; otherwise: Proposal };
  sentence: TextSpan;
}

interface Typing {
  type: string;
  confidence: number;
  rule: string;
}

/** Verbs after which "to X", "from X", "in X" name a place. */
const MOVEMENT_VERBS =
  /^(?:fle[de]|flee(?:ing|s)?|arriv(?:e|ed|es|ing)|return(?:ed|s|ing)?|travel(?:l?ed|s|l?ing)?|mov(?:e|ed|es|ing)|went|go(?:es|ing)?|deport(?:ed|ing)?|evacuat(?:e|ed|ing)|sen[dt]|deploy(?:ed|s|ing)?|visit(?:ed|s|ing)?|crossing|crossed|escap(?:e|ed|ing)|head(?:ed|ing)|born|liv(?:e|ed|es|ing)|settled)$/u;
const PLACE_PREPOSITIONS = new Set(['in', 'to', 'from', 'near', 'into', 'across', 'towards', 'toward', 'via', 'through']);
/** Words whose "in" takes a subject, a belief or a field, not a place: "faith in X", "a degree in X", "fluent in X". */
// prettier-ignore
const TOPIC_IN = new Set(['interest', 'interests', 'interested', 'belief', 'believe', 'believes', 'believed', 'faith', 'trust', 'confidence', 'role', 'involvement', 'involved', 'participation', 'expert', 'experts', 'specialist', 'degree', 'degrees', 'course', 'courses', 'fluent', 'written', 'translated', 'taught', 'lecturer', 'majoring']);
/** Abstract nouns ("Marxism", "Christianity", "Sociology"): capitalised, yet no place nor body. */
const ABSTRACT_NOUN = /\p{Ll}(?:ism|ity|ology|ics)$/u;

function spanOf(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

/** How a capitalised name's own words type it, most telling cue first. */
function typeByWords(tokens: readonly Token[], from: number, to: number): Typing | undefined {
  const words = tokens.slice(from, to).map((t) => t.lower);
  const last = words[words.length - 1]!;
  if (COMPANY_WORDS.has(last.replace(/\.$/u, '')) && words.length > 1) return { type: 'Company', confidence: 0.9, rule: 'company suffix' };
  if (PLACE_WORDS.has(last) && words.length > 1) return { type: 'Place', confidence: 0.85, rule: 'place word' };
  if (EVENT_NOUNS.has(words[0]!) && words.length > 1 && words[1] === 'of') return { type: 'Event', confidence: 0.85, rule: 'event noun' };
  if (words.some((w) => ORGANISATION_WORDS.has(w))) return { type: 'Organisation', confidence: 0.85, rule: 'organisation word' };
  if (EVENT_NOUNS.has(last) && words.length > 1) return { type: 'Event', confidence: 0.85, rule: 'event noun' };
  if (isPluralDemonym(tokens[to - 1]!.text)) return { type: 'Group', confidence: 0.75, rule: 'people' };
  if (GROUP_QUALIFIERS.has(words[0]!) && words.length === 2 && last.endsWith('s'))
    return { type: 'Group', confidence: 0.75, rule: `qualifier "${words[0]}"` };
  if (words.length <= 4 && POSTNOMINAL_TITLES.has(last) && words.length > 1)
    return { type: 'Person', confidence: 0.8, rule: 'title after name' };
  const noConnector = !words.some((w) => NAME_CONNECTORS.has(w));
  if (noConnector && words.length <= 4 && words.length >= 2 && isFirstName(words[0]!))
    return { type: 'Person', confidence: 0.8, rule: 'first name' };
  if (words.length === 1 && isKnownPlace(last)) return { type: 'Place', confidence: 0.8, rule: 'known place' };
  if (isKnownOrganisation(words.join(' '))) return { type: 'Organisation', confidence: 0.8, rule: 'known organisation' };
  if (noConnector && words.length >= 2 && words.length <= 3 && hasSurnameEnding(last))
    return { type: 'Person', confidence: 0.6, rule: 'surname ending' };
  return undefined;
}

/** Nouns that say an apposed name is a place: "X, a village in Y", "X, the ruins of an ancient city". */
// prettier-ignore
const APPOSED_PLACE_NOUNS: ReadonlySet<string> = new Set([...PLACE_OF_NOUNS, ...PLACE_HEAD_NOUNS, 'ruins', 'site', 'settlement', 'hamlet', 'suburb', 'neighbourhood', 'neighborhood', 'enclave', 'exclave', 'island', 'country', 'territory']);

/** Words after which an apposition's noun has ended: "a town in Y", "ruins of an old city", "a village that". */
const APPOSITION_NOUN_ENDS: ReadonlySet<string> = new Set(['of', 'in', 'on', 'at', 'near', 'by', 'that', 'which', 'where', 'and', 'or']);

/** Words that open a phrase after a comma that is no noun's apposition. */
const APPOSITION_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  'whose',
  'who',
  'which',
  'where',
  'when',
  'and',
  'or',
  'but',
  'as',
  'then',
  'now',
]);

/** The noun an apposition after a name opens with, past an article and one lower-case modifier: "X, a small town". */
function appositionHead(tokens: readonly Token[], to: number): string | undefined {
  if (tokens[to]?.text !== ',') return undefined;
  let k = to + 1;
  if (ARTICLE_WORDS.has(tokens[k]?.lower ?? '')) k++;
  const word = tokens[k];
  // "X, in town for talks", "X, whose village …": no noun opens the apposition.
  if (!word || word.kind !== 'word' || word.capitalised || APPOSITION_FUNCTION_WORDS.has(word.lower)) return undefined;
  // "X, a border town": the first word qualifies the second; "X, a town in Y", "X, a town." end the noun where they stand.
  const next = tokens[k + 1];
  const modifies = next !== undefined && next.kind === 'word' && !next.capitalised && !APPOSITION_NOUN_ENDS.has(next.lower);
  return modifies ? next.lower : word.lower;
}

/** Nouns besides compromise's roles that say an apposed name is a person: "X, a senior official", "X, its founder". */
const APPOSED_PERSON_NOUNS: ReadonlySet<string> = new Set(['official', 'officials', 'executive', 'founder', 'co-founder']);
const isPersonRole = (lower: string) => isRoleNoun(lower) || APPOSED_PERSON_NOUNS.has(lower);

/** The most words an apposition's noun phrase may run to before its role noun: "X, the former chief executive of Y". */
const MAX_APPOSITION_WORDS = 4;

/** The body noun of an apposition after a name ("Frontex, the EU border agency"), which says it is an organisation. */
function apposedBodyNoun(tokens: readonly Token[], to: number): string | undefined {
  if (tokens[to]?.text !== ',' || !ARTICLE_WORDS.has(tokens[to + 1]?.lower ?? '')) return undefined;
  for (let k = to + 2; k < to + 2 + MAX_APPOSITION_WORDS; k++) {
    const word = tokens[k];
    if (!word || word.kind !== 'word' || APPOSITION_FUNCTION_WORDS.has(word.lower) || APPOSITION_NOUN_ENDS.has(word.lower))
      return undefined;
    if (!word.capitalised && ORGANISATION_HEAD_NOUNS.has(word.lower)) return apposedNounEnds(tokens, k) ? word.lower : undefined;
  }
  return undefined;
}

/** Whether the noun an apposition found ends it ("X, the UN mission, said"), rather than naming what follows it ("X, the UN mission MONUSCO said"). */
function apposedNounEnds(tokens: readonly Token[], k: number): boolean {
  return !isCapitalised(tokens[k + 1]);
}

/** The role noun of an apposition after a name that says a person ("X, the former chief executive of Y"), if any. */
function apposedRole(tokens: readonly Token[], to: number): string | undefined {
  if (tokens[to]?.text !== ',') return undefined;
  let k = to + 1;
  if (['a', 'an', 'the', 'his', 'her', 'its', 'their'].includes(tokens[k]?.lower ?? '')) k++;
  for (let n = 0; n < MAX_APPOSITION_WORDS; n++, k++) {
    const word = tokens[k];
    if (
      !word ||
      word.kind !== 'word' ||
      word.capitalised ||
      APPOSITION_FUNCTION_WORDS.has(word.lower) ||
      APPOSITION_NOUN_ENDS.has(word.lower)
    )
      return undefined;
    if (isPersonRole(word.lower)) return apposedNounEnds(tokens, k) ? word.lower : undefined;
    // "X, including the activist Y": no apposition goes on past a participle or an article.
    if (word.lower.endsWith('ing') || (k > to + 1 && ARTICLE_WORDS.has(word.lower))) return undefined;
  }
  return undefined;
}

/** How the words around a name type it: "fled to X", "the village of X", "X, Y" after a place. */
function typeByContext(tokens: readonly Token[], from: number, to: number): Typing | undefined {
  const before = tokens[from - 1]?.lower;
  const before2 = tokens[from - 2]?.lower ?? '';
  const before3 = tokens[from - 3]?.lower ?? '';
  if (before === 'of' && PLACE_OF_NOUNS.has(before2)) return { type: 'Place', confidence: 0.85, rule: `"${before2} of"` };
  if (before === 'of' && before2 === 'the' && PLACE_OF_NOUNS.has(before3))
    return { type: 'Place', confidence: 0.85, rule: `"${before3} of"` };
  if (before !== undefined && PLACE_PREPOSITIONS.has(before) && (MOVEMENT_VERBS.test(before2) || MOVEMENT_VERBS.test(before3))) {
    return { type: 'Place', confidence: 0.75, rule: `movement "${before2} ${before}"` };
  }
  if (tokens[to]?.text === ',' && tokens[to + 2]?.kind !== 'word' && isKnownPlace(tokens[to + 1]?.lower ?? '')) {
    return { type: 'Place', confidence: 0.7, rule: 'place, country' };
  }
  // "X, a small town in Y", "X, ruins of an old city": an apposition headed by a place noun says what X is.
  const apposed = appositionHead(tokens, to);
  if (apposed !== undefined && APPOSED_PLACE_NOUNS.has(apposed))
    return { type: 'Place', confidence: 0.75, rule: `apposition "${apposed}"` };
  // "X, who was arrested …": "who" is said of people; not after a preposition ("residents of X, who fled" are the residents).
  if (tokens[to]?.text === ',' && tokens[to + 1]?.lower === 'who' && !PREPOSITIONS.has(before ?? ''))
    return { type: 'Person', confidence: 0.6, rule: '", who" after the name' };
  const body = apposedBodyNoun(tokens, to);
  if (body !== undefined) return { type: 'Organisation', confidence: 0.75, rule: `apposition "${body}"` };
  const role = apposedRole(tokens, to);
  if (role !== undefined) return { type: 'Person', confidence: 0.7, rule: `apposition "${role}"` };
  // "its chief executive, X", "the union leader X": a role noun in lower case right before the name.
  const roleBefore = tokens[from - 1]?.text === ',' ? tokens[from - 2] : tokens[from - 1];
  if (roleBefore && roleBefore.kind === 'word' && !roleBefore.capitalised && isPersonRole(roleBefore.lower))
    return { type: 'Person', confidence: 0.7, rule: `role "${roleBefore.lower}" before the name` };
  if (before === 'in' && HOLDING_IN.has(before2)) return { type: 'Organisation', confidence: 0.45, rule: `"${before2} in"` };
  // "faith in X", "a degree in X": not where anything is.
  const topic = before === 'in' && TOPIC_IN.has(before2);
  if ((before === 'in' || before === 'near' || before === 'via') && !topic) return { type: 'Place', confidence: 0.45, rule: `"${before}"` };
  return undefined;
}

/** A lower-case head noun right after a name makes it a place, a body or a group: "Lachin corridor", "Azerbaijani forces". */
function headNounAfter(tokens: readonly Token[], to: number): { to: number; type: string; rule: string } | undefined {
  const one = tokens[to]?.lower ?? '';
  const two = `${one} ${tokens[to + 1]?.lower ?? ''}`;
  if (isCapitalised(tokens[to])) return undefined;
  // "Azerbaijani military offensive": a noun before an event's noun qualifies the event.
  if (EVENT_NOUNS.has(tokens[to + 1]?.lower ?? '') && !EVENT_NOUNS.has(one)) return undefined;
  // "the EU border agency": a noun before a body's noun qualifies the body.
  const second = tokens[to + 1];
  if (
    second !== undefined &&
    !second.capitalised &&
    ORGANISATION_HEAD_NOUNS.has(second.lower) &&
    /^\p{Ll}+$/u.test(one) &&
    isNounLike(one) &&
    !EVENT_NOUNS.has(one)
  )
    return { to: to + 2, type: 'Organisation', rule: `body noun "${two}"` };
  if (PLACE_HEAD_NOUNS.has(two)) return { to: to + 2, type: 'Place', rule: `place noun "${two}"` };
  if (ORGANISATION_HEAD_NOUNS.has(two)) return { to: to + 2, type: 'Organisation', rule: `body noun "${two}"` };
  if (PLACE_HEAD_NOUNS.has(one)) return { to: to + 1, type: 'Place', rule: `place noun "${one}"` };
  if (ORGANISATION_HEAD_NOUNS.has(one)) return { to: to + 1, type: 'Organisation', rule: `body noun "${one}"` };
  if (GROUP_NOUNS.has(one)) return { to: to + 1, type: 'Group', rule: `people noun "${one}"` };
  if (EVENT_NOUNS.has(one)) return { to: to + 1, type: 'Event', rule: `event noun "${one}"` };
  return undefined;
}

/** "Moldovan passports": a capitalised word ending like a people's adjective, right before a lower-case noun. */
function isAdjectiveBeforeNoun(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]!;
  // "Talbani's office": a possessive's owner is a noun, whatever its ending.
  if (isKnownPlace(word.lower) || isPossessive(tokens[index + 1])) return false;
  if (isDemonymLike(word.text)) return true;
  const next = tokens[index + 1];
  const after = tokens[index + 2];
  // "Moldovan passports", and "the Kordian interior ministry", where a second adjective comes before the noun.
  const nounFollows =
    next !== undefined &&
    next.kind === 'word' &&
    !next.capitalised &&
    (isNounLike(next.lower) ||
      // "her Serevian counterpart": a word English does not list, right after, that is no adverb.
      (isUnlistedWord(next.lower) && !next.lower.endsWith('ly') && !isPossessive(after)) ||
      (!isTensedVerb(next.lower) &&
        after !== undefined &&
        after.kind === 'word' &&
        !after.capitalised &&
        (isNounLike(after.lower) || ORGANISATION_HEAD_NOUNS.has(after.lower) || ORGANISATION_WORDS.has(after.lower))));
  return nounFollows && /(?:an|ian|ese|ish|ic|i)$/u.test(word.lower);
}

function proposeSegment(text: string, tokens: readonly Token[], segment: NameSegment, sentence: TextSpan): Proposal | undefined {
  let { from, to } = segment;
  // "the", and a connector in lower case, open no name; a capitalised one does ("Al Jazeera", "Van Dyke").
  while (from < to && (tokens[from]!.lower === 'the' || (NAME_CONNECTORS.has(tokens[from]!.lower) && !tokens[from]!.capitalised))) from++;
  while (to > from && NAME_CONNECTORS.has(tokens[to - 1]!.lower)) to--;
  if (from >= to) return undefined;
  const base = { sentence, start: tokens[from]!.start, end: tokens[to - 1]!.end, name: spanOf(text, tokens, from, to) };
  if (segment.title) {
    const title = spanOf(text, tokens, segment.title.from, segment.title.to);
    const head = tokens[segment.title.to - 1]!.lower;
    return { ...base, type: 'Person', confidence: 0.9, rule: `title "${title}"`, title: head };
  }
  const head = headNounAfter(tokens, to);
  const single = to - from === 1;
  const adjective = single && isDemonymLike(tokens[from]!.text);
  // "Armenian refugees" and "Azerbaijani forces" are named by their people; an "Armenian city" is not named at all.
  if (head && (single || head.type !== 'Group') && !(adjective && head.type === 'Place')) {
    // "the Donbas region" names Donbas: the descriptive noun types the name but stays out of it.
    const noun = tokens[head.to - 1]!.lower;
    if (DESCRIPTIVE_PLACE_NOUNS.has(noun)) return { ...base, type: 'Place', confidence: 0.85, rule: head.rule, descriptiveNoun: noun };
    const end = tokens[head.to - 1]!.end;
    return { ...base, end, name: text.slice(base.start, end), type: head.type, confidence: 0.85, rule: head.rule };
  }
  // A people's adjective on its own ("Armenian passports", "Moldovan rule") names nothing.
  if (single && isAdjectiveBeforeNoun(tokens, from)) return undefined;
  // "Marxism", "Christianity": an abstract noun capitalised names nothing the graph holds.
  if (single && ABSTRACT_NOUN.test(tokens[from]!.text)) return undefined;
  const typing = typeByWords(tokens, from, to) ?? typeByContext(tokens, from, to);
  if (typing) return { ...base, type: typing.type, confidence: typing.confidence, rule: typing.rule };
  // After what the words around it say ("the village of Tamar"), a first name alone is a person.
  if (single && isFirstName(tokens[from]!.lower) && !isAcronym(tokens[from]))
    return { ...base, type: 'Person', confidence: 0.5, rule: 'first name alone' };
  if (single && hasSurnameEnding(tokens[from]!.lower)) return { ...base, type: 'Person', confidence: 0.35, rule: 'surname ending' };
  if (single && isAcronym(tokens[from])) return { ...base, type: 'Organisation', confidence: 0.3, rule: 'acronym' };
  return { ...base, type: single ? 'Place' : 'Organisation', confidence: 0.3, rule: 'capitalised name' };
}

/** Articles and determiners before a capitalised word that make it a common noun's use, not a surname's ("the Front"). */
const DETERMINERS = new Set([...ARTICLE_WORDS, ...POSSESSIVE_PRONOUNS, 'this', 'that', 'our']);

/** The word right before an offset, in lower case ("the" before "the Front"), or "" when none is. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && text[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && start > end - 12 && /\p{L}/u.test(text[start - 1]!)) start--;
  return text.slice(start, end).toLowerCase();
}

/**
 * A name of two or three words no cue typed ("Marek Tolan") is a person's when the document also calls it by its last
 * word alone ("Tolan said"): people are referred to by their surname, bodies and places are not by their last word.
 */
function typeNamesBySurnamesAlone(proposals: Proposal[], text: string): void {
  const alone = new Set<string>();
  for (const p of proposals) {
    if (p.name.includes(' ') || p.confidence >= 0.8 || p.composite === true) continue;
    if (!DETERMINERS.has(wordBefore(text, p.start))) alone.add(p.name);
  }
  for (const p of proposals) {
    if (p.rule !== 'capitalised name') continue;
    const words = p.name.split(' ');
    const surname = words[words.length - 1]!;
    if (words.length < 2 || words.length > 3 || !alone.has(surname) || words.some((w) => NAME_CONNECTORS.has(w.toLowerCase()))) continue;
    Object.assign(p, { type: 'Person', confidence: 0.6, rule: `"${surname}" alone elsewhere` });
  }
}

/** "International Court of Justice (ICJ)": the acronym names the same candidate, here and wherever it recurs. */
function collectAcronyms(proposals: readonly Proposal[], text: string): Map<string, Proposal> {
  const acronyms = new Map<string, Proposal>();
  for (const proposal of proposals) {
    const match = /^\s*\(([\p{Lu}&.]{2,8})\)/u.exec(text.slice(proposal.end, proposal.end + 14));
    if (match) acronyms.set(match[1]!, proposal);
  }
  return acronyms;
}

function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Keeps the most confident proposal where plain names overlap; composite ones may contain a name. */
function resolveOverlaps(proposals: Proposal[]): Proposal[] {
  const sorted = [...proposals].sort((a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start));
  const kept: Proposal[] = [];
  for (const proposal of sorted) {
    const clash = kept.some(
      (other) =>
        overlaps(other, proposal) &&
        (proposal.composite === other.composite || !(proposal.composite ? contains(proposal, other) : contains(other, proposal))),
    );
    if (!clash) kept.push(proposal);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

function contains(outer: TextSpan, inner: TextSpan): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
}

const FALLBACK_TYPES: Record<string, string> = { Company: 'Organisation', PublicBody: 'Organisation' };

/** Entity candidates of a document: one per place a name stands, each name typed once (its most confident cue). */
export function findEntityCandidates(input: CandidateInput): EntityCandidate[] {
  const { text, sentences, mentions } = input;
  const covered = new Uint8Array(text.length);
  for (const mention of mentions) covered.fill(1, mention.start, mention.end);
  const tokenised = sentences.map((sentence, i) => ({ sentence, tokens: input.tokens?.[i] ?? tokenize(text, sentence) }));
  const midSentenceWords = new Set<string>();
  const midSentencePairs = new Set<string>();
  for (const { tokens } of tokenised) {
    tokens.forEach((token, i) => {
      if (i === 0 || !isCapitalised(token)) return;
      const afterWord = tokens[i - 1]!.kind === 'word';
      if (afterWord) midSentenceWords.add(token.text);
      if ((afterWord || tokens[i - 1]!.text === ',') && isCapitalised(tokens[i + 1]))
        midSentencePairs.add(`${token.text} ${tokens[i + 1]!.text}`);
    });
  }

  let proposals: Proposal[] = [];
  for (const { sentence, tokens } of tokenised) {
    // Without known entities nothing is blocked, and no sentence pays for asking.
    const isBlocked = mentions.length > 0 ? tokens.map((token) => covered.subarray(token.start, token.end).includes(1)) : undefined;
    const blocked = (i: number) => isBlocked?.[i] === true;
    for (const [from, to] of findRuns(tokens, { blocked, midSentenceWords, midSentencePairs })) {
      for (const segment of segmentRun(tokens, from, to)) {
        const proposal = proposeSegment(text, tokens, segment, sentence);
        if (proposal) proposals.push(proposal);
        proposals.push(...proposeBodiesAndOwners({ text, tokens, segment, proposal, sentence }));
      }
    }
    proposals.push(
      ...proposeGroups(text, tokens, sentence, blocked),
      ...proposeBareGroups(text, tokens, sentence, blocked),
      ...proposeEvents(text, tokens, sentence, blocked),
      ...proposeDescribedSites(text, tokens, sentence, blocked),
    );
  }
  if (mentions.length > 0) proposals = proposals.filter((p) => !covered.subarray(p.start, p.end).includes(1));
  const places = new Set(proposals.filter((p) => p.type === 'Place').map((p) => p.name.toLowerCase()));
  proposals = proposals.map((p) =>
    p.needsPlace === undefined || places.has(p.needsPlace.name.toLowerCase()) ? p : p.needsPlace.otherwise,
  );
  // "the war" after "the First Kessa War": the definite noun names that war here, not a new one.
  const references = resolveDefiniteReferences(text, tokenised, proposals, covered);
  const referred = new Set(references.map((r) => `${r.start}-${r.end}`));
  proposals = [...proposals.filter((p) => p.composite === true || !referred.has(`${p.start}-${p.end}`)), ...references];

  // Acronyms and surnames refer back to a fuller name given elsewhere in the document.
  const acronyms = collectAcronyms(proposals, text);
  typeNamesBySurnamesAlone(proposals, text);
  // The first person the document names with each surname.
  const surnames = new Map<string, Proposal>();
  for (const p of [...proposals].sort((a, b) => a.start - b.start)) {
    if (p.type !== 'Person' || !p.name.includes(' ') || p.confidence < 0.6) continue;
    const surname = p.name.split(' ').pop()!;
    if (!surnames.has(surname)) surnames.set(surname, p);
  }
  for (const proposal of proposals) {
    const defined = acronyms.get(proposal.name);
    if (defined && defined !== proposal)
      Object.assign(proposal, {
        name: defined.name,
        type: defined.type,
        confidence: defined.confidence,
        rule: `acronym of "${defined.name}"`,
      });
    if (!proposal.name.includes(' ') && proposal.confidence < 0.8) {
      // The first person the document names with that surname: "Marek Tolan … Tolan's wife, Petra Tolan … Tolan's
      // lawyer" is about Marek Tolan throughout.
      const person = surnames.get(proposal.name);
      if (person)
        Object.assign(proposal, { name: person.name, type: 'Person', confidence: person.confidence, rule: `surname of "${person.name}"` });
    }
  }

  // One type per name per document: the most confident cue wins.
  const best = new Map<string, Proposal>();
  const keys = new Map<Proposal, string>(proposals.map((p) => [p, p.name.toLowerCase()]));
  for (const proposal of proposals) {
    const key = keys.get(proposal)!;
    const current = best.get(key);
    if (!current || proposal.confidence > current.confidence) best.set(key, proposal);
  }
  const allowed = new Set(input.entityTypes);
  const candidates: EntityCandidate[] = [];
  const bySentence = new Map<number, Proposal[]>();
  for (const proposal of proposals) {
    const list = bySentence.get(proposal.sentence.start);
    if (list) list.push(proposal);
    else bySentence.set(proposal.sentence.start, [proposal]);
  }
  for (const proposal of [...bySentence.values()].flatMap(resolveOverlaps)) {
    const winner = best.get(keys.get(proposal) ?? proposal.name.toLowerCase()) ?? proposal;
    const type = allowed.has(winner.type) ? winner.type : FALLBACK_TYPES[winner.type];
    if (type === undefined || !allowed.has(type)) continue;
    const words = text.slice(proposal.start, proposal.end);
    candidates.push({
      start: proposal.start,
      end: proposal.end,
      name: proposal.name,
      type,
      sentence: proposal.sentence,
      why: { rule: winner === proposal ? proposal.rule : `${proposal.rule}; typed by ${winner.rule}`, words },
      ...(proposal.reference !== undefined ? { reference: proposal.reference } : {}),
      ...(proposal.pairsOnlyWith !== undefined ? { pairsOnlyWith: proposal.pairsOnlyWith } : {}),
    });
  }
  return candidates;
}
