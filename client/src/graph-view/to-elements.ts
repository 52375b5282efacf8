// Contract nodes and edges as Cytoscape element definitions: what the stylesheet reads from `data`.
import type { ElementDefinition, Position } from 'cytoscape';
import type { Graph, GraphEdge, GraphNode } from '@kgx/contract';
import { relationCategory, relationLabel } from '../domain/vocabulary.ts';
import { entityStyle, glyphDataUri } from './entity-style.ts';

export interface NodeElementData {
  id: string;
  type: string;
  label: string;
  size: number;
  /** The label's font size: larger for better-connected entities, so their names stay readable when zoomed out. */
  labelSize: number;
  degree: number;
  [key: string]: unknown;
}

export interface EdgeElementData {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  category: string;
  evidenceCount: number;
  [key: string]: unknown;
}

const MIN_NODE_SIZE = 30;
const MAX_NODE_SIZE = 64;

/** Node diameter grows with the square root of its degree, so hubs stand out without swamping the view. */
export function nodeSize(degree: number | undefined): number {
  const size = MIN_NODE_SIZE + 4.5 * Math.sqrt(Math.max(0, degree ?? 0));
  return Math.round(Math.min(MAX_NODE_SIZE, size));
}

const MIN_LABEL_SIZE = 12;
const MAX_LABEL_SIZE = 20;

/**
 * A label's font size grows with the log of the entity's degree: Cytoscape drops a label drawn smaller than 7 px, so
 * at the zoom that fits a 25-entity overview (about 0.5) the names of the connected entities still show, hubs first,
 * and the leaves' come back as one zooms in.
 */
export function labelSize(degree: number | undefined): number {
  const size = MIN_LABEL_SIZE + 2 * Math.log2(1 + Math.max(0, degree ?? 0));
  return Math.round(Math.min(MAX_LABEL_SIZE, size));
}

/** The look of each type, computed once per type: the stylesheet reads it from the element's data. */
const typeLooks = new Map<string, { colour: string; ink: string; shape: string; glyph: string }>();

function typeLook(type: string) {
  let look = typeLooks.get(type);
  if (look === undefined) {
    const style = entityStyle(type);
    look = { colour: style.colour, ink: style.ink, shape: style.shape, glyph: glyphDataUri(type) };
    typeLooks.set(type, look);
  }
  return look;
}

export function toNodeData(node: GraphNode): NodeElementData {
  return {
    id: node.id,
    type: node.type,
    label: node.name,
    size: nodeSize(node.degree),
    labelSize: labelSize(node.degree),
    degree: node.degree ?? 0,
    ...typeLook(node.type),
  };
}

export function toEdgeData(edge: GraphEdge): EdgeElementData {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    label: relationLabel(edge.type),
    category: relationCategory(edge.type),
    evidenceCount: edge.evidence.length,
  };
}

export function toNodeElement(node: GraphNode, position?: Position): ElementDefinition {
  return { group: 'nodes', data: toNodeData(node), ...(position ? { position: { ...position } } : {}) };
}

export function toEdgeElement(edge: GraphEdge): ElementDefinition {
  return { group: 'edges', data: toEdgeData(edge) };
}

/** All of a graph's elements; edges whose ends are not in the graph are left out (Cytoscape would refuse them). */
export function toCytoscapeElements(graph: Graph): ElementDefinition[] {
  const ids = new Set(graph.nodes.map((n) => n.id));
  return [
    ...graph.nodes.map((node) => toNodeElement(node)),
    ...graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map(toEdgeElement),
  ];
}
