// A clause's grammatical subject: the end standing before its verb, not a preposition's complement nor the verb's object.
import type { VerbRule } from './relation-lexicon.ts';
import { ARTICLE_WORDS, type Token } from './tokens.ts';
import type { TriggerHit } from './triggers.ts';
import { isNounLike, isTensedVerb } from './word-classes.ts';

/** Words that open a subordinate clause before the main one ("After X fell, Y …"): the main clause starts after the comma. */
// prettier-ignore
const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'although', 'though', 'because', 'since', 'as', 'if', 'once', 'until', 'whereas', 'despite', 'following', 'amid']);
/** Words that end a clause inside a sentence: what follows has its own subject and verb. */
// prettier-ignore
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(', 'and', 'but', 'or', 'that', 'which', 'who', 'when', 'while', 'because', 'after', 'before', 'although', 'though', 'if', 'since', 'until', 'so', 'whereas']);
// prettier-ignore
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'our', 'my', 'your']);
// prettier-ignore
export const PREPOSITIONS = new Set(['in', 'of', 'at', 'on', 'from', 'to', 'into', 'near', 'across', 'over', 'by', 'with', 'for', 'against', 'through', 'towards', 'toward', 'under', 'between', 'among', 'about', 'after', 'before', 'during', 'since', 'via', 'like']);
/** Pronouns that open a relative clause: "the offensive which ended …", "people who fled …". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who', 'that']);
/** The relative pronouns and the possessive and object ones that open a relative clause too ("whose", "whom"). */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, 'whose', 'whom']);
/** Words that may stand between a subject and its verb ("It later captured", "It has since been"). */
// prettier-ignore
const BEFORE_VERB = new Set(['later', 'also', 'then', 'eventually', 'subsequently', 'soon', 'quickly', 'swiftly', 'reportedly', 'allegedly', 'since', 'never', 'not', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should']);
/** Forms of "be". */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** A sentence's tokens and the verbs of the lexicon found in it, read once for every question asked of the sentence. */
export interface ClauseReading {
  tokens: readonly Token[];
  /** Token index of each verb of the lexicon (not its fixed phrases such as "part of"), with the rules it may state. */
  verbs: ReadonlyMap<number, readonly VerbRule[]>;
}

/** Reads a sentence's verbs from the lexicon's triggers found in it (`findTriggers`). */
export function readClauses(tokens: readonly Token[], hits: readonly TriggerHit[]): ClauseReading {
  const verbs = new Map<number, VerbRule[]>();
  for (const hit of hits) {
    if (hit.trigger.rule.phrases?.includes(hit.trigger.words.join(' ')) === true) continue;
    verbs.set(hit.from, [...(verbs.get(hit.from) ?? []), hit.trigger.rule]);
  }
  return { tokens, verbs };
}

/**
 * Whether the token at `k` is a clause's verb: a verb of the lexicon or a tensed verb compromise lists, or an unknown word in
 * "-ed" not qualifying a noun ("bombarded Tarsk", not "armed forces"); never after a determiner ("the attacks").
 */
export function isVerbAt(reading: ClauseReading, k: number): boolean {
  const { tokens } = reading;
  const token = tokens[k];
  if (!token || token.kind !== 'word' || token.capitalised || DETERMINERS.has(tokens[k - 1]?.lower ?? '')) return false;
  if (reading.verbs.has(k) || isTensedVerb(token.lower)) return true;
  const next = tokens[k + 1];
  return /\p{Ll}{3}ed$/u.test(token.lower) && !(next !== undefined && next.kind === 'word' && !next.capitalised && isNounLike(next.lower));
}

/** Whether a preposition stands right before the token at `from` (past articles): the end there is its complement. */
export function isPrepositionComplement(tokens: readonly Token[], from: number): boolean {
  let k = from - 1;
  while (k >= 0 && ARTICLE_WORDS.has(tokens[k]!.lower)) k--;
  return PREPOSITIONS.has(tokens[k]?.lower ?? '');
}

/** Where the main clause starts: after a leading subordinate clause's comma ("After X fell, …"), else at the first word. */
function mainClauseStart(tokens: readonly Token[]): number {
  let k = 0;
  while (k < tokens.length && tokens[k]!.kind === 'punct') k++;
  if (!SUBORDINATORS.has(tokens[k]?.lower ?? '')) return k;
  const comma = tokens.findIndex((t, i) => i > k && t.text === ',');
  return comma < 0 ? k : comma + 1;
}

/**
 * The main clause's subject among ends placed on the sentence's tokens (sorted by `from`): the first that is no
 * preposition's complement, provided no verb stands before it in the clause ("The army shelled Tarsk": Tarsk is an object).
 */
export function mainClauseSubject<P extends { from: number }>(reading: ClauseReading, placed: readonly P[]): P | undefined {
  const start = mainClauseStart(reading.tokens);
  let checked = start;
  for (const p of placed) {
    if (p.from < start) continue;
    for (; checked < p.from; checked++) if (isVerbAt(reading, checked)) return undefined;
    if (!isPrepositionComplement(reading.tokens, p.from)) return p;
  }
  return undefined;
}

/** Whether the end starting at `from` is the subject of its own clause: no preposition before it, no verb between it and the clause's start. */
export function isClauseSubjectAt(reading: ClauseReading, from: number): boolean {
  if (isPrepositionComplement(reading.tokens, from)) return false;
  for (let k = from - 1; k >= 0; k--) {
    const token = reading.tokens[k]!;
    if (CLAUSE_BREAKS.has(token.lower)) return true;
    // "A said Kessa attacked …": right after a verb that reports speech, an end opens the reported clause.
    if (isVerbAt(reading, k)) return opensReportedClause(reading, from);
  }
  return true;
}

/** Whether the end starting at `from` stands right after a verb reporting speech, past articles and "that" ("said that the army …"). */
export function opensReportedClause(reading: ClauseReading, from: number): boolean {
  let k = from - 1;
  while (k >= 0 && DETERMINERS.has(reading.tokens[k]!.lower)) k--;
  if (reading.tokens[k]?.lower === 'that') k--;
  return k >= 0 && isVerbAt(reading, k) && reportsSpeechAt(reading, k);
}

/** Whether the verb at `k` is one the lexicon reads as reporting a clause ("said", "warned", "denied"). */
function reportsSpeechAt(reading: ClauseReading, k: number): boolean {
  return reading.verbs.get(k)?.some((rule) => rule.clausal === true) === true;
}

/**
 * The subjects of the clauses "and that …" coordinates with the first one a verb introduces ("stated that X … and that Y
 * …"): the ends after each such "that" and before its clause's verb. What the verb states, each of them states.
 */
export function coordinatedClauseSubjects<P extends { from: number }>(reading: ClauseReading, placed: readonly P[], after: number): P[] {
  const { tokens } = reading;
  const found: P[] = [];
  for (let k = after + 1; k < tokens.length; k++) {
    if (tokens[k]!.lower !== 'that' || !['and', 'but', ','].includes(tokens[k - 1]!.lower)) continue;
    let verb = k + 1;
    while (verb < tokens.length && !isVerbAt(reading, verb)) verb++;
    found.push(...placed.filter((p) => p.from > k && p.from < verb));
  }
  return found;
}

/**
 * Where the clause before the one holding token `index` starts: "X said he would" (one clause: the sentence's start), "X
 * attacked Y, and it captured Z" (X's clause). A subject pronoun's antecedent stands no further back in its sentence.
 */
export function previousClauseStart(tokens: readonly Token[], index: number): number {
  let k = index - 1;
  while (k >= 0 && !CLAUSE_BREAKS.has(tokens[k]!.lower)) k--;
  while (k >= 0 && CLAUSE_BREAKS.has(tokens[k]!.lower)) k--;
  while (k >= 0 && !CLAUSE_BREAKS.has(tokens[k]!.lower)) k--;
  return k + 1;
}

/**
 * The lexicon's rules for the verb a subject at `index` governs ("It later captured X"), and whether that verb is passive
 * ("it was captured"): the subject is then the verb's patient. Undefined when the words after it are no verb of the lexicon.
 */
export function verbOfSubject(reading: ClauseReading, index: number): { rules: readonly VerbRule[]; passive: boolean } | undefined {
  let k = index + 1;
  let passive = false;
  while (k < reading.tokens.length && (BEFORE_VERB.has(reading.tokens[k]!.lower) || BE_FORMS.has(reading.tokens[k]!.lower))) {
    if (BE_FORMS.has(reading.tokens[k]!.lower)) passive = true;
    k++;
  }
  const rules = reading.verbs.get(k);
  return rules === undefined ? undefined : { rules, passive };
}
