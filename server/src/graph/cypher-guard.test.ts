import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { CypherError, DatabaseUnavailableError, QueryTimeoutError, WriteForbiddenError } from '../errors.ts';
import { toConsoleError, writeReasons, type PlanNode } from './cypher-guard.ts';

function op(operatorType: string, children: PlanNode[] = [], args: Record<string, unknown> = {}): PlanNode {
  return { operatorType, arguments: args, children };
}

/** A read plan with a procedure call in it, shaped as Neo4j 5 reports `CALL name() YIELD ... RETURN ...`. */
function procedurePlan(details: string): PlanNode {
  return op('ProduceResults@neo4j', [op('ProcedureCall@neo4j', [], { Details: details })]);
}

const readPlan = op('ProduceResults@neo4j', [op('Projection@neo4j', [op('NodeByLabelScan@neo4j')])]);

describe('writeReasons', () => {
  it('has nothing against a read query', () => {
    expect(writeReasons({ queryType: 'r', plan: readPlan })).toEqual([]);
    const traversal = op('ProduceResults@neo4j', [op('Expand(All)@neo4j', [op('NodeIndexSeek@neo4j')])]);
    expect(writeReasons({ queryType: 'r', plan: traversal })).toEqual([]);
  });

  it('refuses a read without a plan: what it does cannot be checked', () => {
    expect(writeReasons({ queryType: 'r', plan: false })).toEqual([expect.stringContaining('no plan')]);
  });

  it.each(['ShowTransactions', 'TerminateTransactions', 'ShowSettings', 'ShowUsers', 'TransactionApply', 'SomethingNeo4jAddsLater'])(
    'refuses any operator not on the list of graph reads (%s), even in a read query',
    (name) => {
      const plan = op('ProduceResults@neo4j', [op(`${name}@neo4j`)]);
      expect(writeReasons({ queryType: 'r', plan })).toEqual([expect.stringContaining(name)]);
    },
  );

  it.each(['w', 'rw'])('refuses a query of type %s as a write to the graph', (queryType) => {
    const reasons = writeReasons({ queryType, plan: readPlan });
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toContain('writes to the graph');
  });

  it('refuses a schema command, with or without a plan', () => {
    expect(writeReasons({ queryType: 's', plan: false })).toEqual([expect.stringContaining('changes the schema')]);
    expect(writeReasons({ queryType: 's', plan: op('CreateIndex@neo4j') })).toEqual([
      expect.stringContaining('changes the schema'),
      expect.stringContaining('CreateIndex is not allowed'),
    ]);
  });

  it('refuses LOAD CSV even though the query type says read, wherever it sits in the plan', () => {
    const plan = op('ProduceResults@neo4j', [op('Projection@neo4j', [op('LoadCSV@neo4j', [op('Argument@neo4j')])])]);
    expect(writeReasons({ queryType: 'r', plan })).toEqual([expect.stringContaining('LoadCSV')]);
  });

  it.each([
    'db.labels() :: (label :: STRING)',
    'db.schema.visualization() :: (nodes :: LIST<NODE>, relationships :: LIST<RELATIONSHIP>)',
    'db.index.fulltext.queryNodes($index, $q) :: (node :: NODE, score :: FLOAT)',
    'dbms.components() :: (name :: STRING, versions :: LIST<STRING>, edition :: STRING)',
  ])('allows the read-only procedure in %s', (details) => {
    expect(writeReasons({ queryType: 'r', plan: procedurePlan(details) })).toEqual([]);
  });

  it('reads the procedure name from the Signature argument when there are no Details', () => {
    const plan = op('ProcedureCall@neo4j', [], { Signature: 'db.propertyKeys() :: (propertyKey :: STRING)' });
    expect(writeReasons({ queryType: 'r', plan })).toEqual([]);
  });

  it.each([
    ['db.createLabel', "db.createLabel('Intruder')"],
    ['dbms.listconfig', 'dbms.listConfig($search) :: (name :: STRING, value :: STRING)'],
    ['apoc.load.json', "apoc.load.json('http://example.org') :: (value :: MAP)"],
  ])('refuses the procedure %s, naming it, even when the query type says read', (name, details) => {
    expect(writeReasons({ queryType: 'r', plan: procedurePlan(details) })).toEqual([
      `procedure '${name.toLowerCase()}' is not allowed in the console`,
    ]);
  });

  it('refuses a procedure call whose name cannot be read', () => {
    expect(writeReasons({ queryType: 'r', plan: op('ProcedureCall@neo4j') })).toHaveLength(1);
  });

  it('lists every reason at once', () => {
    const plan = op('ProduceResults@neo4j', [op('LoadCSV@neo4j'), op('ProcedureCall@neo4j', [], { Details: "db.createProperty('x')" })]);
    expect(writeReasons({ queryType: 'w', plan })).toHaveLength(3);
  });
});

function driverError(code: string, message = 'the server said no'): Neo4jError {
  return new Neo4jError(message, code, '50N42', 'error: general processing exception - unexpected error');
}

describe('toConsoleError', () => {
  it.each(['Neo.ClientError.Statement.AccessMode', 'Neo.ClientError.Security.Forbidden'])(
    'reports a write the database refused (%s) as 403 WRITE_FORBIDDEN',
    (code) => {
      const error = toConsoleError(driverError(code));
      expect(error).toBeInstanceOf(WriteForbiddenError);
      expect(error).toMatchObject({ code: 'WRITE_FORBIDDEN', status: 403 });
    },
  );

  it('reports any other client error as 400 CYPHER_ERROR with the first line of the message and the code in its details', () => {
    const error = toConsoleError(driverError('Neo.ClientError.Statement.SyntaxError', 'Invalid input ...\n"MATCH (n RETURN n"\n ^'));
    expect(error).toBeInstanceOf(CypherError);
    expect(error).toMatchObject({
      code: 'CYPHER_ERROR',
      status: 400,
      details: [{ parameter: 'query', reason: 'Neo.ClientError.Statement.SyntaxError' }],
    });
    expect((error as CypherError).message).not.toContain('\n');
  });

  it('classifies outages and timeouts as every other query does', () => {
    expect(toConsoleError(driverError('ServiceUnavailable'))).toBeInstanceOf(DatabaseUnavailableError);
    expect(toConsoleError(driverError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'))).toBeInstanceOf(
      QueryTimeoutError,
    );
  });

  it('leaves server-side failures and errors without a code for the 500 handler', () => {
    const database = driverError('Neo.DatabaseError.General.UnknownError');
    expect(toConsoleError(database)).toBe(database);
    const plain = new Error('boom');
    expect(toConsoleError(plain)).toBe(plain);
  });

  it('passes its own refusals through', () => {
    const refusal = new WriteForbiddenError('the query writes to the graph');
    expect(toConsoleError(refusal)).toBe(refusal);
  });
});
