// Proposes relations between the entities of each sentence: typed by the verb lexicon and role patterns, or untyped when close.
import type { CandidateEnd, ExtractionVocabulary, RelationCandidate, TextSpan } from './extraction.ts';
import { accusingStatements } from './accusing-statements.ts';
import { combatants, surrenders } from './combatants.ts';
import { compositePairs } from './composite-pairs.ts';
import type { ReferringEnd } from './coreference.ts';
import { listsOf } from './coordination.ts';
import { protestCauses } from './protest-causes.ts';
import { accusationFrames, displacementFrames } from './nominal-patterns.ts';
import { adjacencyPatterns, rolePatterns, type PlacedEnd as PlacedOn, type Proposed as ProposedFor } from './pair-patterns.ts';
import { findSentenceDate } from './sentence-date.ts';
import { POSSESSIVE_PRONOUNS, tokenize, type Token } from './tokens.ts';
import { clauseBreakBetween, MAX_VERB_GAP, nested, objectPrepositionFits, typesFit, verbPatterns } from './verb-patterns.ts';
import { findTriggers, NO_TRIGGER, VERB_RULE_OF, type TriggerHit } from './triggers.ts';

export { MAX_VERB_GAP } from './verb-patterns.ts';

/**
 * An entity standing in a sentence: a known mention, a candidate, or words referring back to one ("he", "the war"). Ends may
 * nest ("residents of X"): only compositePairs pairs them.
 */
export type SentenceEnd = ReferringEnd;

export interface RelationInput {
  text: string;
  date?: string | undefined;
  sentences: readonly TextSpan[];
  ends: readonly SentenceEnd[];
  vocabulary: ExtractionVocabulary;
  /** The tokens of each sentence, when the caller has them already (same order as `sentences`). */
  tokens?: readonly (readonly Token[])[] | undefined;
}

/** Untyped pairs only when this close (in tokens); a clause break between the two counts as this far again. */
export const MAX_UNTYPED_GAP = 14;
/**
 * Across a clause break, untyped pairs only when this close (in tokens): "X signed, and Y" may still be about both. Chosen
 * on the seed corpus (bench:extract), where pairs found stop rising past it: a measured setting, not a property of English.
 */
export const MAX_UNTYPED_GAP_ACROSS_CLAUSES = 10;
/**
 * Untyped pairs kept per sentence, nearest first: enough for a list of ends, few enough to read. Chosen on the seed corpus
 * (bench:extract), where pairs found stop rising past it while the reviewer's load keeps growing.
 */
export const MAX_UNTYPED_PER_SENTENCE = 8;
type PlacedEnd = PlacedOn<SentenceEnd>;
type Proposed = ProposedFor<SentenceEnd>;

/** Index of the first end starting at or after `at` (ends sorted by start). */
function firstEndFrom(ends: readonly SentenceEnd[], at: number): number {
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ends[mid]!.start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

function endsOf(sentence: TextSpan, ends: readonly SentenceEnd[], tokens: readonly Token[]): PlacedEnd[] {
  const placed: PlacedEnd[] = [];
  // Ends come in order of their start: the first token of each is found by walking on from the previous one's.
  let from = 0;
  for (let e = firstEndFrom(ends, sentence.start); e < ends.length && ends[e]!.start < sentence.end; e++) {
    const end = ends[e]!;
    if (end.end > sentence.end) continue;
    while (from < tokens.length && tokens[from]!.end <= end.start) from++;
    if (from === tokens.length) break;
    let to = from;
    while (to < tokens.length && tokens[to]!.start < end.end) to++;
    placed.push({ end, from, to });
  }
  return placed.sort((x, y) => x.from - y.from || y.to - x.to);
}

function isPossessiveReference(end: SentenceEnd): boolean {
  return end.reference !== undefined && POSSESSIVE_PRONOUNS.has(end.reference.toLowerCase());
}

function plain(end: SentenceEnd): CandidateEnd {
  return { start: end.start, end: end.end, name: end.name, type: end.type, ...(end.entityId ? { entityId: end.entityId } : {}) };
}

/** The proposal's reason, saying how an end named by a pronoun or a description was read ("he" read as "Ana Vogel"). */
function withReferences(p: Proposed): Proposed['why'] {
  if (p.subject.reference === undefined && p.object.reference === undefined) return p.why;
  const read = [p.subject, p.object].filter((end) => end.reference !== undefined).map((end) => `"${end.reference}" read as "${end.name}"`);
  return read.length === 0 ? p.why : { rule: `${p.why.rule}; ${read.join('; ')}`, words: p.why.words };
}

/** Relation candidates of a document, sentence by sentence, each with the date its sentence states. */
export function findRelationCandidates(input: RelationInput): RelationCandidate[] {
  const { text, vocabulary } = input;
  const known = new Map(vocabulary.relationTypes.map((r) => [r.type, r]));
  const vocabularyFits = (type: string, s: CandidateEnd, o: CandidateEnd) => {
    const definition = known.get(type);
    return definition !== undefined && typesFit(type, definition, s, o);
  };
  const relations: RelationCandidate[] = [];
  const ends = [...input.ends].sort((a, b) => a.start - b.start);
  input.sentences.forEach((sentence, index) => {
    const first = firstEndFrom(ends, sentence.start);
    if (first + 1 >= ends.length || ends[first + 1]!.start >= sentence.end) return;
    const tokens = input.tokens?.[index] ?? tokenize(text, sentence);
    const placed = endsOf(sentence, ends, tokens);
    if (placed.length < 2) return;
    const listOf = listsOf(tokens, placed);
    const placedOf = new Map(placed.map((p) => [p.end, p]));
    // Ends inside another ("X" in "residents of X") are related to it by compositePairs, not to the sentence's verbs; but the
    // people inside an event ("the evacuation of X began") still act.
    const actsAlone = (p: PlacedEnd) =>
      !placed.some((q) => q !== p && q.from <= p.from && p.to <= q.to && q.to - q.from > p.to - p.from && q.end.type !== 'Event');
    // An end that stands for an entity only beside one other end pairs with that end alone, whichever rule proposes the pair:
    // a government read from a national title with the title's holder, a state read from "Veldish" in "Veldish officials"
    // with the officials (while the officials contain it).
    const boundFits = (end: SentenceEnd, other: SentenceEnd, p: { role?: string | undefined }, composite: boolean) => {
      if (end.pairsOnlyWith === 'title holder') return p.role !== undefined && other.type === 'Person';
      if (end.pairsOnlyWith === 'enclosing body') return actsAlone(placedOf.get(end)!) || (composite && nested(end, other));
      return true;
    };
    const pairFits = (p: Proposed, composite = false) =>
      boundFits(p.subject, p.object, p, composite) && boundFits(p.object, p.subject, p, composite);
    const typed: Proposed[] = [];
    const addTyped = (p: Proposed) => {
      if (p.type !== undefined && vocabularyFits(p.type, p.subject, p.object) && pairFits(p)) typed.push(p);
    };
    const hits = findTriggers(tokens);
    // A verb that links one member of a list ("A, B and C accused D") links every member, unless it stands inside the list.
    const expand = (p: Proposed, hit: TriggerHit): Proposed[] => {
      const outside = (list: PlacedEnd[]) => (list[0]!.from < hit.from && hit.to <= list[list.length - 1]!.from ? [] : list);
      const [subjectEnd, objectEnd] = [placedOf.get(p.subject)!, placedOf.get(p.object)!];
      const subjects = outside(listOf(subjectEnd));
      const objects = outside(listOf(objectEnd));
      if (subjects.includes(objectEnd)) return [p];
      const rules = VERB_RULE_OF.get(p.type ?? '') ?? [];
      const expanded: Proposed[] = [p];
      // "Her editor, Luka Perovic, said": a possessive pronoun or an owner beside the subject is no list-mate of it.
      const owner = (p: PlacedEnd) => isPossessiveReference(p.end) || tokens[p.to]?.lower === "'s";
      for (const subject of subjects.length > 0 ? subjects.filter((s) => s === subjectEnd || !owner(s)) : [subjectEnd]) {
        for (const object of objects.length > 0 ? objects : [objectEnd]) {
          if (nested(subject.end, object.end) || (subject === subjectEnd && object === objectEnd)) continue;
          if (rules.some((r) => typesFit(p.type!, r, subject.end, object.end)))
            expanded.push({ ...p, subject: subject.end, object: object.end });
        }
      }
      return expanded;
    };
    // "its soldiers fired": a possessive pronoun owns the noun after it, it is not the verb's subject or object.
    const outermost = placed.filter((p) => actsAlone(p) && !isPossessiveReference(p.end));
    // "X's ruling", "its ruling": the end before a possessive, or the pronoun itself, owns the end after it.
    const ownerOf = (p: PlacedEnd) =>
      placed.find((q) => (q.to === p.from && isPossessiveReference(q.end)) || (q.to + 1 === p.from && tokens[q.to]!.lower === "'s"));
    for (const p of verbPatterns({ text, tokens, placed: outermost, hits, vocabularyFits, expand, ownerOf })) addTyped(p);
    for (const p of [...accusationFrames(text, tokens, placed, listOf), ...displacementFrames(text, tokens, placed, listOf)]) addTyped(p);
    const verbType = (from: number, to: number, subject: SentenceEnd, object: SentenceEnd) =>
      hits.find(
        (h) =>
          h.from >= from &&
          h.to <= to &&
          typesFit(h.trigger.rule.type, h.trigger.rule, subject, object) &&
          objectPrepositionFits(h.trigger.rule, tokens, placedOf.get(object)!, h),
      )?.trigger.rule.type;
    // A composite is related to what it is built around even when the vocabulary lacks the type its words say.
    for (const p of compositePairs(text, tokens, placed, verbType)) {
      if (!pairFits(p, true)) continue;
      if (p.type === undefined || vocabularyFits(p.type, p.subject, p.object)) typed.push(p);
      else typed.push({ subject: p.subject, object: p.object, why: p.why });
    }
    const untyped: { a: PlacedEnd; b: PlacedEnd; broken: boolean; score: number }[] = [];
    for (let i = 0; i < placed.length; i++) {
      const a = placed[i]!;
      for (let j = i + 1; j < placed.length; j++) {
        const b = placed[j]!;
        // Ends are in order of their first token: past this one, every later end is further still.
        if (b.from - a.to > MAX_VERB_GAP) break;
        if (nested(a.end, b.end)) continue;
        const role = rolePatterns(text, tokens, a, b);
        const adjacent = role ? undefined : adjacencyPatterns(text, tokens, a, b);
        const pattern = role ?? adjacent;
        if (pattern?.type !== undefined && vocabularyFits(pattern.type, pattern.subject, pattern.object)) {
          // "the pogroms and deportations in X": the words after a list hold for each of its members.
          if (adjacent) for (const p of expand(pattern, { trigger: NO_TRIGGER, from: a.to, to: b.from })) addTyped(p);
          else if (pairFits(pattern)) typed.push(pattern);
          continue;
        }
        if (a.end.name === b.end.name || b.from - a.to > MAX_UNTYPED_GAP) continue;
        // A state read from "Veldish" inside "Veldish forces" is related to the forces, not to what else is near.
        if (a.end.reference !== undefined && !actsAlone(a)) continue;
        if (b.end.reference !== undefined && !actsAlone(b)) continue;
        if (a.end.pairsOnlyWith !== undefined || b.end.pairsOnlyWith !== undefined) continue;
        // Nearest first; a clause break between the two counts as a long way.
        const broken = clauseBreakBetween(tokens, a.to, b.from);
        if (broken && b.from - a.to > MAX_UNTYPED_GAP_ACROSS_CLAUSES) continue;
        untyped.push({ a, b, broken, score: b.from - a.to + (broken ? MAX_UNTYPED_GAP : 0) });
      }
    }
    // Ends are told apart by what they name, not where: "Meridia … its army" names one entity twice.
    const identity = (end: SentenceEnd) => end.entityId ?? end.name;
    // Read last, from what the other rules found: a statement blames whom they found doing what it condemns; whoever does a
    // deed of arms is a party to the war the sentence names, and a surrender told after it was made to them; a protest is
    // against what it was held over.
    const findings = { text, tokens, placed, placedOf, hits, typed: typed.slice(), identity };
    const armed = { ...findings, placed: outermost };
    const read = [...accusingStatements(findings), ...combatants(armed), ...surrenders(armed), ...protestCauses(findings)];
    for (const p of read) addTyped(p);
    const words = text.slice(sentence.start, sentence.end);
    // Every date pattern has a digit: most sentences have none and skip the patterns.
    const date = /\d/.test(words) ? findSentenceDate(words, input.date) : undefined;
    const pairKey = (a: SentenceEnd, b: SentenceEnd) => `${identity(a)}\u0000${identity(b)}`;
    const key = (p: Proposed) => pairKey(p.subject, p.object);
    const typedPairs = new Set<string>();
    for (const p of typed) typedPairs.add(key(p)).add(pairKey(p.object, p.subject));
    const untypedPairs = new Set<string>();
    const kept: Proposed[] = [];
    for (const { a, b, broken } of untyped.sort((x, y) => x.score - y.score)) {
      if (kept.length === MAX_UNTYPED_PER_SENTENCE) break;
      const pair = pairKey(a.end, b.end);
      if (typedPairs.has(pair) || untypedPairs.has(pair)) continue;
      untypedPairs.add(pair).add(pairKey(b.end, a.end));
      const rule = broken ? 'near, across a clause break' : 'near in one clause';
      kept.push({ subject: a.end, object: b.end, why: { rule, words: text.slice(a.end.start, b.end.end) } });
    }
    const proposals = [...typed, ...kept];
    // One candidate per pair and type.
    const seen = new Set<string>();
    for (const p of proposals) {
      const id = `${key(p)}:${p.type ?? ''}`;
      if (seen.has(id) || identity(p.subject) === identity(p.object)) continue;
      seen.add(id);
      relations.push({
        subject: plain(p.subject),
        object: plain(p.object),
        ...(p.type ? { type: p.type } : {}),
        ...(p.role ? { role: p.role } : {}),
        ...(date ? { date } : {}),
        sentence,
        why: withReferences(p),
      });
    }
  });
  return relations;
}
