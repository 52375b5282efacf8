// GET /api/health: whether the API and Neo4j answer (the body comes with a 503 when the database is down).
import { HealthResponseSchema, type HealthResponse } from '@kgx/contract';
import { ApiError } from './api-error.ts';

export async function fetchHealth(signal?: AbortSignal): Promise<HealthResponse> {
  let response: Response;
  try {
    response = await fetch('/api/health', { headers: { Accept: 'application/json' }, cache: 'no-store', ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError({ code: 'NETWORK_ERROR', status: 0, message: 'The API did not answer.' });
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Handled below: no body means no health report.
  }
  const parsed = HealthResponseSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new ApiError({
    code: response.ok ? 'BAD_RESPONSE' : 'HTTP_ERROR',
    status: response.status,
    message: `The API did not answer its health check (HTTP ${response.status}).`,
  });
}
