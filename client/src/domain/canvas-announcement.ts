// What the canvas says aloud as the keyboard moves over it: the entity or relation in focus, where it stands among the
// others, and what became of a key that could not do what it asks.
import { isQuoteEvidence, type GraphEdge, type GraphNode } from '@kgx/contract';
import { countOf } from './counts.ts';
import { formatRelationDate } from './partial-date.ts';
import { relationLabel } from './vocabulary.ts';

export const EMPTY_CANVAS_ANNOUNCEMENT = 'The canvas is empty. Press slash to search for an entity to put on it.';

/** An entity type in words: "PublicBody" reads "Public body". */
export function typeInWords(type: string): string {
  const words = type.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
  return words.charAt(0) + words.slice(1).toLowerCase();
}

/** Who did what to whom, from source to target: "Azerbaijani Armed Forces detained Ruben Vardanyan". */
export function relationSentence(edge: Pick<GraphEdge, 'type'>, names: { source: string; target: string }): string {
  return `${names.source} ${relationLabel(edge.type)} ${names.target}`;
}

/** What a relation rests on, counted: "1 quote", "2 quotes and 1 record", "no evidence". */
export function evidenceInWords(evidence: GraphEdge['evidence']): string {
  const quotes = evidence.filter(isQuoteEvidence).length;
  const records = evidence.length - quotes;
  if (quotes === 0 && records === 0) return 'no evidence';
  return [quotes > 0 ? countOf(quotes, 'quote') : '', records > 0 ? countOf(records, 'record') : ''].filter(Boolean).join(' and ');
}

export interface EntityFocusFacts {
  entity: Pick<GraphNode, 'name' | 'type' | 'degree'>;
  /** Its relations shown on the canvas. */
  relations: number;
  /** Where it stands among the entities shown, from 0, and how many are shown. */
  index: number;
  total: number;
  selected: boolean;
  pinned: boolean;
  /** The arrow found no relation to follow and led to the nearest entity instead. */
  unrelated?: boolean;
}

/** "Ruben Vardanyan, Person, 3 of 7 relations shown, selected; 1 of 12 on the canvas". */
export function describeEntityFocus(facts: EntityFocusFacts): string {
  const { entity, relations } = facts;
  const inGraph = entity.degree ?? 0;
  const related = inGraph > relations ? `${relations} of ${countOf(inGraph, 'relation')} shown` : countOf(relations, 'relation');
  const states = [facts.selected ? 'selected' : '', facts.pinned ? 'pinned' : ''].filter(Boolean);
  const parts = [entity.name, typeInWords(entity.type), related, ...states];
  const said = `${parts.join(', ')}; ${facts.index + 1} of ${facts.total} on the canvas`;
  return facts.unrelated ? `No relation to follow; nearest entity: ${said}` : said;
}

export interface RelationFocusFacts {
  edge: GraphEdge;
  sourceName: string;
  targetName: string;
  /** The entity whose relations the brackets step round, where this one stands among them (from 0), and how many. */
  anchorName: string;
  index: number;
  total: number;
  selected: boolean;
}

/** "Relation: Azerbaijani Armed Forces detained Ruben Vardanyan, 28 September 2023, 1 quote; 2 of 7 relations of Ruben Vardanyan". */
export function describeRelationFocus(facts: RelationFocusFacts): string {
  const sentence = relationSentence(facts.edge, { source: facts.sourceName, target: facts.targetName });
  const dates = formatRelationDate(facts.edge);
  const parts = [sentence, dates, evidenceInWords(facts.edge.evidence), facts.selected ? 'selected' : ''].filter(Boolean);
  return `Relation: ${parts.join(', ')}; ${facts.index + 1} of ${countOf(facts.total, 'relation')} of ${facts.anchorName}`;
}

export function describeSelected(what: { entityName: string } | { relation: string }): string {
  return 'entityName' in what ? `Selected ${what.entityName}.` : `Selected the relation: ${what.relation}.`;
}

export const RELATION_DOES_NOT_EXPAND = 'A relation does not expand; the arrow keys lead to its ends.';

export function describeNoQuote(what: { entityName: string } | { relation: string }): string {
  return 'entityName' in what
    ? `No quote to open among the relations of ${what.entityName} shown.`
    : `No quote to open for this relation; its records are in the details.`;
}
