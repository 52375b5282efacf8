// The one error the API layer throws: the server's error code and message, or a client-side code when no body came back.
import type { ErrorCode, ErrorDetail } from '@kgx/contract';

/** Server codes from the contract, plus what can go wrong before a body is read. */
export type ApiErrorCode = ErrorCode | 'NETWORK_ERROR' | 'BAD_RESPONSE' | 'HTTP_ERROR';

export interface ApiErrorOptions {
  code: ApiErrorCode;
  status: number;
  message: string;
  details?: ErrorDetail[];
  requestId?: string;
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly details: ErrorDetail[];
  readonly requestId: string | undefined;

  constructor(options: ApiErrorOptions) {
    super(options.message);
    this.name = 'ApiError';
    this.code = options.code;
    this.status = options.status;
    this.details = options.details ?? [];
    this.requestId = options.requestId;
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** A short message for people: "CYPHER_ERROR: Variable `x` not defined". */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const detail = error.details.map((d) => (d.parameter ? `${d.parameter}: ${d.reason}` : d.reason)).join('; ');
    return detail && !error.message.includes(detail) ? `${error.message} (${detail})` : error.message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
