// The AppError family: every failure the API reports, with its stable code and HTTP status.
import type { ErrorCode, ErrorDetail } from '@kgx/contract';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: ErrorDetail[] | undefined;

  constructor(opts: { code: ErrorCode; status: number; message: string; details?: ErrorDetail[]; cause?: unknown }) {
    super(opts.message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = new.target.name;
    this.code = opts.code;
    this.status = opts.status;
    this.details = opts.details;
  }
}

export class ValidationError extends AppError {
  constructor(message: string, details: ErrorDetail[] = [], code: 'INVALID_PARAMETER' | 'INVALID_BODY' = 'INVALID_PARAMETER') {
    super({ code, status: 400, message, details });
  }
}

export class NotFoundError extends AppError {
  constructor(
    code:
      | 'NOT_FOUND'
      | 'ACCOUNT_NOT_FOUND'
      | 'ENTITY_NOT_FOUND'
      | 'DOCUMENT_NOT_FOUND'
      | 'DATASET_NOT_FOUND'
      | 'CANDIDATE_NOT_FOUND'
      | 'ROUTE_NOT_FOUND',
    message: string,
  ) {
    super({ code, status: 404, message });
  }
}

/** The path exists, but not for this method; `allow` lists the methods it takes, for the Allow header. */
export class MethodNotAllowedError extends AppError {
  readonly allow: string[];

  constructor(method: string, path: string, allow: string[]) {
    super({ code: 'METHOD_NOT_ALLOWED', status: 405, message: `${path} does not take ${method}; it takes ${allow.join(', ')}` });
    this.allow = allow;
  }
}

export class WriteForbiddenError extends AppError {
  constructor(message: string) {
    super({ code: 'WRITE_FORBIDDEN', status: 403, message });
  }
}

/** Nobody is signed in (or the session ended: signed out, expired, password changed, account disabled). */
export class UnauthenticatedError extends AppError {
  constructor(message = 'sign in first') {
    super({ code: 'UNAUTHENTICATED', status: 401, message });
  }
}

/** Too many failed attempts: sign-in waits, whatever the account. */
export class RateLimitedError extends AppError {
  constructor(message: string) {
    super({ code: 'RATE_LIMITED', status: 429, message });
  }
}

/** A caller who may not do this: a write from another machine while accounts are off, or from another site. */
export class ForbiddenError extends AppError {
  constructor(message: string) {
    super({ code: 'FORBIDDEN', status: 403, message });
  }
}

/** The request clashes with the state of the thing it names: removing a data set that is still being written. */
export class ConflictError extends AppError {
  constructor(message: string) {
    super({ code: 'CONFLICT', status: 409, message });
  }
}

export class CypherError extends AppError {
  constructor(message: string, neo4jCode: string | undefined) {
    super({ code: 'CYPHER_ERROR', status: 400, message, details: neo4jCode ? [{ parameter: 'query', reason: neo4jCode }] : [] });
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(message: string) {
    super({ code: 'PAYLOAD_TOO_LARGE', status: 413, message });
  }
}

/** A console answer larger than the server sends: the query should return less. */
export class ResultTooLargeError extends AppError {
  constructor(message: string) {
    super({
      code: 'RESULT_TOO_LARGE',
      status: 413,
      message,
      details: [{ parameter: 'query', reason: 'returns more than the server sends' }],
    });
  }
}

/** Neo4j ended the query before its time (an administrator, or the database shutting down): it may be run again. */
export class QueryTerminatedError extends AppError {
  constructor(cause?: unknown) {
    super({
      code: 'QUERY_TERMINATED',
      status: 503,
      message: 'the database ended the query before it finished (an administrator, or a restart); run it again',
      cause,
    });
  }
}

/** The query needed more memory than Neo4j lets one transaction have: the database is fine, the query is too big. */
export class QueryMemoryError extends AppError {
  constructor(cause?: unknown) {
    super({
      code: 'QUERY_MEMORY_LIMIT',
      status: 400,
      message: 'the query needed more memory than one query may use; return less (LIMIT, fewer or smaller values)',
      cause,
    });
  }
}

export class DatabaseUnavailableError extends AppError {
  constructor(message = 'the graph database is unavailable; try again shortly', cause?: unknown) {
    super({ code: 'DATABASE_UNAVAILABLE', status: 503, message, cause });
  }
}

export class QueryTimeoutError extends AppError {
  constructor(message = 'the query took too long and was stopped', cause?: unknown) {
    super({ code: 'QUERY_TIMEOUT', status: 504, message, cause });
  }
}

/** Too much at once: the client is told when to try again (Retry-After). */
export class OverloadedError extends AppError {
  constructor(
    message: string,
    readonly retryAfterS: number,
  ) {
    super({ code: 'OVERLOADED', status: 503, message });
  }
}
