// The error body every failing request returns, and the stable codes it may carry.
import { z } from 'zod/mini';

export const ERROR_CODES = [
  'INVALID_PARAMETER',
  'INVALID_BODY',
  'NOT_FOUND',
  'ENTITY_NOT_FOUND',
  'DOCUMENT_NOT_FOUND',
  'DATASET_NOT_FOUND',
  'CANDIDATE_NOT_FOUND',
  'ACCOUNT_NOT_FOUND',
  'ROUTE_NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'WRITE_FORBIDDEN',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'RATE_LIMITED',
  'CYPHER_ERROR',
  'PAYLOAD_TOO_LARGE',
  'RESULT_TOO_LARGE',
  'QUERY_MEMORY_LIMIT',
  'DATABASE_UNAVAILABLE',
  'OVERLOADED',
  'QUERY_TIMEOUT',
  'QUERY_TERMINATED',
  'INTERNAL',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ErrorDetailSchema = z.object({
  /** The parameter or body field at fault, e.g. `maxHops` or `params.limit`. */
  parameter: z.optional(z.string()),
  reason: z.string(),
});
export type ErrorDetail = z.infer<typeof ErrorDetailSchema>;

export const ErrorBodySchema = z.object({
  error: z.object({
    code: ErrorCodeSchema,
    message: z.string(),
    details: z.optional(z.array(ErrorDetailSchema)),
    requestId: z.optional(z.string()),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
