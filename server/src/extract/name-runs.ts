// Finds runs of capitalised words that may be names, and cuts a run where a title separates a body from a person.
import { isAcronym, isCapitalised, isPossessive, type Token } from './tokens.ts';
import {
  COMPANY_WORDS,
  EVENT_NOUNS,
  NAME_CONNECTORS,
  ORGANISATION_WORDS,
  PERSON_TITLES,
  PLACE_WORDS,
  TITLE_MODIFIERS,
  isCalendarWord,
  isFirstName,
  isInfinitive,
  isMonth,
  hasSurnameEnding,
  isKnownOrganisation,
  isKnownPlace,
  isListedOrdinaryWord,
  isOrdinaryWord,
  isNounLike,
  isPluralNoun,
  isTensedVerb,
} from './word-classes.ts';

/** A stretch of tokens [from, to) that names one thing; `title` is the title written before a person's name. */
export interface NameSegment {
  from: number;
  to: number;
  title?: { from: number; to: number };
}

export interface RunContext {
  /** Token indexes already named by a known entity: a run never crosses them. */
  blocked: (index: number) => boolean;
  /** Words seen capitalised in mid-sentence elsewhere in the document: a sentence's first word is a name if it is one of them. */
  midSentenceWords: ReadonlySet<string>;
  /** Names' first two words as seen capitalised in mid-sentence ("Blue Harbour"): a sentence starting with them starts with a name. */
  midSentencePairs?: ReadonlySet<string>;
}

const MAX_CONNECTORS = 2;
const PLURAL_APOSTROPHES = new Set(["'", '’']);
/** Prepositions that, capitalised inside a run, show it is a name: "Reporters Without Borders", "Doctors For Peace". */
const CAPITALISED_PREPOSITIONS = new Set(['without', 'for', 'against', 'of', 'in', 'on', 'beyond', 'across']);

function isCueWord(lower: string): boolean {
  return ORGANISATION_WORDS.has(lower) || PLACE_WORDS.has(lower) || EVENT_NOUNS.has(lower) || PERSON_TITLES.has(lower);
}

/** A heading or title line: most of its longer words capitalised and no closing period. */
export function isTitleCase(tokens: readonly Token[]): boolean {
  const long = tokens.filter((t) => t.kind === 'word' && t.text.length > 3);
  if (long.length < 3 || tokens[tokens.length - 1]?.text === '.') return false;
  return long.filter((t) => isCapitalised(t)).length / long.length >= 0.7;
}

/** Index of the first token that can start a sentence's words (after quotes, brackets and citation numbers). */
function firstWordIndex(tokens: readonly Token[]): number {
  let index = 0;
  while (index < tokens.length && (tokens[index]!.kind === 'punct' || /^\d+$/.test(tokens[index]!.text))) index++;
  return index;
}

/** Words before a month's name that make it a date: "in March", "since May", "early June". */
// prettier-ignore
const BEFORE_MONTH = new Set(['in', 'on', 'since', 'until', 'till', 'by', 'from', 'to', 'through', 'during', 'before', 'after', 'of', 'early', 'late', 'mid', 'last', 'next', 'this', 'between', 'and', 'or']);

/**
 * A month's name that dates something ("12 March 2024", "March 12", "in May"), which compromise's lexicon misses for
 * "march" and "may"; not "Theresa May", whose month-like word follows a name and stands by no number.
 */
function isDatingMonth(tokens: readonly Token[], index: number): boolean {
  if (!isMonth(tokens[index]!.lower)) return false;
  const number = (t: Token | undefined) => t !== undefined && /^\d{1,4}(?:st|nd|rd|th)?$/u.test(t.text);
  if (number(tokens[index - 1]) || number(tokens[index + 1])) return true;
  return BEFORE_MONTH.has(tokens[index - 1]?.lower ?? '') && !isCapitalised(tokens[index + 1]);
}

/** "Cyprus-based", "Wagner-linked", "Kremlin-backed": an adjective made of a name, which names nothing itself. */
const HYPHENATED_ADJECTIVE =
  /-(?:based|linked|backed|led|owned|registered|affiliated|aligned|controlled|funded|born|run|made|style|speaking)$/u;

function canStartOrContinue(tokens: readonly Token[], index: number, context: RunContext, titleCase: boolean): boolean {
  const token = tokens[index];
  if (!token || context.blocked(index) || isPossessive(token)) return false;
  if (!isCapitalised(token) && !isAcronym(token)) return false;
  if (isCalendarWord(token.lower) || isDatingMonth(tokens, index) || HYPHENATED_ADJECTIVE.test(token.lower)) return false;
  // "anti-Armenian" opens no name; "Anti-Corruption" inside one ("National Anti-Corruption Bureau") is part of it.
  if (/^(?:anti|pro|non|post|pre)-/u.test(token.lower) && !(isCapitalised(tokens[index - 1]) && /-\p{Lu}/u.test(token.text))) return false;
  // In a heading every word is capitalised: only words that are not ordinary English (or are cues) count as names.
  return !titleCase || !isOrdinaryWord(token.lower) || isCueWord(token.lower);
}

/** Runs [from, to) of capitalised words, joined by connectors such as "of the" when a capitalised word follows them. */
export function findRuns(tokens: readonly Token[], context: RunContext): [number, number][] {
  const titleCase = isTitleCase(tokens);
  const sentenceStart = firstWordIndex(tokens);
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!canStartOrContinue(tokens, i, context, titleCase)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (canStartOrContinue(tokens, j, context, titleCase)) {
        j++;
        continue;
      }
      let k = j;
      while (k < tokens.length && k - j < MAX_CONNECTORS && NAME_CONNECTORS.has(tokens[k]!.lower) && !isCapitalised(tokens[k])) k++;
      if (k > j && canStartOrContinue(tokens, k, context, titleCase)) {
        j = k + 1;
        continue;
      }
      // "the Metalworkers' Federation": a plural's apostrophe inside a name.
      // (Only before an organisation's word: "The Philippines' President X" is two names.)
      if (
        PLURAL_APOSTROPHES.has(tokens[j]?.text ?? '') &&
        tokens[j - 1]!.lower.endsWith('s') &&
        ORGANISATION_WORDS.has(tokens[j + 1]?.lower ?? '') &&
        canStartOrContinue(tokens, j + 1, context, titleCase)
      ) {
        j += 2;
        continue;
      }
      // "the Committee to Protect Journalists": "to" inside a body's name, after its organisation word.
      // (Only before a verb: "a letter from the Federation to Interpol" is two names.)
      if (
        tokens[j]?.lower === 'to' &&
        ORGANISATION_WORDS.has(tokens[j - 1]!.lower) &&
        isInfinitive(tokens[j + 1]?.lower ?? '') &&
        canStartOrContinue(tokens, j + 1, context, titleCase)
      ) {
        j += 2;
        continue;
      }
      break;
    }
    let from = i;
    // A sentence's capitalised first word is ordinary English unless the document also capitalises it elsewhere.
    const first = tokens[from]!;
    if (from === sentenceStart || tokens[from - 1]?.text === '“' || tokens[from - 1]?.text === '"') {
      const ordinary = isOrdinaryWord(first.lower) && !isCueWord(first.lower);
      const known =
        isFirstName(first.lower) ||
        isKnownPlace(first.lower) ||
        isKnownOrganisation(first.lower) ||
        (hasSurnameEnding(first.lower) && !ordinary);
      const namedElsewhere = j - from >= 2 && context.midSentencePairs?.has(`${first.text} ${tokens[from + 1]!.text}`) === true;
      // "Meridia's army shelled …", "Kaldor denied …": a word English does not know, owning something or doing something;
      // not one shaped like a gerund or a plural noun before a verb ("Demining resumed", "Livestreams showed"): it only owns.
      const next = tokens[j];
      const nounShaped = first.lower.endsWith('ing') || isPluralNoun(first.lower);
      // "Frontex, the EU border agency, declined": a name set off by an apposition is as telling as one that acts.
      const apposed = next?.text === ',' && ['the', 'a', 'an', 'who', 'whose', 'whom'].includes(tokens[j + 1]?.lower ?? '');
      const acting =
        next !== undefined &&
        (isPossessive(next) || apposed || (!nounShaped && !next.capitalised && next.kind === 'word' && isTensedVerb(next.lower)));
      // "Amnesty International called …": a singular noun opening a run that ends with an organisation's word names it.
      const last = tokens[j - 1]!.lower;
      // "Reporters Without Borders said …": a capitalised preposition inside a run makes it a name.
      const bodyNamed =
        (j - from >= 2 &&
          isNounLike(first.lower) &&
          !isPluralNoun(first.lower) &&
          (ORGANISATION_WORDS.has(last) || COMPANY_WORDS.has(last))) ||
        (j - from >= 3 && tokens.slice(from + 1, j - 1).some((t) => t.capitalised && CAPITALISED_PREPOSITIONS.has(t.lower)));
      if (
        !namedElsewhere &&
        !bodyNamed &&
        (ordinary || (!known && !acting && j - from === 1 && !context.midSentenceWords.has(first.text) && !isAcronym(first)))
      )
        from++;
    }
    while (from < j && NAME_CONNECTORS.has(tokens[from]!.lower) && (tokens[from]!.lower === 'the' || !tokens[from]!.capitalised)) from++;
    // One ordinary or cue word alone ("A", "Prior", "News", "Council") names nothing.
    const alone = j - from === 1 ? tokens[from]! : undefined;
    // Inside a sentence, only a word English lists counts as ordinary: "told Reuters" names a body, whatever its ending.
    const bare =
      alone &&
      !isAcronym(alone) &&
      (((from === sentenceStart ? isOrdinaryWord(alone.lower) : isListedOrdinaryWord(alone.lower)) && !isKnownPlace(alone.lower)) ||
        isCueWord(alone.lower));
    if (from < j && !bare) runs.push([from, j]);
    i = j;
  }
  return runs;
}

function titleEndingAt(tokens: readonly Token[], from: number, to: number): number | undefined {
  let k = from;
  while (k < to && TITLE_MODIFIERS.has(tokens[k]!.lower) && !PERSON_TITLES.has(tokens[k]!.lower)) k++;
  if (k < to && PERSON_TITLES.has(tokens[k]!.lower)) {
    // "Prime Minister", "Chief Prosecutor": a head may follow another title word used as a modifier.
    while (k + 1 < to && PERSON_TITLES.has(tokens[k + 1]!.lower)) k++;
    return k + 1;
  }
  return undefined;
}

/** Words that make a run after a title a body rather than a person ("General Assembly"); place words are also surnames. */
function hasCueWord(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((t) => ORGANISATION_WORDS.has(t.lower) || EVENT_NOUNS.has(t.lower));
}

function looksLikePersonName(tokens: readonly Token[], from: number, to: number): boolean {
  const words = to - from;
  if (words < 1 || words > 4) return false;
  const slice = tokens.slice(from, to);
  if (slice.some((t) => NAME_CONNECTORS.has(t.lower) || ORGANISATION_WORDS.has(t.lower) || PLACE_WORDS.has(t.lower))) return false;
  return isFirstName(slice[0]!.lower) || (words >= 2 && hasSurnameEnding(slice[words - 1]!.lower));
}

/** Cuts a run at titles: "Artsakh State Minister Ruben Vardanyan" → "Artsakh" | title "State Minister" + "Ruben Vardanyan". */
export function segmentRun(tokens: readonly Token[], from: number, to: number): NameSegment[] {
  const segments: NameSegment[] = [];
  let start = from;
  for (let p = from; p < to; p++) {
    const titleEnd = titleEndingAt(tokens, p, to);
    if (titleEnd === undefined) continue;
    const title = { from: p, to: titleEnd };
    let rest = titleEnd;
    const before = { from: start, to: p };
    if (rest < to && NAME_CONNECTORS.has(tokens[rest]!.lower)) {
      // "President of the European Council Charles Michel": the body the title belongs to, then perhaps the person.
      const connector = tokens[rest]!.lower;
      while (rest < to && NAME_CONNECTORS.has(tokens[rest]!.lower)) rest++;
      let personFrom = to;
      if (to - 2 > rest && looksLikePersonName(tokens, to - 2, to)) personFrom = to - 2;
      else if (to - 3 > rest && looksLikePersonName(tokens, to - 3, to) && isFirstName(tokens[to - 3]!.lower)) personFrom = to - 3;
      segments.push(before);
      // "Commissioner for Human Rights" is a post; "President of the European Council" names a body.
      if (connector !== 'for' && personFrom > rest) segments.push({ from: rest, to: personFrom });
      if (personFrom < to) segments.push({ from: personFrom, to, title });
      start = to;
      break;
    }
    if (rest === to) {
      if (p > from && NAME_CONNECTORS.has(tokens[p - 1]!.lower)) continue; // "Court of Justice": a title word ending a body's name
      segments.push(before); // "the Veldish Prime Minister": a title naming no one in this run
      start = to;
      break;
    }
    // "General Assembly": a title word inside a body's name, not a title before a person.
    if (hasCueWord(tokens, rest, to) || to - rest > 4) continue;
    segments.push(before, { from: rest, to, title });
    start = to;
    break;
  }
  if (start < to) segments.push({ from: start, to });
  return segments.filter((s) => s.to > s.from);
}
