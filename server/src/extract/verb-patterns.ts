// Verbs and phrases of the lexicon found in a sentence, and the subjects and objects each links (voice, lists, clauses).
import {
  coordinatedClauseSubjects,
  isClauseSubjectAt,
  opensReportedClause,
  isPrepositionComplement,
  isVerbAt,
  PREPOSITIONS as ANY_PREPOSITION,
  readClauses,
  RELATIVE_PRONOUNS,
  RELATIVE_WORDS,
  type ClauseReading,
} from './clause-subject.ts';
import type { CandidateEnd, TextSpan } from './extraction.ts';
import type { PlacedEnd as PlacedOn, Proposed as ProposedFor } from './pair-patterns.ts';
import type { VerbRule } from './relation-lexicon.ts';
import type { TriggerHit } from './triggers.ts';
import { ARTICLE_WORDS, POSSESSIVE_PRONOUNS, isPossessiveAt, type Token } from './tokens.ts';
import { verbForms } from './verb-forms.ts';
import { HOLDING_IN, NEGATIONS, NOT_DONE_VERBS, PLACE_OF_NOUNS, isInfinitive, isNounLike } from './word-classes.ts';

/** How far (in tokens) a verb may stand from either end and still link them. */
export const MAX_VERB_GAP = 14;
/** How far (in tokens) after a verb the preposition its object needs may stand. */
const MAX_PREPOSITION_GAP = 4;
const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'then', 'later', 'also', 'eventually']);
const PREPOSITIONS = new Set(['in', 'of', 'at', 'on', 'from', 'to', 'into', 'near', 'across', 'over', 'by', 'with', 'for']);
/** How many ends on each side of a verb it may link: the nearest, and one more for a subject behind an apposition. */
const ENDS_PER_SIDE = 2;

/** Forms of "be" (and "get") before a participle make it passive; "has", "have", "had" make it perfect, still active. */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'got', 'get', 'gets']);
/** Words a noun phrase may open with before the noun an end names: "the", "its". */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their']);
const CLAUSE_BREAKS = new Set([
  ';',
  ':',
  '(',
  ')',
  '—',
  '–',
  'but',
  'while',
  'whereas',
  'although',
  'because',
  'which',
  'who',
  'that',
  'after',
  'before',
  'as',
  'when',
]);

type PlacedEnd = PlacedOn<CandidateEnd>;
type Proposed = ProposedFor<CandidateEnd>;

export function typesFit(
  type: string,
  rule: { sourceTypes?: readonly string[] | undefined; targetTypes?: readonly string[] | undefined },
  source: CandidateEnd,
  target: CandidateEnd,
): boolean {
  const fits = (allowed: readonly string[] | undefined, end: CandidateEnd) => !allowed || end.type === '' || allowed.includes(end.type);
  return type !== '' && fits(rule.sourceTypes, source) && fits(rule.targetTypes, target);
}

export function nested(a: TextSpan, b: TextSpan): boolean {
  return (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
}

/** Whether a clause break stands between token indexes (exclusive). */
export function clauseBreakBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_BREAKS.has(tokens[i]!.lower)) return true;
  return false;
}

export function objectPrepositionFits(rule: VerbRule, tokens: readonly Token[], object: PlacedEnd, trigger: TriggerHit): boolean {
  if (!rule.objectPreposition) return true;
  let k = object.from - 1;
  while (k >= 0 && ARTICLES.has(tokens[k]!.lower)) k--;
  const before = tokens[k]?.lower ?? '';
  const twoBefore = `${tokens[k - 1]?.lower ?? ''} ${before}`;
  // The preposition must hang on the verb ("fled with them to X"), not on a noun far after it ("… the road to X").
  if (k - trigger.to > MAX_PREPOSITION_GAP) return rule.objectPreposition.includes('') && k < trigger.to;
  // "sent troops to guard X": the object of the purpose clause's verb is where the troops went.
  if (rule.purposeObject === true && twoBefore.startsWith('to ') && isInfinitive(before)) return true;
  return rule.objectPreposition.some((p) => (p === '' ? k < trigger.to : p === before || p === twoBefore));
}

/** "leave" or "to leave" right after an object: what the object is made to do. */
function isVerbAfter(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at]?.lower ?? '';
  return isInfinitive(next) || (next === 'to' && (tokens[at + 1]?.kind ?? 'punct') === 'word');
}

/** Whether "by" (past articles) introduces the end: the agent of a passive verb. */
function introducedByBy(tokens: readonly Token[], end: PlacedEnd): boolean {
  let k = end.from - 1;
  // "by the opposition party X", "by the rebel group X": a common noun the name stands in apposition to.
  let j = k;
  while (
    j > 0 &&
    k - j < MAX_NOUN_BEFORE_NAME &&
    tokens[j]!.kind === 'word' &&
    /^\p{Ll}+$/u.test(tokens[j]!.text) &&
    !ARTICLES.has(tokens[j]!.lower)
  )
    j--;
  if (j < k && ARTICLES.has(tokens[j]!.lower) && tokens[j - 1]?.lower === 'by') return true;
  while (k >= 0 && ARTICLES.has(tokens[k]!.lower)) k--;
  return tokens[k]?.lower === 'by';
}

/** How many lower-case words a common noun before a name may run to: "the opposition party X". */
const MAX_NOUN_BEFORE_NAME = 3;

/** Whether a verb stands at a token index in [from, to). */
function verbBetween(reading: ClauseReading, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isVerbAt(reading, k)) return true;
  return false;
}

/** Words that may open an apposition after a comma: "X, the leader of Y", "X, a partner at Y", "X, its owner". */
const APPOSITION_OPENERS = new Set([...ARTICLE_WORDS, ...POSSESSIVE_PRONOUNS, 'former', 'then']);

/**
 * Whether `o` lies in an apposition said of `p`: a comma right after p, then lower-case words that open with an article
 * (or "former") and hold a preposition, none of them a verb but a participle after a noun, and at most a title right
 * before o ("X, the former chief executive of Y", "X, a close associate of President Y", "X, a holding registered in Y").
 */
function inAppositionOf(reading: ClauseReading, p: PlacedEnd, o: PlacedEnd): boolean {
  const { tokens } = reading;
  if (tokens[p.to]?.text !== ',' || o.from - p.to < 3 || !APPOSITION_OPENERS.has(tokens[p.to + 1]!.lower)) return false;
  let title = o.from;
  while (title > p.to + 1 && tokens[title - 1]!.capitalised && tokens[title - 1]!.kind === 'word') title--;
  let preposition = false;
  for (let k = p.to + 1; k < title; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return false;
    const participle = t.lower.endsWith('ed') && k > p.to + 2 && !isVerbAt(reading, k - 1);
    if (isVerbAt(reading, k) && !participle) return false;
    if (ANY_PREPOSITION.has(t.lower)) preposition = true;
  }
  return preposition;
}

/** Prepositions that say how, where or when something was done, not to whom: "through Y", "near Y", "in Y". */
// prettier-ignore
const CIRCUMSTANCE_PREPOSITIONS = new Set(['through', 'via', 'near', 'in', 'at', 'from', 'with', 'during', 'across', 'under', 'outside', 'inside', 'around', 'using']);

/** Words after a comma that go on with the objects before it: "visited A and B, including C". */
const EXTENDING_WORDS = new Set(['including', 'notably', 'especially', 'particularly', 'mainly', 'chiefly']);

/** Determiners that open a common noun's phrase right after a verb: "controls the company", "seized their passports". */
const OBJECT_DETERMINERS = new Set([...ARTICLE_WORDS, ...POSSESSIVE_PRONOUNS]);

/** Whether a common noun (a determiner and a lower-case word, or a number) follows the verb ending at `to`. */
function takesCommonNoun(tokens: readonly Token[], to: number): boolean {
  const next = tokens[to + 1];
  const determined =
    OBJECT_DETERMINERS.has(tokens[to]?.lower ?? '') && next !== undefined && next.kind === 'word' && /^\p{Ll}/u.test(next.text);
  // "seized food warehouses", "investigate complaints from X": a noun with no determiner, or a number of them
  // ("sanctions on fourteen shell companies").
  const word = tokens[to];
  if (
    word !== undefined &&
    (/^\d/u.test(word.text) || QUANTIFIERS.has(word.lower) || NUMBER_WORD.test(word.lower)) &&
    tokens[to + 1]?.kind === 'word' &&
    !tokens[to + 1]!.capitalised
  )
    return true;
  const bare =
    word !== undefined &&
    word.kind === 'word' &&
    /^\p{Ll}+$/u.test(word.text) &&
    !ANY_PREPOSITION.has(word.lower) &&
    isNounLike(word.lower);
  return determined || bare;
}

/** Words that count what follows: "several companies", "dozens of". */
const QUANTIFIERS = new Set(['dozens', 'hundreds', 'thousands', 'several', 'many', 'some', 'dozen', 'hundred', 'thousand', 'more']);
/** Numbers written as words: "fourteen shell companies". */
const NUMBER_WORD =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-\w+)?)$/u;

/** Where the word before an end stands, past its article ("through the X": at "through"). */
function prepositionBefore(tokens: readonly Token[], from: number): number {
  let k = from - 1;
  while (k > 0 && ARTICLE_WORDS.has(tokens[k]!.lower)) k--;
  // "in the city of X": the place is introduced by the preposition before "the city of".
  if (tokens[k]?.lower === 'of' && PLACE_OF_NOUNS.has(tokens[k - 1]?.lower ?? '') && ['the', 'a'].includes(tokens[k - 2]?.lower ?? '')) {
    const outer = k - 3;
    if (ANY_PREPOSITION.has(tokens[outer]?.lower ?? '')) return outer;
  }
  return k;
}

/** The relative clauses a sentence sets off by commas (", which is owned by X,"): [from, to) from the pronoun to the comma. */
function insertedRelativeClauses(tokens: readonly Token[]): [number, number][] {
  const spans: [number, number][] = [];
  tokens.forEach((t, k) => {
    if (!INSERTED_RELATIVES.has(t.lower) || tokens[k - 1]?.text !== ',') return;
    let end = k + 1;
    while (end < tokens.length && tokens[end]!.text !== ',') end++;
    if (end < tokens.length) spans.push([k, end]);
  });
  return spans;
}
const INSERTED_RELATIVES = new Set([...RELATIVE_WORDS].filter((w) => w !== 'that'));
/** The relative pronouns that, after a comma, are about the name before it (", who …", ", which …"). */
const COMMA_RELATIVES = new Set(['who', 'which']);

/** What acts or speaks for its owner: "X's lawyer said", "its army shelled", "X's government denied". */
// prettier-ignore
const ACTING_FOR_NOUNS = new Set([
  'lawyer', 'lawyers', 'attorney', 'attorneys', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'representative',
  'representatives', 'envoy', 'office', 'ministry', 'government', 'embassy', 'army', 'forces', 'troops', 'military', 'police',
  'authorities', 'officials', 'leadership', 'administration', 'president', 'leader', 'foreign', 'defence', 'defense', 'press',
  'security', 'armed', 'state', 'national', 'soldiers', 'fighters', 'militia', 'agents', 'company', 'subsidiary', 'board',
  // What it issues: "its ruling ordering X", "X's report accuses Y".
  'ruling', 'decision', 'report', 'statement', 'order', 'resolution', 'verdict', 'letter', 'judgment', 'judgement', 'decree',
  'law', 'court', 'campaign', 'offensive', 'blockade',
]);

/** Bodies an owner's "whose" names, which act for the owner: "a magnate whose companies helped Y". */
const OWNED_BODIES = new Set(['companies', 'company', 'firms', 'firm', 'businesses', 'subsidiaries', 'banks', 'funds', 'vessels', 'ships']);

/** Prepositions that also open a clause: "after X attacked Y". */
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'until', 'till', 'as', 'once', 'while', 'because']);

/**
 * Whether an end the other rules found before a verb may be its subject. Not a place that only says where the subject is
 * ("Police in Dorval detained X": the police did), not an end inside a relative clause set off by commas that closes before
 * the verb ("X, which is owned by Y, financed Z"), nor one that a verb of speech stands between ("A said soldiers had
 * arrested X": A only said it), unless that verb is inside such a clause.
 */
function maySubject(
  reading: ClauseReading,
  placed: readonly PlacedEnd[],
  hits: readonly TriggerHit[],
  inserted: readonly [number, number][],
  end: PlacedEnd,
  hit: TriggerHit,
  passive: boolean,
): boolean {
  const { tokens } = reading;
  const inside = (k: number) => inserted.some(([from, to]) => from <= k && k < to && to <= hit.from);
  if (inside(end.from)) return false;
  // "Ruud's father, Arne Ruud, told …", "Her editor said …": an owner does not do what the one it owns does, unless that
  // one speaks or acts for it ("X's lawyer said", "its army shelled").
  const owned = isPossessiveAt(tokens, end.to) ? end.to + 1 : -1;
  // The owned noun may follow a date or an adjective: "its February 2023 ruling", "X's cruel blockade".
  const ownedWords = tokens.slice(owned, Math.min(hit.from, owned + 4));
  if (owned >= 0 && owned < hit.from && !ownedWords.some((t) => ACTING_FOR_NOUNS.has(t.lower))) return false;
  // "Police in Dorval detained X", "fled to Morena after the militia attacked", "funded by X and chaired by Y", "In Tarsk,
  // troops shelled": the complement of a preposition other than "of" after a word no end names (or opening the sentence)
  // says where, whither or by whom, and is no subject of a later verb.
  let k = end.from - 1;
  while (k > 0 && ARTICLE_WORDS.has(tokens[k]!.lower)) k--;
  const head = tokens[k - 1];
  // "after Azerbaijan attacked": a word that also joins clauses, with the verb right after the end, opens its clause.
  const opensClause = CLAUSE_OPENERS.has(tokens[k]?.lower ?? '') && (end.to === hit.from || AUXILIARIES.has(tokens[end.to]?.lower ?? ''));
  // A passive's patient may be named anywhere before it ("owned by X, a company controlled by Y": X is controlled), but
  // not as another verb's agent ("funded by X and chaired by Y").
  const preposition = tokens[k]?.lower ?? '';
  // "Prosecutors in the trial of X told …": X is the complement of a noun that is itself a preposition's complement.
  if (preposition === 'of' && !passive && tokens[hit.from - 1]?.text !== ',') {
    let j = k - 1;
    while (
      j > 0 &&
      tokens[j]!.kind === 'word' &&
      /^\p{Ll}+$/u.test(tokens[j]!.text) &&
      !ANY_PREPOSITION.has(tokens[j]!.lower) &&
      !ARTICLE_WORDS.has(tokens[j]!.lower)
    )
      j--;
    while (j > 0 && ARTICLE_WORDS.has(tokens[j]!.lower)) j--;
    if (j < k - 1 && ANY_PREPOSITION.has(tokens[j]?.lower ?? '') && tokens[j]!.lower !== 'of' && !CLAUSE_OPENERS.has(tokens[j]!.lower))
      return false;
  }
  const inOwnApposition = tokens[end.to]?.text === ',' && !tokens.slice(end.to + 1, hit.from).some((t) => t.text === ',');
  const complement =
    (!passive || (preposition === 'by' && !inOwnApposition)) && ANY_PREPOSITION.has(preposition) && preposition !== 'of' && !opensClause;
  if (complement && (head === undefined || (head.kind === 'word' && !placed.some((p) => p.from <= k - 1 && k - 1 < p.to)))) return false;
  return !hits.some(
    (h) =>
      h !== hit &&
      h.trigger.rule.clausal === true &&
      h.from >= end.to &&
      h.to <= hit.from &&
      !inside(h.from) &&
      reportsOwnSubject(tokens, h.to, hit.from),
  );
}

/**
 * Whether the words between a verb of speech and a later verb hold the later verb's own subject ("said soldiers had
 * arrested"), not only "that" and auxiliaries ("believed that leaving was") nor a coordination ("denied X and urged Y").
 */
function reportsOwnSubject(tokens: readonly Token[], from: number, to: number): boolean {
  // ", blaming X": a participle clause after the report tells what the main clause's subject did.
  if (tokens[to - 1]?.text === ',') return false;
  // "Meridia said (that) its army shelled X": the speaker's own organ acts for it.
  let k = tokens[from]?.lower === 'that' ? from + 1 : from;
  if (POSSESSIVE_PRONOUNS.has(tokens[k]?.lower ?? '')) {
    for (k++; k < to && k - from <= 4; k++) if (ACTING_FOR_NOUNS.has(tokens[k]!.lower)) return false;
  }
  let subject = false;
  for (let k = from; k < to; k++) {
    const lower = tokens[k]!.lower;
    if (lower === 'and' || lower === 'but' || lower === ';') return false;
    if (tokens[k]!.kind === 'word' && lower !== 'that' && !AUXILIARIES.has(lower) && !/ly$/u.test(lower)) subject = true;
  }
  return subject;
}

/**
 * Where a relative clause set off by commas ends when the verb is its own (", who denies the charges,"): at the next
 * comma; the sentence's end otherwise, or when the verb is not in such a clause.
 */
function insertedRelativeClauseEnd(tokens: readonly Token[], hit: TriggerHit): number {
  let k = hit.from - 1;
  while (k > 0 && AUXILIARIES.has(tokens[k]!.lower)) k--;
  if (!COMMA_RELATIVES.has(tokens[k]?.lower ?? '') || tokens[k - 1]?.text !== ',') return tokens.length;
  for (let j = hit.to; j < tokens.length; j++) if (tokens[j]!.text === ',') return j;
  return tokens.length;
}

/** Whether an end is cited as a report's source: "according to X", "according to the agency X". */
function citedAsSource(tokens: readonly Token[], end: PlacedEnd): boolean {
  for (let k = end.from - 1; k >= 1 && end.from - k <= 5; k--) {
    if (tokens[k]!.lower === 'to' && tokens[k - 1]!.lower === 'according') return true;
    if (tokens[k]!.kind !== 'word') return false;
  }
  return false;
}

/** Whether the verb at `at` is negated: "never paid", "did not pay", "has not yet attacked", "refused to pay". */
function isDenied(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  if (tokens[k]?.lower === 'to' && NOT_DONE_VERBS.has(tokens[k - 1]?.lower ?? '')) return true;
  for (let n = 0; n < 3 && k >= 0; n++, k--) {
    const lower = tokens[k]!.lower;
    // "not only financed X" says it did.
    if (NEGATIONS.has(lower)) return !(lower === 'not' && tokens[k + 1]?.lower === 'only');
    if (
      !AUXILIARIES.has(lower) &&
      !BE_FORMS.has(lower) &&
      !['yet', 'ever', 'also'].includes(lower) &&
      !/^\p{Ll}+ly$/u.test(tokens[k]!.text)
    )
      return false;
  }
  return false;
}

/** Ends that "which" after a comma stands for. */
const BODY_TYPES = new Set(['Organisation', 'Company', 'PublicBody', 'LegalEntity']);

/**
 * Whether an end owns a noun a name stands in apposition to ("paid Karev's daughter, Elena Kareva"): the name, not the
 * owner, is then what the verb is done to. ("shelled Tarsk's main hospital" still hits Tarsk.)
 */
function ownerOfApposedName(tokens: readonly Token[], placed: readonly PlacedEnd[], end: PlacedEnd): boolean {
  if (!isPossessiveAt(tokens, end.to)) return false;
  let k = end.to + 1;
  while (k < tokens.length && k - end.to <= 4 && tokens[k]!.kind === 'word' && /^\p{Ll}/u.test(tokens[k]!.text)) k++;
  return tokens[k]?.text === ',' && placed.some((p) => p.from === k + 1);
}

/** Words that may stand between "who" and a noun or verb said of its head: "who is also a shareholder of". */
const WHO_CLAUSE_WORDS = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'been',
  'also',
  'now',
  'still',
  'a',
  'an',
  'the',
  'then',
  'once',
]);

/**
 * "X's wife, Y, who owns Z", "directed by Y, who is also a shareholder of Z": "who" after a comma is about the name right
 * before the comma, for the verb or noun that follows it ("which" there may be about a whole clause: "X shelled Y, which
 * led to …").
 */
function whoHead(reading: ClauseReading, placed: readonly PlacedEnd[], hit: TriggerHit): PlacedEnd | undefined {
  const { tokens } = reading;
  let k = hit.from - 1;
  while (k > 0 && (AUXILIARIES.has(tokens[k]!.lower) || WHO_CLAUSE_WORDS.has(tokens[k]!.lower) || /^\p{Ll}+ly$/u.test(tokens[k]!.text)))
    k--;
  if (!COMMA_RELATIVES.has(tokens[k]?.lower ?? '') || tokens[k - 1]?.text !== ',') return undefined;
  const head = placed.find((p) => p.to === k - 1);
  // "which" after a body is about it ("the Bureau, which has investigated X"); after a place or an event it may be about
  // the whole clause before ("X shelled Tarsk, which led to …").
  return tokens[k]!.lower === 'who' || (head !== undefined && BODY_TYPES.has(head.end.type)) ? head : undefined;
}

/** How far (in tokens) back from a participle an apposition's comma may stand: "X, a Cyprus-based holding company controlled". */
const APPOSED_PARTICIPLE_REACH = 6;

/**
 * "owned by X, a holding company controlled by Y": a participle inside an apposition says what the apposition's name
 * undergoes or does, and that name alone.
 */
function apposedHead(reading: ClauseReading, placed: readonly PlacedEnd[], hit: TriggerHit): PlacedEnd | undefined {
  const { tokens } = reading;
  // A participle: in "-ing", or passive before "by" ("a company controlled by Y"; "the militia attacked Y" is a clause).
  const form = tokens[hit.from]!.lower;
  if (!form.endsWith('ing') && !(/(?:ed|en)$/u.test(form) && tokens[hit.to]?.lower === 'by')) return undefined;
  let k = hit.from - 1;
  while (k > 0 && hit.from - k <= APPOSED_PARTICIPLE_REACH && tokens[k]!.text !== ',') {
    const t = tokens[k]!;
    if (t.kind !== 'word' || (isVerbAt(reading, k) && !t.lower.endsWith('ing'))) return undefined;
    k--;
  }
  if (tokens[k]?.text !== ',' || !ARTICLE_WORDS.has(tokens[k + 1]?.lower ?? '') || k + 2 >= hit.from) return undefined;
  // Not a phrase that opens the sentence ("Speaking to Reuters, a lawyer representing X"): a name after a preposition
  // heads an apposition only once the sentence has had its verb ("owned by X, a company controlled by Y").
  const head = placed.find((p) => p.to === k);
  if (!head || !isPrepositionComplement(tokens, head.from)) return head;
  for (let i = 0; i < head.from - 1; i++) if (isVerbAt(reading, i) && !tokens[i]!.lower.endsWith('ing')) return head;
  return undefined;
}

/**
 * "X, a magnate whose companies helped Y", "X, whose son fled to Y": a verb in a clause opened by "whose" is done by what
 * the head owns, said of the head: the name before "whose" or, past a common noun, the name that noun is in apposition
 * to. Null when the clause is opened by "whose" but no name heads it; undefined when it is not.
 */
function whoseOwner(reading: ClauseReading, placed: readonly PlacedEnd[], hit: TriggerHit): PlacedEnd | null | undefined {
  const { tokens } = reading;
  let k = hit.from - 1;
  while (k > 0 && hit.from - k <= 5 && tokens[k]!.kind === 'word' && tokens[k]!.lower !== 'whose' && !isVerbAt(reading, k)) k--;
  if (tokens[k]?.lower !== 'whose') return undefined;
  // "X, whose father paid Y": a relative does not act for X; "X, whose forces shelled Y" do.
  if (!tokens.slice(k + 1, Math.min(hit.from, k + 4)).some((t) => ACTING_FOR_NOUNS.has(t.lower) || OWNED_BODIES.has(t.lower))) return null;
  let j = k - 1;
  if (tokens[j]?.text === ',') j--;
  const named = placed.find((p) => p.to === j + 1);
  if (named) return named;
  // "X, a shipping magnate whose …": back over the common noun to the apposition's comma.
  while (j > 0 && tokens[j]!.kind === 'word' && /^\p{Ll}/u.test(tokens[j]!.text)) j--;
  return tokens[j]?.text === ',' ? (placed.find((p) => p.to === j) ?? null) : null;
}

/**
 * The speaker of ", the UN refugee agency said." or ", Anna Bell told reporters on Monday.": an end between a comma and
 * the verb (past an article and a few lower-case words), with nothing after the verb but words that are no end.
 */
function trailingSpeaker(
  reading: ClauseReading,
  placed: readonly PlacedEnd[],
  hit: TriggerHit,
): { speaker: PlacedEnd; comma: number } | undefined {
  const { tokens } = reading;
  const speaker = placed.find((p) => p.to === hit.from);
  if (!speaker || placed.some((p) => p.from >= hit.to)) return undefined;
  // Between the comma and the speaker only an article and common nouns: ", the UN refugee agency said" (not ", which
  // paid X, denied", not ", a spokeswoman for X, said").
  let k = speaker.from - 1;
  while (k > 0 && speaker.from - k <= 4 && tokens[k]!.kind === 'word' && /^\p{Ll}/u.test(tokens[k]!.text)) {
    if (ANY_PREPOSITION.has(tokens[k]!.lower) || RELATIVE_WORDS.has(tokens[k]!.lower)) return undefined;
    k--;
  }
  if (tokens[k]?.text !== ',' || k === 0) return undefined;
  // What was said is a clause: a verb stands before the comma.
  let verb = false;
  for (let i = 0; i < k && !verb; i++) verb = isVerbAt(reading, i);
  if (!verb) return undefined;
  // Only when the sentence ends soon after: "…, X said." or "…, X said on Wednesday." (not "…, X said that …").
  const rest = tokens.slice(hit.to).filter((t) => t.kind === 'word');
  if (rest.length > 6 || rest.some((t) => t.lower === 'that')) return undefined;
  return { speaker, comma: k };
}

/**
 * "imposed sanctions on companies accused of helping X": a participle right after a common noun, past the clause's own
 * verb, says what was done to that noun (a passive with no agent), not what the sentence's subject did.
 */
function reducedPassive(reading: ClauseReading, placed: readonly PlacedEnd[], hit: TriggerHit): boolean {
  const { tokens } = reading;
  const noun = tokens[hit.from - 1];
  if (!/ed$/u.test(tokens[hit.from]!.lower) || noun?.kind !== 'word' || !/^\p{Ll}+$/u.test(noun.text) || !isNounLike(noun.lower))
    return false;
  if (placed.some((p) => p.from <= hit.from - 1 && hit.from - 1 < p.to)) return false;
  for (let k = hit.from - 2; k >= 0; k--) {
    const lower = tokens[k]!.lower;
    if (lower === 'and' || lower === ',' || lower === ';' || RELATIVE_WORDS.has(lower)) return false;
    if (isVerbAt(reading, k)) return true;
  }
  return false;
}

/**
 * The subject the grammar names outright, read once per verb: the head of ", who", of ", which" after a body, of an
 * apposition a participle stands in, or the owner of a "whose" clause (null when that clause has no name for head).
 */
function boundSubject(
  reading: ClauseReading,
  placed: readonly PlacedEnd[],
  hit: TriggerHit,
  words: ReadonlySet<string>,
): PlacedEnd | null | undefined {
  // Most sentences have none of the words these look for: they are not asked.
  const owner = words.has('whose') ? whoseOwner(reading, placed, hit) : undefined;
  if (owner !== undefined) return owner;
  if (!words.has(',')) return undefined;
  return (words.has('who') || words.has('which') ? whoHead(reading, placed, hit) : undefined) ?? apposedHead(reading, placed, hit);
}

/** Nouns that sum up the clause before them: "deported them to Mirak, a move condemned by X". */
const CLAUSE_NOUNS = new Set(['move', 'decision', 'step', 'measure', 'action', 'act', 'development', 'policy']);

/** Whether the verb's participle phrase sums up the clause before it (", a move condemned by X"): then no end before it is its subject. */
function sumsUpClause(tokens: readonly Token[], hit: TriggerHit): boolean {
  const noun = tokens[hit.from - 1];
  return (
    noun !== undefined &&
    CLAUSE_NOUNS.has(noun.lower) &&
    ['a', 'an', 'the', 'this', 'that'].includes(tokens[hit.from - 2]?.lower ?? '') &&
    tokens[hit.from - 3]?.text === ','
  );
}

/** Subjects a verb may have: the nearest ends before it, the sentence's first, and for ", leading to" the events before. */
function subjectsOf(
  reading: ClauseReading,
  placed: readonly PlacedEnd[],
  hit: TriggerHit,
  ownerOf: (p: PlacedEnd) => PlacedEnd | undefined,
  bound: PlacedEnd | null | undefined,
): PlacedEnd[] {
  const { tokens } = reading;
  // A relative clause ("the offensive in X which ended with …", "people who fled to …") is about the noun before the
  // pronoun, not about an end in that noun's own complement.
  let k = hit.from - 1;
  while (k > 0 && AUXILIARIES.has(tokens[k]!.lower)) k--;
  if (RELATIVE_PRONOUNS.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.text !== ',') {
    // "the units that carried out the killings": a common noun no end names is the head, and the verb has no end for subject.
    const before = tokens[k - 1];
    // ("believe that leaving …": "that" after a verb opens what it says, and is no relative pronoun.)
    if (
      before?.kind === 'word' &&
      /^\p{Ll}/u.test(before.text) &&
      !isVerbAt(reading, k - 1) &&
      !placed.some((p) => p.from <= k - 1 && k - 1 < p.to)
    )
      return [];
    const head = placed.filter((p) => p.to <= k && k - p.to <= MAX_VERB_GAP && !PREPOSITIONS.has(tokens[p.from - 1]?.lower ?? ''));
    const last = head[head.length - 1];
    if (last) return [last];
  }
  if (sumsUpClause(tokens, hit)) return [];
  if (bound !== undefined) return bound === null ? [] : [bound];
  // "X shelled Tarsk, which led to …": "which" after a place is about the clause before, whose subject and events did it.
  if (tokens[k]?.lower === 'which' && tokens[k - 1]?.text === ',') {
    const clause = placed.filter((p) => p.to < k && (p === placed[0] || p.end.type === 'Event'));
    return clause.filter((p) => p.end.type === 'Event' || isClauseSubjectAt(reading, p.from));
  }
  // "a ruling ordering X", "people fleeing Y": a participle right after a noun says what that noun does, and what its owner
  // does through it ("its ruling ordering X"). A document "stating that …" is read as before: its author states it too.
  const participle = hit.trigger.rule.clausal !== true && tokens[hit.from]!.lower.endsWith('ing');
  const reduced = participle ? placed.find((p) => p.to === hit.from) : undefined;
  // "a rally in B supporting O": the participle says what the noun before the preposition does, and no end names it.
  if (reduced && isPrepositionComplement(tokens, reduced.from)) return [];
  if (reduced) {
    const owner = ownerOf(reduced);
    return owner ? [owner, reduced] : [reduced];
  }
  const near = placed.filter((p) => p.to <= hit.from && hit.from - p.to <= MAX_VERB_GAP).slice(-ENDS_PER_SIDE);
  // The sentence's first end is often the subject, however long the apposition after it ("X, a scholar at Y, warns"); not
  // when the verb's own clause names its subject ("X stated that …, and Y said that …": "said" is Y's alone).
  const first = placed[0];
  const nearest = near[near.length - 1];
  const ownSubject = nearest !== undefined && !clauseBreakBetween(tokens, nearest.to, hit.from) && isClauseSubjectAt(reading, nearest.from);
  // "A said Kessa attacked Tarsk": a clause a verb of speech reports, opened by an end, has that end as its subject alone.
  if (ownSubject && opensReportedClause(reading, nearest.from)) return [nearest];
  // Not past another verb ("A said X's blockade had left Tarsk" is not about A leaving), unless a participle clause tells
  // what the main clause's subject did ("X was met with pogroms, leading to the war").
  const participleClause = tokens[hit.from - 1]?.text === ',' && tokens[hit.from]!.lower.endsWith('ing');
  const firstActs =
    first !== undefined &&
    first.to <= hit.from &&
    !near.includes(first) &&
    !ownSubject &&
    (participleClause || !verbBetween(reading, first.to, hit.from));
  const before = firstActs ? [first, ...near] : near;
  // A participle clause (", causing X", ", leading to Y") tells what the events before it did.
  if (participleClause) {
    for (const p of placed.filter((q) => q.to <= hit.from && q.end.type === 'Event').slice(-ENDS_PER_SIDE))
      if (!before.includes(p)) before.push(p);
  }
  return before;
}

/** Words that may stand between a name and the noun said of it: "X, one of the main architects of", "X was the author of". */
const APPOSITION_WORDS = new Set([
  ',',
  'the',
  'a',
  'an',
  'one',
  'of',
  'was',
  'is',
  'were',
  'are',
  'been',
  'became',
  'becomes',
  'has',
  'had',
  'also',
]);
/** Verbs that, like "be", say what their subject is: "X remains a member of Y". */
const LINKING_VERBS = new Set(['remain', 'stay'].flatMap(verbForms));
/** Verbs that say it with "as": "X served as an advisor to Y" (not "X served the director of Y"). */
const ROLE_VERBS = new Set(['serve', 'work', 'act'].flatMap(verbForms));
/** Participles of appointment after a form of "be": "X was elected a member of Y", "X was appointed director of Y". */
// prettier-ignore
const APPOINTED = new Set(['elected', 'appointed', 'named', 'made', 'chosen', 'nominated', 'promoted', 'reappointed', 're-elected']);
/** Adverbs besides those in -ly that may open an apposition or follow its verb: "X, now a member of Y", "X, herself a …". */
// prettier-ignore
const APPOSITION_ADVERBS = new Set(['now', 'still', 'once', 'then', 'later', 'already', 'herself', 'himself', 'itself', 'themselves']);
/** How far (in tokens) the name an agent noun is said of, or the noun's object, may stand from it. */
const AGENT_NOUN_REACH = 6;

/** What an agent noun needs to know of the rest of its sentence. */
interface AgentNounContext {
  /** Whether a reporting verb stands at a token ("the architects of E, X said"). */
  reports: (at: number) => boolean;
  /** Whom an earlier agent noun of the sentence was said of, by that noun's object. */
  saidOfByObject: ReadonlyMap<PlacedEnd, PlacedEnd>;
}

/**
 * "X, the architect of E", "X was one of the main architects of E", "the architects of E, X": the end an agent noun is said
 * of and its object. Lower-case words right before the noun are its modifiers ("main", "chief") once the apposition has
 * begun; right after the name they are its verb ("X condemned the perpetrators of E"), and a preposition or a clause break
 * between means the name before is no apposition ("a street in X, after one of the instigators of E"). A name after the
 * object that a reporting verb follows is the speaker ("the architects of E, X said"). A noun joined by "and" to an earlier
 * one is said of the same name ("X, director of A and a member of B").
 */
function agentNounEnds(
  tokens: readonly Token[],
  placed: readonly PlacedEnd[],
  hit: TriggerHit,
  context: AgentNounContext,
): { subject: PlacedEnd; object: PlacedEnd } | undefined {
  const first = placed.find((p) => p.from >= hit.to && p.from - hit.to <= 3);
  if (!first) return undefined;
  // "advisor to Artsakh State Minister Artak Beglaryan": a person named after a title the first end opens is the object.
  const titled = placed.find(
    (p) => p.from > first.to && p.end.type === 'Person' && tokens.slice(first.to, p.from).every((t) => t.capitalised && t.kind === 'word'),
  );
  const object = titled ?? first;
  const modifier = (t: Token) =>
    /^\p{Ll}+$/u.test(t.text) && !APPOSITION_WORDS.has(t.lower) && !PREPOSITIONS.has(t.lower) && !CLAUSE_BREAKS.has(t.lower);
  // "X, 45, a member of", "X is reportedly a member of", "X remained a member of", "X served as an advisor to", "X was
  // elected a member of", "X, who is a member of".
  const opening = (k: number) => {
    const t = tokens[k]!;
    return (
      APPOSITION_WORDS.has(t.lower) ||
      LINKING_VERBS.has(t.lower) ||
      APPOSITION_ADVERBS.has(t.lower) ||
      /^\p{Ll}+ly$/u.test(t.text) ||
      /^\d+$/u.test(t.text) ||
      (APPOINTED.has(t.lower) && BE_FORMS.has(tokens[k - 1]?.lower ?? '')) ||
      // "X, who is a member of Y": a relative clause saying what X is.
      (t.lower === 'who' && tokens[k - 1]?.text === ',' && BE_FORMS.has(tokens[k + 1]?.lower ?? '')) ||
      (ROLE_VERBS.has(t.lower) && tokens[k + 1]?.lower === 'as') ||
      (t.lower === 'as' && ROLE_VERBS.has(tokens[k - 1]?.lower ?? ''))
    );
  };
  const apposed = (from: number, to: number) => {
    let k = from;
    while (k < to && opening(k)) k++;
    return (k === to || k > from) && tokens.slice(k, to).every(modifier);
  };
  const before = placed.filter((p) => p.to <= hit.from && hit.from - p.to <= AGENT_NOUN_REACH).pop();
  if (before && apposed(before.to, hit.from) && !placed.some((p) => p.from >= before.to && p.to <= hit.from))
    return { subject: before, object };
  // "X, son of A and nephew of B": B's noun is said of X, whom A's was, not of A.
  const joined = before && (tokens[before.to]?.text === ',' ? before.to + 1 : before.to);
  const earlier = before && context.saidOfByObject.get(before);
  if (earlier && joined !== undefined && tokens[joined]?.lower === 'and' && apposed(joined + 1, hit.from))
    return { subject: earlier, object };
  const after = placed.find((p) => p.from >= object.to && p.from - object.to <= 1 && !nested(p.end, object.end));
  if (after && tokens.slice(object.to, after.from).every((t) => t.text === ',') && !context.reports(after.to))
    return { subject: after, object };
  return undefined;
}

/**
 * Who the means an instrument phrase names is lent to: the subject of the verb the phrase follows ("A said X fled with the
 * help of Y", "A met X, who fled with the help of Y": X), or, with no verb before it, the end it follows ("X, backed by Y,
 * …"). None after a preposition other than "by" ("accused X of using Y", "X warned against using Y", "of fleeing with the
 * help of Y"): a gerund there says what is claimed or weighed, not what was done.
 */
function instrumentUser(reading: ClauseReading, placed: readonly PlacedEnd[], hit: TriggerHit): PlacedEnd | undefined {
  const { tokens } = reading;
  const afterPreposition = (k: number) => tokens[k - 1]?.lower !== 'by' && ANY_PREPOSITION.has(tokens[k - 1]?.lower ?? '');
  if (afterPreposition(hit.from)) return undefined;
  let verb = hit.from - 1;
  while (verb >= 0 && !isVerbAt(reading, verb)) verb--;
  if (verb >= 0 && tokens[verb]!.lower.endsWith('ing') && afterPreposition(verb)) return undefined;
  const user = placed.filter((p) => p.to <= (verb >= 0 ? verb : hit.from)).pop();
  return user && !isPrepositionComplement(tokens, user.from) ? user : undefined;
}

export interface VerbPatternInput {
  text: string;
  tokens: readonly Token[];
  placed: readonly PlacedEnd[];
  hits: readonly TriggerHit[];
  vocabularyFits: (type: string, s: CandidateEnd, o: CandidateEnd) => boolean;
  /** Whose an end is, when a possessive names its owner ("X's ruling", "its ruling" read as X). */
  ownerOf: (p: PlacedEnd) => PlacedEnd | undefined;
  /** The proposal and its list-mates' proposals ("A and B accused C"). */
  expand: (p: Proposed, hit: TriggerHit) => Proposed[];
}

export function verbPatterns(input: VerbPatternInput): Proposed[] {
  const { text, tokens, placed, hits, vocabularyFits, expand } = input;
  const found: Proposed[] = [];
  const reading = readClauses(tokens, hits);
  // "investigated the reports using Y's imagery": Y is the means the phrase names, not what "investigated" is about.
  const lentBy = new Map<PlacedEnd, TriggerHit>();
  for (const hit of hits) {
    const lender = hit.trigger.rule.instrument === true ? placed.find((p) => p.from >= hit.to && p.from - hit.to <= 2) : undefined;
    if (lender) lentBy.set(lender, hit);
  }
  const words = new Set(tokens.map((t) => t.lower));
  const relative = [...RELATIVE_WORDS].some((w) => words.has(w));
  const inserted = relative ? insertedRelativeClauses(tokens) : [];
  // ", according to the UN refugee agency UNHCR": the source of the report is no end of the verbs it reports.
  const sources = new Set(placed.filter((p) => citedAsSource(tokens, p)));
  const cited = (p: PlacedEnd) => sources.has(p);
  const saidOfByObject = new Map<PlacedEnd, PlacedEnd>();
  const reports = (at: number) => hits.some((h) => h.from === at && h.trigger.rule.clausal === true);
  for (const hit of hits) {
    if (hit.trigger.rule.agentNoun === true) {
      const pair = agentNounEnds(tokens, placed, hit, { reports, saidOfByObject });
      if (pair) saidOfByObject.set(pair.object, pair.subject);
      const type = hit.trigger.rule.type;
      if (!pair || !typesFit(type, hit.trigger.rule, pair.subject.end, pair.object.end)) continue;
      if (!vocabularyFits(type, pair.subject.end, pair.object.end)) continue;
      const words = text.slice(
        Math.min(pair.subject.end.start, tokens[hit.from]!.start),
        Math.max(pair.subject.end.end, pair.object.end.end),
      );
      const proposed = {
        subject: pair.subject.end,
        object: pair.object.end,
        type,
        why: { rule: `noun "${hit.trigger.words.join(' ')}"`, words },
      };
      // "A, B and C, members of W" holds for the list; "A, Ombudsman B, advisor to C, and D" only for B: a noun in the
      // singular is said of one name, though of each it names ("the daughter of C and D").
      const plural = tokens[hit.from]!.lower.endsWith('s');
      found.push(...expand(proposed, hit).filter((p) => plural || p.subject === proposed.subject));
      continue;
    }
    const instrument = hit.trigger.rule.instrument === true;
    // The means is lent to the subject of the verb the phrase follows; who lends it does none of the sentence's other verbs.
    const user = instrument ? instrumentUser(reading, placed, hit) : undefined;
    // "never paid X", "did not pay X", "refused to pay X": a verb denied proposes nothing.
    if (isDenied(tokens, hit.from)) continue;
    const head = boundSubject(reading, placed, hit, words);
    const subjects = instrument
      ? user
        ? [user]
        : []
      : subjectsOf(reading, placed, hit, input.ownerOf, head).filter((p) => !lentBy.has(p));
    // "X, a close associate of Y, controls Z": what an apposition names does not do what its subject does.
    // "was seized by X", and without "be" a participle right before "by" ("the town seized by X").
    // A present participle is never passive: "is attacking Y", and "X's ruling ordering Y", where "'s" owns the noun between.
    // "Meridia's army shelled X": a possessive "'s" is no "is".
    const be = (k: number) => BE_FORMS.has(tokens[k]?.lower ?? '') && !isPossessiveAt(tokens, k);
    const passive =
      !tokens[hit.from]!.lower.endsWith('ing') &&
      (be(hit.from - 1) ||
        be(hit.from - 2) ||
        (tokens[hit.to]?.lower === 'by' && hit.trigger.rule.verbs !== undefined) ||
        reducedPassive(reading, placed, hit));
    const before = head
      ? subjects.filter((o) => !cited(o))
      : subjects
          .filter((o) => !cited(o))
          .filter(
            (o) =>
              !subjects.some((p) => p.to < o.from && inAppositionOf(reading, p, o)) &&
              maySubject(reading, placed, hits, inserted, o, hit, passive),
          );
    const clausal = hit.trigger.rule.clausal === true;
    // "X, who denies the charges, lives in Y": a relative clause set off by commas ends at its closing comma.
    const closing = insertedRelativeClauseEnd(tokens, hit);
    const after = placed.filter(
      (p) =>
        p.from >= hit.to &&
        p.from - hit.to <= MAX_VERB_GAP &&
        p.from < closing &&
        !cited(p) &&
        (clausal || !clauseBreakBetween(tokens, hit.to, p.from)),
    );
    let objects = after.slice(0, ENDS_PER_SIDE + 1).filter((p) => (lentBy.get(p) ?? hit) === hit);
    // "Thousands fled to Kessovia, the UN refugee agency said": a speaker named after what was said says the clause before.
    const trailing = clausal ? trailingSpeaker(reading, placed, hit) : undefined;
    if (trailing) {
      const said = placed.filter((p) => p.to <= trailing.comma && p !== trailing.speaker && !cited(p)).slice(-(ENDS_PER_SIDE + 1));
      for (const o of said) {
        const type = hit.trigger.rule.type;
        if (!typesFit(type, hit.trigger.rule, trailing.speaker.end, o.end) || !vocabularyFits(type, trailing.speaker.end, o.end)) continue;
        const why = {
          rule: `verb "${tokens[hit.from]!.text}" after what was said`,
          words: text.slice(o.end.start, tokens[hit.to - 1]!.end),
        };
        found.push(...expand({ subject: trailing.speaker.end, object: o.end, type, why }, hit));
      }
      continue;
    }
    if (instrument) objects = objects.filter((p) => lentBy.get(p) === hit);
    // "held a protest … due to the offensive": once a verb has its direct object, an end a preposition introduces after it
    // is no object of the verb (a verb that needs a preposition, or reports speech, is read as before).
    const direct = objects.findIndex((p) => !isPrepositionComplement(tokens, p.from));
    if (!clausal && hit.trigger.rule.objectPreposition === undefined && direct >= 0)
      objects = objects.filter((p, k) => k <= direct || !isPrepositionComplement(tokens, p.from));
    // "joined a protest organised by students in the capital, Ostholm": past its direct object, an end beyond a comma or
    // another verb is no object of the verb (a list of objects is spread over by `expand`).
    if (!clausal && direct >= 0) {
      const first = objects[direct]!;
      objects = objects.filter(
        (p, k) =>
          k <= direct ||
          !tokens
            .slice(first.to, p.from)
            .some(
              (t, i) => (t.text === ',' && !EXTENDING_WORDS.has(tokens[first.to + i + 1]?.lower ?? '')) || isVerbAt(reading, first.to + i),
            ),
      );
    }
    // "controls the company through Y", "attacked the convoy near Y": a common noun the verb takes first is its object, and
    // an end a preposition of means or place introduces after it says how or where ("paid a bribe to Y" still pays Y, "a
    // motion for a resolution" is about it). A verb done to places is done to the one a movement passes through ("blocking
    // the flow of goods through the corridor").
    if (
      !clausal &&
      hit.trigger.rule.objectPreposition === undefined &&
      takesCommonNoun(tokens, hit.to) &&
      !objects.some((p) => p.from <= hit.to + 1)
    ) {
      const onPlaces = hit.trigger.rule.targetTypes?.includes('Place') === true;
      objects = objects.filter((p) => {
        // "to Karev's daughter, Elena Kareva": a name in apposition to an owned noun stands where its owner does.
        const owner =
          tokens[p.from - 1]?.text === ',' && isPossessiveAt(tokens, p.from - 3) ? placed.find((q) => q.to === p.from - 3) : undefined;
        const k = prepositionBefore(tokens, (owner ?? p).from);
        const word = tokens[k]!.lower;
        // "joined a protest organised by students in the capital, Ostholm": past the noun and its own words, only "of" and
        // "to" lead on to an object ("the oligarch X" names the noun's own).
        const ownName =
          p.from - hit.to <= 4 && !tokens.slice(hit.to, p.from).some((t) => t.kind !== 'word' || ANY_PREPOSITION.has(t.lower));
        if (!ownName && k > hit.to && !ANY_PREPOSITION.has(word)) return false;
        // "acquired a stake in X": what one holds a share of, not where.
        const holding = word === 'in' && HOLDING_IN.has(tokens[k - 1]?.lower ?? '');
        return k <= hit.to || holding || !CIRCUMSTANCE_PREPOSITIONS.has(word) || (onPlaces && word === 'through');
      });
    }
    // "sanctions on X, a magnate whose companies helped Y": past a relative pronoun the clause is about the object, and
    // its ends are not the verb's.
    if (!clausal && relative && objects.length > 1) {
      const first = objects[0]!;
      objects = objects.filter((p) => p === first || !tokens.slice(first.to, p.from).some((t) => RELATIVE_WORDS.has(t.lower)));
    }
    // "accused X of rigging the vote in Tellmark": what X is accused of is no second one accused.
    if (clausal && objects.length > 1) {
      const first = objects[0]!;
      const charge = tokens.findIndex((t, k) => k >= first.to && ['of', 'for'].includes(t.lower) && tokens[k + 1]?.lower.endsWith('ing'));
      if (charge >= 0) objects = objects.filter((p) => p.from < charge);
    }
    // "charged X, the former chief executive of Y": Y is said of X by an apposition, and is no object of the verb; nor is
    // the owner in "paid Y's daughter": the daughter is (a statement about "Y's blockade" is still about Y).
    objects = objects.filter(
      (o) => !objects.some((p) => p.to < o.from && inAppositionOf(reading, p, o)) && (clausal || !ownerOfApposedName(tokens, placed, o)),
    );
    // "stated that X … and that Y …": a clause coordinated with the first says what the verb says too, however far.
    if (clausal) {
      for (const p of coordinatedClauseSubjects(reading, placed, hit.to)) if (!objects.includes(p)) objects.push(p);
    }
    const agent = after.find((p) => introducedByBy(tokens, p));
    const verb = tokens
      .slice(hit.from, hit.to)
      .map((t) => t.text)
      .join(' ');
    for (const s of before) {
      if (passive && agent) {
        if (
          typesFit(hit.trigger.rule.type, hit.trigger.rule, agent.end, s.end) &&
          vocabularyFits(hit.trigger.rule.type, agent.end, s.end)
        ) {
          const why = { rule: `passive verb "${verb}" … by`, words: text.slice(s.end.start, agent.end.end) };
          found.push(...expand({ subject: agent.end, object: s.end, type: hit.trigger.rule.type, why }, hit));
        }
        continue;
      }
      // A passive without "by" ("X was arrested in Y") leaves the agent unsaid: only a verb whose relation starts at its
      // patient ("people were displaced from X") still reads subject to object.
      if (passive && hit.trigger.rule.patientIsSubject !== true) continue;
      for (const o of objects) {
        if (nested(s.end, o.end) || !objectPrepositionFits(hit.trigger.rule, tokens, o, hit)) continue;
        if (hit.trigger.rule.objectThenVerb === true && !(o.from - hit.to <= 1 && isVerbAfter(tokens, o.to))) continue;
        const [subject, object] = hit.trigger.rule.inverse === true ? [o, s] : [s, o];
        const type = hit.trigger.rule.type;
        if (!typesFit(type, hit.trigger.rule, subject.end, object.end) || !vocabularyFits(type, subject.end, object.end)) continue;
        const why = { rule: `verb "${verb}"`, words: text.slice(s.end.start, o.end.end) };
        found.push(...expand({ subject: subject.end, object: object.end, type, why }, hit));
      }
    }
  }
  return found;
}
