// Relations a sentence states with nouns rather than verbs: "accusations of X by Y made by Z", "the displacement of G from P".
import type { CandidateEnd } from './extraction.ts';
import type { PlacedEnd, Proposed } from './pair-patterns.ts';
import { ACTOR_TYPES } from './relation-lexicon.ts';
import { ARTICLE_WORDS, type Token } from './tokens.ts';

/** How far (in tokens) a noun's complements may stand from it. */
const FRAME_REACH = 30;

const ACCUSATION_NOUNS = new Set(['accusation', 'accusations', 'allegation', 'allegations']);
/** Verbs whose "by" introduces who made the accusation, not whom it accuses ("made by X", "levelled by X"). */
const MAKING_VERBS = new Set(['made', 'levelled', 'leveled', 'raised', 'brought', 'voiced', 'repeated', 'renewed', 'issued']);
const FACING_VERBS = new Set(['face', 'faces', 'faced', 'facing']);
const ACCUSERS = new Set(ACTOR_TYPES);

/** Nouns of people moving, and the relation each preposition after "of G" gives. */
const DISPLACEMENT_FRAMES = new Map<string, Readonly<Record<string, string>>>(
  Object.entries<Record<string, string>>({
    displacement: { from: 'DISPLACED_FROM' },
    expulsion: { from: 'DISPLACED_FROM' },
    expulsions: { from: 'DISPLACED_FROM' },
    deportation: { from: 'DISPLACED_FROM', to: 'FLED_TO' },
    deportations: { from: 'DISPLACED_FROM', to: 'FLED_TO' },
    flight: { from: 'FLED_FROM', to: 'FLED_TO', via: 'EVACUATED_VIA', through: 'EVACUATED_VIA' },
    exodus: { from: 'FLED_FROM', to: 'FLED_TO', via: 'EVACUATED_VIA', through: 'EVACUATED_VIA' },
    departure: { from: 'FLED_FROM', to: 'FLED_TO' },
    evacuation: { from: 'FLED_FROM', to: 'FLED_TO', via: 'EVACUATED_VIA', through: 'EVACUATED_VIA' },
  }),
);
const PEOPLE = new Set(['Group', 'Person']);
const PLACES = new Set(['Place', 'Address']);

/** Index of the word before an end, past articles: the preposition that introduces it. */
function introducerAt(tokens: readonly Token[], end: PlacedEnd): number {
  let k = end.from - 1;
  while (k >= 0 && ARTICLE_WORDS.has(tokens[k]!.lower)) k--;
  return k;
}

const wordBefore = (tokens: readonly Token[], end: PlacedEnd): string => tokens[introducerAt(tokens, end)]?.lower ?? '';

/** The words from the noun to the farther end, as the reason shows them. */
function wordsOf(text: string, tokens: readonly Token[], at: number, a: PlacedEnd, b: PlacedEnd): string {
  const from = Math.min(tokens[at]!.start, a.end.start, b.end.start);
  const to = Math.max(tokens[at]!.end, a.end.end, b.end.end);
  return text.slice(from, to);
}

/** Whether a clause boundary (semicolon, colon, "while", "but") stands between token indexes. */
function boundaryBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ([';', ':', 'while', 'but', 'whereas'].includes(tokens[k]!.lower)) return true;
  return false;
}

/** Forms of the verbs of denial: after an accusation, their subject is the accused. */
const DENIALS = new Set(['deny', 'denies', 'denied', 'denying', 'rejects', 'rejected', 'refutes', 'refuted', 'disputes', 'disputed']);
/** Words that may stand between a subject and its verb of denial ("X has firmly denied"). */
const BEFORE_DENIAL = new Set(['has', 'have', 'had', 'also', 'firmly', 'strongly', 'flatly', 'repeatedly', 'however']);

/** The subject of the first verb of denial after token `at` within reach: the end right before it. */
function denierAfter<End extends CandidateEnd>(
  tokens: readonly Token[],
  placed: readonly PlacedEnd<End>[],
  at: number,
): PlacedEnd<End> | undefined {
  for (let k = at + 1; k < tokens.length && k - at <= FRAME_REACH; k++) {
    if (!DENIALS.has(tokens[k]!.lower)) continue;
    let subjectTo = k;
    while (subjectTo > at && BEFORE_DENIAL.has(tokens[subjectTo - 1]!.lower)) subjectTo--;
    return placed.find((p) => p.to === subjectTo && ACCUSERS.has(p.end.type));
  }
  return undefined;
}

/**
 * "accusations of X by Y have been made by A, B and C" (A, B, C accused Y), "accusations of X from A" (A accused),
 * "A made accusations against Y", "Y faces accusations of X", "accusations of X from A, while Y denies them".
 */
export function accusationFrames<End extends CandidateEnd>(
  text: string,
  tokens: readonly Token[],
  placed: readonly PlacedEnd<End>[],
  listOf: (end: PlacedEnd<End>) => PlacedEnd<End>[],
): Proposed<End>[] {
  const found: Proposed<End>[] = [];
  tokens.forEach((token, at) => {
    if (!ACCUSATION_NOUNS.has(token.lower)) return;
    const reach = placed.filter(
      (p) => Math.abs(p.from - at) <= FRAME_REACH && !boundaryBetween(tokens, Math.min(p.to, at), Math.max(p.from, at)),
    );
    const accusers: PlacedEnd<End>[] = [];
    const accused: PlacedEnd<End>[] = [];
    for (const end of reach) {
      if (end.from < at) continue;
      const introducer = introducerAt(tokens, end);
      const before = tokens[introducer]?.lower ?? '';
      const verb = tokens[introducer - 1]?.lower ?? '';
      if (before === 'from' || (before === 'by' && MAKING_VERBS.has(verb))) accusers.push(...listOf(end));
      else if (before === 'against' || before === 'by') accused.push(...listOf(end));
    }
    // The subject before the noun: its maker ("A made accusations") or, after "face", the accused.
    const verbBefore = tokens[at - 1]?.lower ?? '';
    const subject = [...reach].reverse().find((p) => p.to <= at);
    if (subject && (MAKING_VERBS.has(verbBefore) || FACING_VERBS.has(verbBefore))) {
      (FACING_VERBS.has(verbBefore) ? accused : accusers).push(...listOf(subject));
    }
    // "accusations of X from A, while B denies …": unnamed by the noun, the accused is who denies it.
    if (accused.length === 0 && accusers.length > 0) {
      const denier = denierAfter(tokens, placed, at);
      if (denier) accused.push(denier);
    }
    for (const a of new Set(accusers)) {
      for (const b of new Set(accused)) {
        if (a === b || !ACCUSERS.has(a.end.type) || !ACCUSERS.has(b.end.type)) continue;
        found.push({
          subject: a.end,
          object: b.end,
          type: 'ACCUSED',
          why: { rule: `noun "${token.lower}"`, words: wordsOf(text, tokens, at, a, b) },
        });
      }
    }
  });
  return found;
}

/** "the displacement of 500,000 G from P and Q, and of H from R": each group with the places it left, reached or crossed. */
export function displacementFrames<End extends CandidateEnd>(
  text: string,
  tokens: readonly Token[],
  placed: readonly PlacedEnd<End>[],
  listOf: (end: PlacedEnd<End>) => PlacedEnd<End>[],
): Proposed<End>[] {
  const found: Proposed<End>[] = [];
  tokens.forEach((token, at) => {
    const frame = DISPLACEMENT_FRAMES.get(token.lower);
    if (!frame || tokens[at + 1]?.lower !== 'of') return;
    let people: PlacedEnd<End> | undefined;
    const event = placed.find((p) => p.from <= at && at < p.to && p.end.type === 'Event');
    for (const end of placed) {
      if (end.from <= at || end.from - at > FRAME_REACH || boundaryBetween(tokens, at, end.from)) continue;
      if (PEOPLE.has(end.end.type) && !placed.some((p) => p !== end && p.from <= end.from && end.to <= p.to && PEOPLE.has(p.end.type))) {
        people = end;
        continue;
      }
      const preposition = wordBefore(tokens, end);
      const type = Object.hasOwn(frame, preposition) ? frame[preposition] : undefined;
      if (!people || !type || !PLACES.has(end.end.type)) continue;
      // "from P and Q": the places listed with the one the preposition introduces.
      for (const place of listOf(end)) {
        if (place.from < end.from || !PLACES.has(place.end.type)) continue;
        const rule = `noun "${token.lower} of … ${preposition}"`;
        found.push({ subject: people.end, object: place.end, type, why: { rule, words: wordsOf(text, tokens, at, people, place) } });
        // The movement itself, when an end names it ("a mass exodus of G from P"), happened where it started.
        if (event && preposition === 'from')
          found.push({
            subject: event.end,
            object: place.end,
            type: 'TOOK_PLACE_IN',
            why: { rule, words: wordsOf(text, tokens, at, event, place) },
          });
      }
    }
  });
  return found;
}
