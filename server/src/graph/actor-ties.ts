// Who acts for an actor: its organs and members, joined to it by a short chain of ORGAN_OF / MEMBER_OF relations that
// point towards it (an army, organ of a government, organ of a state). The one place the rule is written in Cypher.
import { ACTOR_TIE_TYPES, MAX_ACTOR_TIE_STEPS, type ActorTieType, type RelationType } from '@kgx/contract';
import { relationTypeAlternation } from './identifiers.ts';

const BOUND = `{0,${MAX_ACTOR_TIE_STEPS}}`;

/**
 * A path pattern binding `tie` to the fewest ties (none when `member` is the actor itself) from each entity `member` to
 * `actor`: one chain per member, so a relation of a body reached two ways is still read once.
 */
export function tieToActor(opts: { tie: string; member: string; actor: string }): string {
  return `${opts.tie} = ANY SHORTEST (${opts.member}:Entity)-[:${relationTypeAlternation(ACTOR_TIE_TYPES)}]->${BOUND}(${opts.actor})`;
}

/**
 * The tie types a path may step along at its ends when only `relations` are walked between them: those not among
 * `relations` (a type walked anywhere needs no special place at the ends, and two readings of one path would return
 * it twice). None when every relation is walked: organ steps are then ordinary steps.
 */
export function endTieTypes(relations: readonly RelationType[]): ActorTieType[] {
  if (relations.length === 0) return [];
  return ACTOR_TIE_TYPES.filter((type) => !relations.includes(type));
}

/**
 * The steps a path takes between one of its ends and an organ or member of it: away from `from`, against the ties, at
 * the start; towards `to`, along them, at the end. With `condition`, every step lands on an entity that meets it.
 */
export function tieSteps(opts: {
  at: 'start' | 'end';
  types: readonly ActorTieType[];
  node: string;
  condition: ((node: string) => string) | undefined;
}): string {
  // No types would read as every relation.
  if (opts.types.length === 0) throw new Error('tieSteps: no tie types');
  const types = relationTypeAlternation(opts.types);
  const step = opts.at === 'start' ? `<-[:${types}]-` : `-[:${types}]->`;
  return opts.condition ? `(()${step}(${opts.node}) WHERE ${opts.condition(opts.node)})${BOUND}` : `${step}${BOUND}`;
}
