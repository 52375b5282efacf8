// Proposes relations between the entities of each sentence: typed by the verb lexicon and role patterns, or untyped when close.
import nlp from 'compromise';
import type { CandidateEnd, ExtractionVocabulary, RelationCandidate, TextSpan } from './extraction.ts';
import { adjacencyPatterns, rolePatterns, type PlacedEnd as PlacedOn, type Proposed as ProposedFor } from './pair-patterns.ts';
import { VERB_RULES, type VerbRule } from './relation-lexicon.ts';
import { findSentenceDate } from './sentence-date.ts';
import { tokenize, type Token } from './tokens.ts';

/** An entity standing in a sentence: a known mention or a candidate. Ends may nest ("residents of X"): nested ends are never paired. */
export type SentenceEnd = CandidateEnd;

export interface RelationInput {
  text: string;
  date?: string | undefined;
  sentences: readonly TextSpan[];
  ends: readonly SentenceEnd[];
  vocabulary: ExtractionVocabulary;
}

/** Untyped pairs only when this close (in tokens) and in the same clause, so a reviewer is not buried in pairs. */
export const MAX_UNTYPED_GAP = 10;
/** How far (in tokens) a verb may stand from either end and still link them. */
export const MAX_VERB_GAP = 14;
/** How many ends on each side of a verb it may link: the nearest, and one more for a subject behind an apposition. */
const ENDS_PER_SIDE = 2;

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'has', 'have', 'had', 'got', 'get']);
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

interface Trigger {
  rule: VerbRule;
  words: readonly string[];
}

let triggerIndex: Map<string, Trigger[]> | undefined;

/** A verb's forms: compromise conjugates it; multi-word verbs ("carry out") inflect their first word. */
function formsOf(verb: string): string[] {
  const [head = verb, ...rest] = verb.split(' ');
  const conjugated = (nlp(head).verbs().conjugate() as Record<string, string>[])[0] ?? {};
  const heads = new Set([
    head,
    ...Object.entries(conjugated)
      .filter(([k]) => k !== 'FutureTense')
      .map(([, v]) => v),
  ]);
  if (head.endsWith('e')) heads.add(`${head}d`);
  return [...heads].filter((h) => !h.includes(' ')).map((h) => [h, ...rest].join(' '));
}

function buildTriggerIndex(): Map<string, Trigger[]> {
  const index = new Map<string, Trigger[]>();
  const add = (phrase: string, rule: VerbRule) => {
    const words = phrase.toLowerCase().split(' ');
    const list = index.get(words[0]!) ?? [];
    list.push({ rule, words });
    index.set(words[0]!, list);
  };
  for (const rule of VERB_RULES) {
    for (const verb of rule.verbs ?? []) for (const form of formsOf(verb)) add(form, rule);
    for (const phrase of rule.phrases ?? []) add(phrase, rule);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

type PlacedEnd = PlacedOn<SentenceEnd>;
type Proposed = ProposedFor<SentenceEnd>;

interface TriggerHit {
  trigger: Trigger;
  from: number;
  to: number;
}

function findTriggers(tokens: readonly Token[]): TriggerHit[] {
  triggerIndex ??= buildTriggerIndex();
  const hits: TriggerHit[] = [];
  tokens.forEach((token, i) => {
    for (const trigger of triggerIndex!.get(token.lower) ?? []) {
      if (trigger.words.every((word, k) => tokens[i + k]?.lower === word)) hits.push({ trigger, from: i, to: i + trigger.words.length });
    }
  });
  return hits;
}

function typesFit(
  type: string,
  rule: { sourceTypes?: readonly string[] | undefined; targetTypes?: readonly string[] | undefined },
  source: CandidateEnd,
  target: CandidateEnd,
): boolean {
  const fits = (allowed: readonly string[] | undefined, end: CandidateEnd) => !allowed || end.type === '' || allowed.includes(end.type);
  return type !== '' && fits(rule.sourceTypes, source) && fits(rule.targetTypes, target);
}

function nested(a: TextSpan, b: TextSpan): boolean {
  return (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
}

/** Whether a clause break stands between token indexes (exclusive). */
function clauseBreakBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_BREAKS.has(tokens[i]!.lower)) return true;
  return false;
}

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
  for (let e = firstEndFrom(ends, sentence.start); e < ends.length && ends[e]!.start < sentence.end; e++) {
    const end = ends[e]!;
    if (end.end > sentence.end) continue;
    const from = tokens.findIndex((t) => t.end > end.start);
    let to = from;
    while (to < tokens.length && tokens[to]!.start < end.end) to++;
    if (from >= 0) placed.push({ end, from, to });
  }
  return placed.sort((x, y) => x.from - y.from || y.to - x.to);
}

function objectPrepositionFits(rule: VerbRule, tokens: readonly Token[], object: PlacedEnd, trigger: TriggerHit): boolean {
  if (!rule.objectPreposition) return true;
  let k = object.from - 1;
  while (k >= 0 && ['the', 'a', 'an', 'its', 'their'].includes(tokens[k]!.lower)) k--;
  const before = tokens[k]?.lower ?? '';
  const twoBefore = `${tokens[k - 1]?.lower ?? ''} ${before}`;
  return rule.objectPreposition.some((p) => (p === '' ? k < trigger.to : p === before || p === twoBefore));
}

function verbPatterns(
  text: string,
  tokens: readonly Token[],
  placed: readonly PlacedEnd[],
  vocabularyFits: (type: string, s: CandidateEnd, o: CandidateEnd) => boolean,
): Proposed[] {
  const found: Proposed[] = [];
  for (const hit of findTriggers(tokens)) {
    const near = placed.filter((p) => p.to <= hit.from && hit.from - p.to <= MAX_VERB_GAP).slice(-ENDS_PER_SIDE);
    // The sentence's first end is often the subject, however long the apposition after it ("X, a scholar at Y, warns").
    const first = placed[0];
    const before = first && first.to <= hit.from && !near.includes(first) ? [first, ...near] : near;
    const clausal = hit.trigger.rule.clausal === true;
    const after = placed.filter(
      (p) => p.from >= hit.to && p.from - hit.to <= MAX_VERB_GAP && (clausal || !clauseBreakBetween(tokens, hit.to, p.from)),
    );
    const passive = BE_FORMS.has(tokens[hit.from - 1]?.lower ?? '') || BE_FORMS.has(tokens[hit.from - 2]?.lower ?? '');
    const agent = after.find((p) => tokens[p.from - 1]?.lower === 'by' || tokens[p.from - 2]?.lower === 'by');
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
          found.push({
            subject: agent.end,
            object: s.end,
            type: hit.trigger.rule.type,
            why: { rule: `passive verb "${verb}" … by`, words: text.slice(s.end.start, agent.end.end) },
          });
        }
        continue;
      }
      for (const o of after.slice(0, ENDS_PER_SIDE + 1)) {
        if (nested(s.end, o.end) || !objectPrepositionFits(hit.trigger.rule, tokens, o, hit)) continue;
        if (!typesFit(hit.trigger.rule.type, hit.trigger.rule, s.end, o.end) || !vocabularyFits(hit.trigger.rule.type, s.end, o.end))
          continue;
        found.push({
          subject: s.end,
          object: o.end,
          type: hit.trigger.rule.type,
          why: { rule: `verb "${verb}"`, words: text.slice(s.end.start, o.end.end) },
        });
      }
    }
  }
  return found;
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
  for (const sentence of input.sentences) {
    const first = firstEndFrom(ends, sentence.start);
    if (first + 1 >= ends.length || ends[first + 1]!.start >= sentence.end) continue;
    const tokens = tokenize(text, sentence);
    const placed = endsOf(sentence, ends, tokens);
    if (placed.length < 2) continue;
    const date = findSentenceDate(text.slice(sentence.start, sentence.end), input.date);
    const proposals: Proposed[] = verbPatterns(text, tokens, placed, vocabularyFits);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const [a, b] = [placed[i]!, placed[j]!];
        if (nested(a.end, b.end) || b.from - a.to > MAX_VERB_GAP) continue;
        const typed = rolePatterns(text, tokens, a, b) ?? adjacencyPatterns(text, tokens, a, b);
        if (typed?.type !== undefined && vocabularyFits(typed.type, typed.subject, typed.object)) proposals.push(typed);
        else if (b.from - a.to <= MAX_UNTYPED_GAP && !clauseBreakBetween(tokens, a.to, b.from) && a.end.name !== b.end.name) {
          proposals.push({ subject: a.end, object: b.end, why: { rule: 'near in one clause', words: text.slice(a.end.start, b.end.end) } });
        }
      }
    }
    // One candidate per pair and type; an untyped pair gives way to any typed one.
    const key = (p: Proposed) => `${p.subject.start}:${p.object.start}`;
    const typedPairs = new Set(proposals.filter((p) => p.type).flatMap((p) => [key(p), `${p.object.start}:${p.subject.start}`]));
    const seen = new Set<string>();
    for (const p of proposals) {
      if (!p.type && typedPairs.has(key(p))) continue;
      const id = `${key(p)}:${p.type ?? ''}`;
      if (seen.has(id) || p.subject.name === p.object.name) continue;
      seen.add(id);
      const plain = (end: SentenceEnd): CandidateEnd => ({
        start: end.start,
        end: end.end,
        name: end.name,
        type: end.type,
        ...(end.entityId ? { entityId: end.entityId } : {}),
      });
      relations.push({
        subject: plain(p.subject),
        object: plain(p.object),
        ...(p.type ? { type: p.type } : {}),
        ...(p.role ? { role: p.role } : {}),
        ...(date ? { date } : {}),
        sentence,
        why: p.why,
      });
    }
  }
  return relations;
}
