// An end built around another ("residents of X", "the blockade of X", "X's army") states its relation to it by its own words.
import { RELATIVE_PRONOUNS } from './clause-subject.ts';
import type { CandidateEnd } from './extraction.ts';
import type { PlacedEnd, Proposed } from './pair-patterns.ts';
import { ARTICLE_WORDS, type Token } from './tokens.ts';
import { NEGATIONS, NOT_DONE_VERBS } from './word-classes.ts';
import { verbForms } from './verb-forms.ts';
import { isBodyNounAt, MOVEMENT_EVENT_NOUNS, RESIDENT_NOUNS, UNDERGONE_EVENT_NOUNS } from './word-classes.ts';

/** A verb's type inside the composite's words ("who fled to X"), when one links the composite to its part. */
export type VerbTypeInside<End extends CandidateEnd> = (from: number, to: number, subject: End, object: End) => string | undefined;

const PEOPLE = new Set(['Group', 'Person']);

/** The owner in "Meridia's army" or "UN mission": a name right before a possessive or a lower-case body noun. */
function isOwnerOfBody<End extends CandidateEnd>(tokens: readonly Token[], inner: PlacedEnd<End>): boolean {
  return tokens[inner.to]?.lower === "'s" || isBodyNounAt(tokens, inner.to);
}

/** Index of the word that introduces an inner end, past articles. */
function introducer(tokens: readonly Token[], from: number): number {
  let k = from - 1;
  while (k >= 0 && ARTICLE_WORDS.has(tokens[k]!.lower)) k--;
  return k;
}

/** Nouns naming the people of a place: "residents of X", "citizens of X". */
const PEOPLE_OF_PLACE_NOUNS = new Set([...RESIDENT_NOUNS, 'citizens', 'people', 'population']);
let fleeing: ReadonlySet<string> | undefined;
const PLACES_AND_EVENTS = new Set(['Place', 'Address', 'Event']);

/** Words that say a flight did not happen: "refused to flee", "did not flee", "never fled", "were unable to escape". */
const NOT_DONE = new Set([...NEGATIONS, ...NOT_DONE_VERBS]);

/**
 * Whether a verb of flight follows the group in its sentence with no one else (a person, a group, a body) before it who might
 * be the one fleeing, no relative clause but the group's own ("welcomed the families who fled"), no word saying it did not
 * happen ("refused to flee"), and no other place it leaves ("fled from Y", "families fleeing Y").
 */
function fleesAfter<End extends CandidateEnd>(tokens: readonly Token[], placed: readonly PlacedEnd<End>[], group: PlacedEnd<End>): boolean {
  fleeing ??= new Set(['flee', 'escape', 'evacuate'].flatMap(verbForms));
  const others = placed.filter((p) => p.from >= group.to && !PLACES_AND_EVENTS.has(p.end.type) && p.end.name !== group.end.name);
  for (let k = group.to; k < tokens.length; k++) {
    if (others.some((p) => p.from === k)) return false;
    if (k > group.to && RELATIVE_PRONOUNS.has(tokens[k]!.lower) && tokens[k - 1]!.text !== ',') return false;
    if (!fleeing.has(tokens[k]!.lower)) continue;
    const negator = tokens[k - 1]?.lower === 'to' ? tokens[k - 2] : tokens[k - 1];
    if (NOT_DONE.has(negator?.lower ?? '')) return false;
    let next = k + 1;
    while (ARTICLE_WORDS.has(tokens[next]?.lower ?? '')) next++;
    const leftPlace = placed.some((p) => p.from === next && PLACES_AND_EVENTS.has(p.end.type) && p.end.type !== 'Event');
    return !leftPlace && !['from', 'out'].includes(tokens[k + 1]?.lower ?? '');
  }
  return false;
}

function relationOf<End extends CandidateEnd>(
  tokens: readonly Token[],
  placed: readonly PlacedEnd<End>[],
  outer: PlacedEnd<End>,
  inner: PlacedEnd<End>,
  verbType: VerbTypeInside<End>,
): Pick<Proposed<End>, 'subject' | 'object' | 'type'> {
  const [whole, part] = [outer.end, inner.end];
  const at = introducer(tokens, inner.from);
  const word = tokens[at]?.lower ?? '';
  // "Meridia's army", "UN mission": a body named by whose it is acts for that state or organisation.
  if (whole.type === 'Organisation' && isOwnerOfBody(tokens, inner)) return { subject: whole, object: part, type: 'ORGAN_OF' };
  // "Veldish forces" holding Veldia where "Veldish" stands: the state a people's body acts for.
  if (whole.type === 'Organisation' && part.type === 'Place' && part.start === whole.start)
    return { subject: whole, object: part, type: 'ORGAN_OF' };
  if (whole.type === 'Event') {
    if (word === 'by' && !PEOPLE.has(part.type)) return { subject: part, object: whole, type: 'CARRIED_OUT' };
    if ((word === 'in' || word === 'at' || word === 'over') && part.type === 'Place')
      return { subject: whole, object: part, type: 'TOOK_PLACE_IN' };
    // "the conflict between A and B over X": A and B are its parties.
    const parties = tokens.slice(outer.from, inner.from).some((t) => t.lower === 'between');
    if (parties && (word === 'between' || word === 'and') && part.type !== 'Event')
      return { subject: part, object: whole, type: 'PARTICIPATED_IN' };
    // The people of a movement took part in it ("the flight of X"); what else an event is "of" is what it was aimed at.
    const movement = [...tokens.slice(outer.from, at)].some((t) => MOVEMENT_EVENT_NOUNS.has(t.lower));
    if (word === 'of' && movement && PEOPLE.has(part.type)) return { subject: part, object: whole, type: 'PARTICIPATED_IN' };
    // A departure happens where it starts: "the flight of X from P" took place in P.
    if (word === 'from' && movement && part.type === 'Place') return { subject: whole, object: part, type: 'TOOK_PLACE_IN' };
    // What falls or dissolves is where it happened, not what the event was aimed at ("the collapse of X").
    const undergone = tokens.slice(outer.from, at).some((t) => UNDERGONE_EVENT_NOUNS.has(t.lower));
    if (word === 'of' && undergone)
      return part.type === 'Place' ? { subject: whole, object: part, type: 'TOOK_PLACE_IN' } : { subject: whole, object: part };
    if (word === 'of' && !movement && part.type !== 'Event') return { subject: whole, object: part, type: 'TARGETED' };
    return { subject: whole, object: part };
  }
  if (whole.type === 'Group') {
    const type = verbType(outer.from, inner.from, whole, part);
    if (type) return { subject: whole, object: part, type };
    // "residents of X … prepare to flee": the people of a place who flee leave that place.
    if (word === 'of' && part.type === 'Place' && PEOPLE_OF_PLACE_NOUNS.has(tokens[outer.from]!.lower) && fleesAfter(tokens, placed, outer))
      return { subject: whole, object: part, type: 'FLED_FROM' };
    if (word === 'in' && part.type === 'Place') return { subject: whole, object: part, type: 'REMAINED_IN' };
  }
  return { subject: whole, object: part };
}

/** For each end that contains others, its relation to each outermost end inside it (typed when its words say how). */
export function compositePairs<End extends CandidateEnd>(
  text: string,
  tokens: readonly Token[],
  placed: readonly PlacedEnd<End>[],
  verbType: VerbTypeInside<End>,
): Proposed<End>[] {
  const found: Proposed<End>[] = [];
  const inside = (outer: PlacedEnd<End>, inner: PlacedEnd<End>) =>
    outer !== inner && outer.end.start <= inner.end.start && inner.end.end <= outer.end.end;
  for (const outer of placed) {
    const parts = placed.filter((p) => inside(outer, p));
    for (const part of parts) {
      if (parts.some((other) => inside(other, part))) continue;
      // "Veldans" in "Veldans in Kessa" is the composite's own head, not something it relates to; "UN" in "UN mission" owns it.
      if (part.end.start === outer.end.start && part.end.type === outer.end.type && !isOwnerOfBody(tokens, part)) continue;
      const relation = relationOf(tokens, placed, outer, part, verbType);
      found.push({ ...relation, why: { rule: 'name built around another', words: text.slice(outer.end.start, outer.end.end) } });
    }
  }
  return found;
}
