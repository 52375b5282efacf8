// Classifies a failure thrown by neo4j-driver into the API's AppError family, by the driver error's code alone.
import { AppError, DatabaseUnavailableError, QueryMemoryError, QueryTerminatedError, QueryTimeoutError } from '../errors.ts';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);
/** The query, not the database: out of heap, or over the memory one transaction may use. */
const MEMORY_CODES = new Set([
  'Neo.TransientError.General.OutOfMemoryError',
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.ClientError.General.TransactionOutOfMemoryError',
]);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);
/** Ended by someone else: TERMINATE TRANSACTIONS, or the database stopping. Not the query's fault, nor its time. */
const TERMINATED_CODES = new Set([
  'Neo.TransientError.Transaction.Terminated',
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** The `code` a driver or server error carries (e.g. `Neo.ClientError.Statement.SyntaxError`), if any. */
export function driverErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error;
  return typeof code === 'string' && code !== '' ? code : undefined;
}

/**
 * Maps an outage to 503 DATABASE_UNAVAILABLE, a transaction past its timeout to 504 QUERY_TIMEOUT, one ended by
 * someone else to 503 QUERY_TERMINATED, and a query out of memory to 400 QUERY_MEMORY_LIMIT; AppErrors pass through
 * and anything else is returned as it came, for the caller to classify further or report as a 500.
 */
export function classifyDriverError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = driverErrorCode(error);
  if (code === undefined) return error;
  if (UNAVAILABLE_CODES.has(code)) return new DatabaseUnavailableError(undefined, error);
  if (TIMEOUT_CODES.has(code)) return new QueryTimeoutError(undefined, error);
  if (TERMINATED_CODES.has(code)) return new QueryTerminatedError(error);
  if (MEMORY_CODES.has(code)) return new QueryMemoryError(error);
  return error;
}
