// Who fought in a war a sentence names, and where: "In 2020 a war broke out, and X recaptured Y" (X took part, in Y).
import type { CandidateEnd } from './extraction.ts';
import type { Proposed } from './pair-patterns.ts';

/** Head nouns of an armed conflict: a deed of arms in a sentence naming one is part of it. */
const WAR_NOUNS = new Set(['war', 'wars', 'conflict', 'fighting', 'battle', 'hostilities', 'clashes']);
/** Deeds of arms: whoever does one fights, and where it is done the fighting is. */
const DEEDS_OF_ARMS = new Set(['ATTACKED', 'CONTROLS', 'BLOCKADED']);
const FIGHTERS = new Set(['Person', 'Organisation', 'Group', 'Place', 'PublicBody']);
const PLACES = new Set(['Place', 'Address']);

/**
 * For each war a sentence names (an event whose head noun is "war", "conflict", "battle" …) and each deed of arms the other
 * rules read in that sentence: its doer took part in the war, and the war took place where the deed was done, unless the
 * sentence already says where it took place.
 */
export function combatants<End extends CandidateEnd>(
  ends: readonly End[],
  typed: readonly Proposed<End>[],
  identity: (end: End) => string,
): Proposed<End>[] {
  const wars = ends.filter((e) => e.type === 'Event' && WAR_NOUNS.has(e.name.toLowerCase().split(' ').pop() ?? ''));
  const deeds = typed.filter((p) => DEEDS_OF_ARMS.has(p.type ?? '') && FIGHTERS.has(p.subject.type));
  if (wars.length === 0 || deeds.length === 0) return [];
  const found: Proposed<End>[] = [];
  for (const war of wars) {
    const placedAlready = typed.some((p) => p.type === 'TOOK_PLACE_IN' && identity(p.subject) === identity(war));
    for (const deed of deeds) {
      if (identity(deed.subject) === identity(war) || identity(deed.object) === identity(war)) continue;
      const why = { rule: `deed of arms (${deed.type}) beside "${war.name}"`, words: deed.why.words };
      found.push({ subject: deed.subject, object: war, type: 'PARTICIPATED_IN', why });
      if (!placedAlready && PLACES.has(deed.object.type) && deed.type !== 'BLOCKADED')
        found.push({ subject: war, object: deed.object, type: 'TOOK_PLACE_IN', why });
    }
  }
  return found;
}
