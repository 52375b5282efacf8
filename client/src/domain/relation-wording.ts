// Reads a relation aloud from either end, in the vocabulary's words: "detained" one way, "detained by" the other.
import { MENTIONS, RELATIONS, type EdgeType, type GraphEdge, type RelationCategory, type RelationType } from '@kgx/contract';

export type Direction = 'outgoing' | 'incoming';

export interface RelationReading {
  /** The words that go between the perspective entity and the other end. */
  wording: string;
  direction: Direction;
  /** The entity at the other end of the relation. */
  otherId: string;
}

export function isRelationType(type: string): type is RelationType {
  return Object.hasOwn(RELATIONS, type);
}

/** How a relation type reads from source to target ("detained"); documents' mentions read "mentions". */
export function relationLabel(type: EdgeType | string): string {
  if (isRelationType(type)) return RELATIONS[type].label;
  if (type === MENTIONS) return 'mentions';
  return type.toLowerCase().replaceAll('_', ' ');
}

/** How a relation type reads from target back to source ("detained by"). */
export function relationInverseLabel(type: EdgeType | string): string {
  if (isRelationType(type)) return RELATIONS[type].inverse;
  if (type === MENTIONS) return 'mentioned in';
  return `${relationLabel(type)} (reversed)`;
}

export function relationCategory(type: EdgeType | string): RelationCategory | 'mention' {
  return isRelationType(type) ? RELATIONS[type].category : 'mention';
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
