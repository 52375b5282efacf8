// What a Cypher result cell holds, so the console can show nodes as entities, relationships as relations and paths as paths.
import { GraphEdgeSchema, GraphNodeSchema, GraphSchema, type GraphEdge, type GraphNode } from '@kgx/contract';

export type CypherCell =
  | { kind: 'node'; node: GraphNode }
  | { kind: 'edge'; edge: GraphEdge }
  | { kind: 'graph'; nodes: GraphNode[]; edges: GraphEdge[] }
  /** A relationship as the driver gives it (type and properties, no ends): shown by its type. */
  | { kind: 'relationship'; type: string; properties: Record<string, unknown> }
  | { kind: 'list'; items: CypherCell[] }
  | { kind: 'empty' }
  | { kind: 'text'; text: string };

const MAX_TEXT = 300;

function isRelationshipLike(value: object): value is { type: string; properties?: Record<string, unknown> } {
  const record = value as Record<string, unknown>;
  const properties = record['properties'];
  return (
    typeof record['type'] === 'string' &&
    (properties === undefined || (typeof properties === 'object' && properties !== null)) &&
    'elementId' in record
  );
}

export function describeCell(value: unknown): CypherCell {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'number' || typeof value === 'boolean') return { kind: 'text', text: String(value) };
  if (Array.isArray(value)) return { kind: 'list', items: value.map(describeCell) };
  const node = GraphNodeSchema.safeParse(value);
  if (node.success) return { kind: 'node', node: node.data };
  const edge = GraphEdgeSchema.safeParse(value);
  if (edge.success) return { kind: 'edge', edge: edge.data };
  const graph = GraphSchema.safeParse(value);
  if (graph.success) return { kind: 'graph', nodes: graph.data.nodes, edges: graph.data.edges };
  if (isRelationshipLike(value)) return { kind: 'relationship', type: value.type, properties: value.properties ?? {} };
  const text = JSON.stringify(value);
  return { kind: 'text', text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text };
}
