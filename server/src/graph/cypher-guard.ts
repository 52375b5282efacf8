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
const FORBIDDEN_OPERATORS = new Set(['LoadCSV']);
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
  // Operator names carry a runtime suffix, e.g. "ProcedureCall@neo4j".
  return op.operatorType.split('@')[0] ?? op.operatorType;
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
  if (summary.plan === false) return reasons;
  for (const op of walkPlan(summary.plan)) {
    const name = operatorName(op);
    if (FORBIDDEN_OPERATORS.has(name)) reasons.push(`${name} is not allowed in the console`);
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
