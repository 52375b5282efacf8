// The read-only console: plans a query first and refuses anything that could write, then runs it in a read transaction with a row cap.
import neo4j, { type Node, type Path as DriverPath, type Relationship } from 'neo4j-driver';
import type { CypherResponse, GraphEdge, GraphNode } from '@kgx/contract';
import { ResultTooLargeError, WriteForbiddenError } from '../errors.ts';
import type { GraphClient } from './client.ts';
import { toConsoleError, writeReasons } from './cypher-guard.ts';
import { isGraphNode, pathParts, toGraphEdge, toGraphNode, toPlainValue } from './records.ts';

export { writeReasons };

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
  request: { query: string; params: Record<string, unknown>; maxRows: number; maxBytes: number; timeoutMs: number },
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
        let bytes = 0;
        for await (const record of result) {
          if (rows.length === 0) columns = [...record.keys].map(String);
          if (rows.length >= request.maxRows) {
            truncated = true;
            break;
          }
          const values = columns.map((c) => record.get(c) as unknown);
          const row = values.map(toPlainValue);
          // Counted as it streams: a huge answer stops here, before it is built, sent, and drawn.
          bytes += JSON.stringify(row).length;
          if (bytes > request.maxBytes) {
            throw new ResultTooLargeError(
              `the answer grew past ${request.maxBytes.toLocaleString('en')} bytes at row ${rows.length + 1}; return less (LIMIT, fewer or smaller values)`,
            );
          }
          values.forEach((v) => collector.add(v));
          rows.push(row);
        }
        if (rows.length === 0) columns = [...(await result.keys())].map(String);
        return { columns, rows, graph: collector.build(), truncated };
      },
      { timeoutMs: request.timeoutMs },
    );
  } catch (error) {
    throw toConsoleError(error);
  }
}
