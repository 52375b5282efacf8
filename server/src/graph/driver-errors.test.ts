import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { AppError, DatabaseUnavailableError, NotFoundError, QueryMemoryError, QueryTerminatedError, QueryTimeoutError } from '../errors.ts';
import { classifyDriverError, driverErrorCode } from './driver-errors.ts';

function driverError(code: string, message = 'the server said no'): Neo4jError {
  return new Neo4jError(message, code, '50N42', 'error: general processing exception - unexpected error');
}

describe('classifyDriverError', () => {
  it.each([
    'ServiceUnavailable',
    'SessionExpired',
    'Neo.TransientError.General.DatabaseUnavailable',
    'Neo.ClientError.Database.DatabaseNotFound',
  ])('turns %s into 503 DATABASE_UNAVAILABLE, keeping the driver error as its cause', (code) => {
    const original = driverError(code);
    const classified = classifyDriverError(original);
    expect(classified).toBeInstanceOf(DatabaseUnavailableError);
    expect(classified).toMatchObject({ code: 'DATABASE_UNAVAILABLE', status: 503, cause: original });
  });

  it.each([
    'Neo.TransientError.General.OutOfMemoryError',
    'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
    'Neo.ClientError.General.TransactionOutOfMemoryError',
  ])('turns %s into 400 QUERY_MEMORY_LIMIT: the query is too big, the database is fine (out of heap answered 503)', (code) => {
    const classified = classifyDriverError(driverError(code));
    expect(classified).toBeInstanceOf(QueryMemoryError);
    expect(classified).toMatchObject({ code: 'QUERY_MEMORY_LIMIT', status: 400 });
  });

  it.each([
    'Neo.TransientError.Transaction.Terminated',
    'Neo.ClientError.Transaction.Terminated',
    'Neo.TransientError.Transaction.LockClientStopped',
  ])('turns %s into 503 QUERY_TERMINATED: ended by someone else, not too slow (it answered 504 "took too long")', (code) => {
    const classified = classifyDriverError(driverError(code));
    expect(classified).toBeInstanceOf(QueryTerminatedError);
    expect(classified).toMatchObject({ code: 'QUERY_TERMINATED', status: 503 });
  });

  it.each(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'])(
    'turns %s into 504 QUERY_TIMEOUT',
    (code) => {
      const classified = classifyDriverError(driverError(code));
      expect(classified).toBeInstanceOf(QueryTimeoutError);
      expect(classified).toMatchObject({ code: 'QUERY_TIMEOUT', status: 504 });
    },
  );

  it('classifies by the code, never by the message', () => {
    const misleading = driverError('Neo.ClientError.Statement.SyntaxError', 'ServiceUnavailable: transaction timed out');
    expect(classifyDriverError(misleading)).toBe(misleading);
    expect(classifyDriverError(new Error('ServiceUnavailable'))).toBeInstanceOf(Error);
    expect(classifyDriverError(new Error('ServiceUnavailable'))).not.toBeInstanceOf(AppError);
  });

  it('passes AppErrors through unchanged', () => {
    const notFound = new NotFoundError('ENTITY_NOT_FOUND', "paths: no entity with id 'person:x'");
    expect(classifyDriverError(notFound)).toBe(notFound);
  });

  it('returns anything it does not know as it came, for the caller to report', () => {
    const other = driverError('Neo.ClientError.Statement.SyntaxError');
    expect(classifyDriverError(other)).toBe(other);
    expect(classifyDriverError('a string')).toBe('a string');
    expect(classifyDriverError(null)).toBeNull();
  });
});

describe('driverErrorCode', () => {
  it('reads the code of a driver error or of any object carrying one', () => {
    expect(driverErrorCode(driverError('Neo.ClientError.Statement.SyntaxError'))).toBe('Neo.ClientError.Statement.SyntaxError');
    expect(driverErrorCode({ code: 'ServiceUnavailable' })).toBe('ServiceUnavailable');
  });

  it('is undefined for errors without a code, a non-string code or no object at all', () => {
    expect(driverErrorCode(new Error('x'))).toBeUndefined();
    expect(driverErrorCode({ code: 42 })).toBeUndefined();
    expect(driverErrorCode({ code: '' })).toBeUndefined();
    expect(driverErrorCode(undefined)).toBeUndefined();
  });
});
