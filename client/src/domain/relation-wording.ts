// Reads a relation aloud from either end, in the vocabulary's words: "detained" one way, "detained by" the other.
import type { GraphEdge } from '@kgx/contract';
import { relationInverseLabel, relationLabel } from './vocabulary.ts';

export type Direction = 'outgoing' | 'incoming';

export interface RelationReading {
  /** The words that go between the perspective entity and the other end. */
  wording: string;
  direction: Direction;
  /** The entity at the other end of the relation. */
  otherId: string;
}

/** Reads an edge from the point of view of one of its ends. */
export function readRelationFrom(edge: Pick<GraphEdge, 'type' | 'source' | 'target'>, perspectiveId: string): RelationReading {
  if (edge.source === perspectiveId) {
    return { wording: relationLabel(edge.type), direction: 'outgoing', otherId: edge.target };
  }
  return { wording: relationInverseLabel(edge.type), direction: 'incoming', otherId: edge.source };
}

/** A stable key that groups relations the same way round: "DETAINED:incoming". */
export function relationGroupKey(edge: Pick<GraphEdge, 'type' | 'source' | 'target'>, perspectiveId: string): string {
  return `${edge.type}:${readRelationFrom(edge, perspectiveId).direction}`;
}
