// Fetches JSON from the API and parses it with the contract's schema; failures become ApiError, 503s and network errors are reported.
import { ErrorBodySchema } from '@kgx/contract';
import { ApiError } from './api-error.ts';
import { reportAvailability } from './availability.ts';
import { reportSessionChanged, reportSignedOut } from './session-events.ts';

/** What the client needs of a contract schema: a zod schema fits it. */
export interface ResponseSchema<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

export interface RequestOptions {
  signal?: AbortSignal;
}

const API_BASE = '/api';

async function readError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A proxy or a crashed server may answer without a JSON body; the status says enough.
  }
  const parsed = ErrorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details, requestId } = parsed.data.error;
    return new ApiError({ code, status: response.status, message, ...(details ? { details } : {}), ...(requestId ? { requestId } : {}) });
  }
  const code = response.status === 503 ? 'DATABASE_UNAVAILABLE' : 'HTTP_ERROR';
  const message =
    response.status >= 500
      ? `The API is not answering (HTTP ${response.status}).`
      : `${response.status} ${response.statusText || 'error'} from the API`;
  return new ApiError({ code, status: response.status, message });
}

async function send<T>(path: string, init: RequestInit, schema: ResponseSchema<T>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, { ...init, headers: { Accept: 'application/json', ...init.headers } });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    reportAvailability('unavailable', 'The API did not answer.');
    throw new ApiError({ code: 'NETWORK_ERROR', status: 0, message: 'The API did not answer. Is the server running?' });
  }
  if (!response.ok) {
    const error = await readError(response);
    // The session ended (expired, signed out elsewhere, password changed): back to sign-in, and then to this view.
    if (error.code === 'UNAUTHENTICATED' && path !== '/session') reportSignedOut();
    // Refused: the role may have changed since the page read it; ask again, so that controls follow.
    if (error.code === 'FORBIDDEN') reportSessionChanged();
    // A 503 is the API saying the database is down; a 5xx without the contract's error body is a proxy or gateway
    // saying the API itself is not there.
    if (response.status === 503 || (response.status >= 500 && error.code === 'HTTP_ERROR'))
      reportAvailability('unavailable', error.message);
    throw error;
  }
  const body: unknown = await response.json();
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.map(String).join('.') || '(root)'}: ${first.message}` : 'unexpected shape';
    throw new ApiError({
      code: 'BAD_RESPONSE',
      status: response.status,
      message: `Unexpected response from ${path.split('?')[0]} (${where})`,
    });
  }
  reportAvailability('available');
  return parsed.data;
}

export function getJson<T>(path: string, schema: ResponseSchema<T>, options: RequestOptions = {}): Promise<T> {
  return send(path, { method: 'GET', ...(options.signal ? { signal: options.signal } : {}) }, schema);
}

/** A JSON body sent with `method`: what postJson and patchJson share. */
function sendJson<T>(
  method: 'POST' | 'PATCH',
  path: string,
  body: unknown,
  schema: ResponseSchema<T>,
  options: RequestOptions,
): Promise<T> {
  const init: RequestInit = { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } };
  return send(path, { ...init, ...(options.signal ? { signal: options.signal } : {}) }, schema);
}

export function postJson<T>(path: string, body: unknown, schema: ResponseSchema<T>, options: RequestOptions = {}): Promise<T> {
  return sendJson('POST', path, body, schema, options);
}

/** A multipart form (an upload): the browser sets its content type, boundary included. */
export function postForm<T>(path: string, form: FormData, schema: ResponseSchema<T>, options: RequestOptions = {}): Promise<T> {
  return send(path, { method: 'POST', body: form, ...(options.signal ? { signal: options.signal } : {}) }, schema);
}

export function patchJson<T>(path: string, body: unknown, schema: ResponseSchema<T>, options: RequestOptions = {}): Promise<T> {
  return sendJson('PATCH', path, body, schema, options);
}

export function deleteJson<T>(path: string, schema: ResponseSchema<T>, options: RequestOptions = {}): Promise<T> {
  return send(path, { method: 'DELETE', ...(options.signal ? { signal: options.signal } : {}) }, schema);
}
