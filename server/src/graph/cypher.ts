// The read-only console: plans a query first and refuses anything that could write, then runs it in a read transaction with a row cap.
import neo4j, { type Node, type Path as DriverPath, type Relationship, type ResultSummary } from 'neo4j-driver';
import type { CypherResponse, GraphEdge, GraphNode } from '@kgx/contract';
import { CypherError, WriteForbiddenError } from '../errors.ts';
import { classifyDriverError, type GraphClient } from './client.ts';
import { isGraphNode, pathParts, toGraphEdge, toGraphNode, toPlainValue } from './records.ts';

/** Procedures that only read the catalogue or the graph; every other procedure call is refused. */
const READ_ONLY_PROCEDURES = new Set([
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
  'db.index.fulltext.listavailableanalyzers',
  'dbms.components',
]);
const FORBIDDEN_OPERATORS = new Set(['LoadCSV']);

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function* walkPlan(plan: PlanNode): Generator<PlanNode> {
  yield plan;
  for (const child of plan.children) yield* walkPlan(child);
}

function operatorName(op: PlanNode): string {
  // Operator names carry a runtime suffix, e.g. "ProcedureCall@neo4j".
  return op.operatorType.split('@')[0] ?? op.operatorType;
}

/** Reasons a planned query may not run in the console; empty when it only reads. */
export function writeReasons(summary: Pick<ResultSummary, 'queryType' | 'plan'>): string[] {
  const reasons: string[] = [];
  if (summary.queryType !== 'r') {
    const kind = summary.queryType === 's' ? 'changes the schema' : 'writes to the graph';
    reasons.push(`the query ${kind} (query type '${summary.queryType}'); the console is read-only`);
  }
  if (summary.plan === false) return reasons;
  for (const op of walkPlan(summary.plan as unknown as PlanNode)) {
    const name = operatorName(op);
    if (FORBIDDEN_OPERATORS.has(name)) reasons.push(`${name} is not allowed in the console`);
    if (name === 'ProcedureCall') {
      const details = String(op.arguments['Details'] ?? op.arguments['Signature'] ?? '');
      const procedure = /^([\w.]+)\s*\(/.exec(details)?.[1]?.toLowerCase() ?? details;
      if (!READ_ONLY_PROCEDURES.has(procedure)) reasons.push(`procedure '${procedure}' is not allowed in the console`);
    }
  }
  return reasons;
}

/** JSON numbers that are whole become Cypher integers, so `LIMIT $n` works with `{ "n": 5 }`. */
function toCypherParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
    return value;
  };
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, convert(v)]));
}

function cypherFailure(error: unknown): unknown {
  const classified = classifyDriverError(error);
  if (classified !== error) return classified;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
  if (code === 'Neo.ClientError.Statement.AccessMode' || code === 'Neo.ClientError.Security.Forbidden') {
    return new WriteForbiddenError('the console is read-only: the database refused a write');
  }
  if (code?.startsWith('Neo.ClientError.')) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    return new CypherError(`the query failed: ${message}`, code);
  }
  return error;
}

/** Collects every node and relationship of ours found anywhere in the rows, for drawing. */
class GraphCollector {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  private readonly pending: Relationship[] = [];
  private readonly idByElement = new Map<string, string>();

  add(value: unknown): void {
    if (value === null || value === undefined) return;
    if (neo4j.isNode(value)) this.addNode(value);
    else if (neo4j.isRelationship(value)) this.pending.push(value);
    else if (neo4j.isPath(value)) this.addPath(value);
    else if (Array.isArray(value)) value.forEach((v) => this.add(v));
    else if (typeof value === 'object' && !neo4j.isInt(value)) Object.values(value).forEach((v) => this.add(v));
  }

  private addNode(node: Node): void {
    if (!isGraphNode(node)) return;
    const graphNode = toGraphNode(node);
    this.nodes.set(graphNode.id, graphNode);
    this.idByElement.set(node.elementId, graphNode.id);
  }

  private addPath(path: DriverPath): void {
    [path.start, ...path.segments.map((s) => s.end)].forEach((n) => this.addNode(n));
    const { edges } = pathParts(path);
    for (const edge of edges) this.edges.set(edge.id, edge);
  }

  /** Relationships are kept only when both their ends were returned too, so the graph never dangles. */
  build(): { nodes: GraphNode[]; edges: GraphEdge[] } {
    for (const rel of this.pending) {
      const source = this.idByElement.get(rel.startNodeElementId);
      const target = this.idByElement.get(rel.endNodeElementId);
      if (source === undefined || target === undefined) continue;
      const edge = toGraphEdge(rel, source, target);
      this.edges.set(edge.id, edge);
    }
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
}

export async function runReadOnlyCypher(
  client: GraphClient,
  request: { query: string; params: Record<string, unknown>; maxRows: number; timeoutMs: number },
): Promise<CypherResponse> {
  const params = toCypherParams(request.params);
  try {
    return await client.read(
      async (tx) => {
        const explained = await tx.run(`EXPLAIN ${request.query}`, params);
        const reasons = writeReasons(explained.summary);
        if (reasons.length > 0) throw new WriteForbiddenError(reasons.join('; '));

        const result = tx.run(request.query, params);
        const rows: unknown[][] = [];
        const collector = new GraphCollector();
        let columns: string[] = [];
        let truncated = false;
        for await (const record of result) {
          if (rows.length === 0) columns = [...record.keys].map(String);
          if (rows.length >= request.maxRows) {
            truncated = true;
            break;
          }
          const values = columns.map((c) => record.get(c) as unknown);
          values.forEach((v) => collector.add(v));
          rows.push(values.map(toPlainValue));
        }
        if (rows.length === 0) columns = [...(await result.keys())].map(String);
        return { columns, rows, graph: collector.build(), truncated };
      },
      { timeoutMs: request.timeoutMs },
    );
  } catch (error) {
    throw cypherFailure(error);
  }
}
