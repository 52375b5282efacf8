// The console's write checks: what an EXPLAIN plan says a query would do, and how a refusal by the database is reported.
import { CypherError, WriteForbiddenError } from '../errors.ts';
import { classifyDriverError, driverErrorCode } from './driver-errors.ts';

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
/**
 * The plan operators of a graph read: scans and seeks, traversals, and what shapes rows. A query whose plan holds any
 * other operator is refused, so what Neo4j adds later (and the administration commands: SHOW TRANSACTIONS,
 * TERMINATE TRANSACTIONS, SHOW SETTINGS, SHOW USERS...) is out until it is put here. Names as EXPLAIN reports them,
 * without their runtime suffix (`@neo4j`) or mode (`Expand(All)`).
 */
const GRAPH_READ_OPERATORS = new Set([
  // Where a read starts: nodes and relationships by scan, id or index, and counts from the count store.
  'AllNodesScan',
  'NodeByLabelScan',
  'IntersectionNodeByLabelsScan',
  'UnionNodeByLabelsScan',
  'SubtractionNodeByLabelsScan',
  'NodeByIdSeek',
  'NodeByElementIdSeek',
  'NodeIndexSeek',
  'NodeIndexSeekByRange',
  'NodeUniqueIndexSeek',
  'NodeUniqueIndexSeekByRange',
  'NodeIndexScan',
  'NodeIndexContainsScan',
  'NodeIndexEndsWithScan',
  'MultiNodeIndexSeek',
  'AssertingMultiNodeIndexSeek',
  'NodeCountFromCountStore',
  'RelationshipCountFromCountStore',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
  'DirectedUnionRelationshipTypesScan',
  'UndirectedUnionRelationshipTypesScan',
  'DirectedRelationshipByIdSeek',
  'UndirectedRelationshipByIdSeek',
  'DirectedRelationshipByElementIdSeek',
  'UndirectedRelationshipByElementIdSeek',
  'DirectedRelationshipIndexSeek',
  'UndirectedRelationshipIndexSeek',
  'DirectedRelationshipIndexSeekByRange',
  'UndirectedRelationshipIndexSeekByRange',
  'DirectedRelationshipUniqueIndexSeek',
  'UndirectedRelationshipUniqueIndexSeek',
  'DirectedRelationshipUniqueIndexSeekByRange',
  'UndirectedRelationshipUniqueIndexSeekByRange',
  'DirectedRelationshipIndexScan',
  'UndirectedRelationshipIndexScan',
  'DirectedRelationshipIndexContainsScan',
  'UndirectedRelationshipIndexContainsScan',
  'DirectedRelationshipIndexEndsWithScan',
  'UndirectedRelationshipIndexEndsWithScan',
  'Argument',
  // Traversals and joins.
  'Expand',
  'OptionalExpand',
  'VarLengthExpand',
  'BFSPruningVarExpand',
  'ShortestPath',
  'StatefulShortestPath',
  'Repeat',
  'ProjectEndpoints',
  'TriadicSelection',
  'TriadicBuild',
  'TriadicFilter',
  'NodeHashJoin',
  'ValueHashJoin',
  'NodeLeftOuterHashJoin',
  'NodeRightOuterHashJoin',
  'AssertSameNode',
  'AssertSameRelationship',
  'CartesianProduct',
  // Rows: filtering, projecting, ordering, grouping, subqueries that read.
  'ProduceResults',
  'Projection',
  'Filter',
  'CacheProperties',
  'Limit',
  'ExhaustiveLimit',
  'Skip',
  'Sort',
  'PartialSort',
  'Top',
  'PartialTop',
  'Distinct',
  'OrderedDistinct',
  'EagerAggregation',
  'OrderedAggregation',
  'Unwind',
  'Eager',
  'EmptyResult',
  'Optional',
  'Union',
  'OrderedUnion',
  'Apply',
  'SemiApply',
  'AntiSemiApply',
  'LetSemiApply',
  'LetAntiSemiApply',
  'SelectOrSemiApply',
  'SelectOrAntiSemiApply',
  'LetSelectOrSemiApply',
  'LetSelectOrAntiSemiApply',
  'ConditionalApply',
  'AntiConditionalApply',
  'RollUpApply',
  'Anti',
  'NullifyMetadata',
  // Checked on its own: only the read-only procedures above.
  'ProcedureCall',
]);
/** Codes with which the server refuses a write in a read transaction or for lack of privilege. */
const WRITE_REFUSED_CODES = new Set(['Neo.ClientError.Statement.AccessMode', 'Neo.ClientError.Security.Forbidden']);

/** One operator of an EXPLAIN plan, as the driver's `Plan` has it. */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: readonly PlanNode[];
}

/** What EXPLAIN reports about a query: its type ('r', 'rw', 'w' or 's') and its plan, `false` when there is none. */
export interface PlannedQuery {
  queryType: string;
  plan: PlanNode | false;
}

function* walkPlan(plan: PlanNode): Generator<PlanNode> {
  yield plan;
  for (const child of plan.children) yield* walkPlan(child);
}

function operatorName(op: PlanNode): string {
  // Operator names carry a runtime suffix and some a mode: "ProcedureCall@neo4j", "Expand(All)@neo4j".
  return (op.operatorType.split('@')[0] ?? op.operatorType).split('(')[0]?.trim() ?? op.operatorType;
}

/** The lower-cased name of the procedure a ProcedureCall operator calls, from its "name(args) :: ..." details. */
function procedureName(op: PlanNode): string {
  const details = op.arguments['Details'] ?? op.arguments['Signature'] ?? '';
  const text = typeof details === 'string' ? details : String(details);
  return (/^([\w.]+)\s*\(/.exec(text)?.[1] ?? text).toLowerCase();
}

/** Reasons a planned query may not run in the console; empty when it only reads. */
export function writeReasons(summary: PlannedQuery): string[] {
  const reasons: string[] = [];
  if (summary.queryType !== 'r') {
    const kind = summary.queryType === 's' ? 'changes the schema' : 'writes to the graph';
    reasons.push(`the query ${kind} (query type '${summary.queryType}'); the console is read-only`);
  }
  if (summary.plan === false) {
    if (reasons.length === 0) reasons.push('the query has no plan to check; the console runs reads of the graph only');
    return reasons;
  }
  const refused = new Set<string>();
  for (const op of walkPlan(summary.plan)) {
    const name = operatorName(op);
    if (!GRAPH_READ_OPERATORS.has(name) && !refused.has(name)) {
      refused.add(name);
      reasons.push(`${name} is not allowed in the console: it runs reads of the graph only`);
    }
    if (name === 'ProcedureCall') {
      const procedure = procedureName(op);
      if (!READ_ONLY_PROCEDURES.has(procedure)) reasons.push(`procedure '${procedure}' is not allowed in the console`);
    }
  }
  return reasons;
}

/**
 * A console query's failure as the API reports it: outages and timeouts as everywhere, a write the database refused
 * as 403 WRITE_FORBIDDEN, any other client error (syntax, unknown procedure, ...) as 400 CYPHER_ERROR with its code.
 */
export function toConsoleError(error: unknown): unknown {
  const classified = classifyDriverError(error);
  if (classified !== error) return classified;
  const code = driverErrorCode(error);
  if (code !== undefined && WRITE_REFUSED_CODES.has(code)) {
    return new WriteForbiddenError('the console is read-only: the database refused a write');
  }
  if (code?.startsWith('Neo.ClientError.')) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    return new CypherError(`the query failed: ${message}`, code);
  }
  return error;
}
