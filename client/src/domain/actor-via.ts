// How a who-did-what row says through whom an organ or member stands for the entity asked about: "organ of Azerbaijan".
import { ACTOR_TIE_TYPES, type ActorVia, type GraphEdge, type GraphNode } from '@kgx/contract';
import { relationLabel } from './vocabulary.ts';

/** The ties in the vocabulary's words, from the row's entity to the one asked about: "organ of Government of X, organ of X". */
export function describeVia(via: ActorVia): string {
  return via.map((tie) => `${relationLabel(tie.relation.type)} ${tie.to.name}`).join(', ');
}

/** What a row found through ties brings onto the canvas besides its triple: the ties and the entities they lead to. */
export function viaGraph(vias: readonly (ActorVia | undefined)[]): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const ties = vias.flatMap((via) => via ?? []);
  return { nodes: ties.map((tie) => tie.to), edges: ties.map((tie) => tie.relation) };
}

/** Whether a relation is a tie of an organ or member to what it acts for: a path's organ step reads as such. */
export function isActorTie(edge: Pick<GraphEdge, 'type'>): boolean {
  return (ACTOR_TIE_TYPES as readonly string[]).includes(edge.type);
}
