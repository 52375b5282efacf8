// Turns driver values (Integers, Nodes, Relationships, Paths) into the contract's plain objects at the graph layer's edge.
import { z } from 'zod';
import neo4j, { type Node, type Relationship, type Path as DriverPath } from 'neo4j-driver';
import {
  EdgeTypeSchema,
  ENTITY_TYPE_PATTERN,
  SourceCellsSchema,
  type Evidence,
  type GraphEdge,
  type GraphNode,
  type NodeType,
} from '@kgx/contract';

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function num(value: unknown): number | undefined {
  if (neo4j.isInt(value)) return value.toNumber();
  return typeof value === 'number' ? value : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A document's type is `Document`; an entity's is its label beside `Entity`. Anything else is not one of ours. */
export function nodeTypeOf(labels: readonly string[]): NodeType | undefined {
  if (labels.includes('Document')) return 'Document';
  if (!labels.includes('Entity')) return undefined;
  return labels.find((l) => l !== 'Entity' && ENTITY_TYPE_PATTERN.test(l)) ?? 'Entity';
}

/** Whether a driver Node is one of ours (an entity or a document), as opposed to anything else a console query returns. */
export function isGraphNode(node: Node): boolean {
  return nodeTypeOf(node.labels) !== undefined && typeof node.properties['id'] === 'string';
}

function optionalStrings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? strings(value) : undefined;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function toGraphNode(node: Node): GraphNode {
  const p = node.properties as Record<string, unknown>;
  const type = nodeTypeOf(node.labels) ?? 'Document';
  return dropUndefined({
    id: str(p['id']) ?? node.elementId,
    type,
    name: str(p['name']) ?? str(p['title']) ?? str(p['id']) ?? node.elementId,
    aliases: strings(p['aliases']),
    description: str(p['description']),
    startDate: str(p['startDate']) ?? (type === 'Document' ? str(p['date']) : undefined),
    endDate: str(p['endDate']),
    latitude: num(p['latitude']),
    longitude: num(p['longitude']),
    degree: num(p['degree']),
    datasets: optionalStrings(p['datasets']),
  });
}

/** Where a record came from, stored as JSON in `evidenceRecords` beside the other evidence lists. */
const StoredRecordSchema = z.object({
  file: z.string().optional(),
  row: z.number().int().optional(),
  sourceUrl: z.string().optional(),
  publisher: z.string().optional(),
  record: SourceCellsSchema,
});

function recordOf(json: string | undefined): z.infer<typeof StoredRecordSchema> | undefined {
  if (json === undefined || json === '') return undefined;
  try {
    const parsed = StoredRecordSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Evidence is kept as parallel lists; an entry with a stored record is a record, the others quote a document. */
export function evidenceOf(props: Record<string, unknown>): Evidence[] {
  const documents = strings(props['evidenceDocumentIds']);
  const quotes = strings(props['evidenceQuotes']);
  const dates = strings(props['evidenceDates']);
  const datasets = strings(props['evidenceDatasetIds']);
  const records = strings(props['evidenceRecords']);
  return documents.map((documentId, i) => {
    const record = recordOf(records[i]);
    const date = str(dates[i]);
    if (record !== undefined) return dropUndefined({ datasetId: datasets[i] ?? '', ...record, date });
    return dropUndefined({ documentId, quote: quotes[i] ?? '', date, datasetId: str(datasets[i]) });
  });
}

/** `source`/`target` are our entity ids; the caller supplies them since a bare Relationship only knows element ids. */
export function toGraphEdge(rel: Relationship, source: string, target: string): GraphEdge {
  const p = rel.properties as Record<string, unknown>;
  const type = EdgeTypeSchema.safeParse(rel.type);
  return dropUndefined({
    id: str(p['id']) ?? rel.elementId,
    type: type.success ? type.data : 'MENTIONS',
    source,
    target,
    detail: str(p['detail']),
    role: str(p['role']),
    startDate: str(p['startDate']),
    endDate: str(p['endDate']),
    dateFrom: str(p['dateFrom']),
    dateTo: str(p['dateTo']),
    datasets: optionalStrings(p['datasets']),
    evidence: evidenceOf(p),
  });
}

/** Converts a path into ordered node and edge lists, keeping each edge's true direction. */
export function pathParts(path: DriverPath): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const idByElement = new Map<string, string>();
  const nodes: GraphNode[] = [toGraphNode(path.start)];
  idByElement.set(path.start.elementId, nodes[0]!.id);
  for (const segment of path.segments) {
    const end = toGraphNode(segment.end);
    idByElement.set(segment.end.elementId, end.id);
    nodes.push(end);
  }
  const edges = path.segments.map((segment) => {
    const rel = segment.relationship;
    const source = idByElement.get(rel.startNodeElementId) ?? rel.startNodeElementId;
    const target = idByElement.get(rel.endNodeElementId) ?? rel.endNodeElementId;
    return toGraphEdge(rel, source, target);
  });
  return { nodes, edges };
}

/** Any driver value as JSON: Integers become numbers (or strings past 2^53), temporal values ISO strings. */
export function toPlainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (neo4j.isNode(value)) return toGraphNode(value);
  if (neo4j.isPath(value)) return pathParts(value);
  if (neo4j.isRelationship(value)) return { type: value.type, elementId: value.elementId, properties: toPlainValue(value.properties) };
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  ) {
    return value.toString();
  }
  if (Array.isArray(value)) return value.map(toPlainValue);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlainValue(v)]));
  return value;
}
