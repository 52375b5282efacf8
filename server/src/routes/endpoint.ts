// What an endpoint is: method, path, contract schemas, the role it needs, a valid example request and its handler.
import type { z } from 'zod';
import type { AuditAction, AuditEntry, Role } from '@kgx/contract';
import type { Caller } from '../services/access-service.ts';
import type { Services } from '../services/services.ts';
import type { UploadField, UploadedFile } from './upload.ts';

/** Who may call an endpoint with accounts on; `public` needs no account (liveness probes, signing in). */
export type EndpointRole = 'public' | Role;

export type HttpMethod = 'get' | 'post' | 'patch' | 'delete';

/** A failure an endpoint can answer beyond the ones every endpoint shares (400, 503, 504). */
export interface ErrorResponse {
  status: 401 | 403 | 404 | 409 | 413 | 429;
  description: string;
}

/** The parsed input of one request. */
export interface EndpointInput<P extends z.core.$ZodType, Q extends z.core.$ZodType, B extends z.core.$ZodType> {
  params: z.infer<P>;
  query: z.infer<Q>;
  /** For an upload endpoint: its text fields. */
  body: z.infer<B>;
  /** For an upload endpoint: the folder its files were streamed into, which the handler then owns, and the files. */
  upload?: { dir: string; files: UploadedFile[] };
  /** Who calls: their account and role, or the person at this machine with accounts off. */
  caller: Caller;
  /** The request's id (also in the logs and the X-Request-Id header) and the caller's address, for the audit trail. */
  request: { requestId: string; address?: string };
  /** The session cookie, for the endpoints that sign in and out. */
  session: SessionCookie;
}

export interface SessionCookie {
  set(token: string, maxAgeMs: number): void;
  clear(): void;
}

/** How a change is written to the audit trail once it succeeds; `byService` when the service records it (and its refusals). */
export interface AuditSpec<I = EndpointInput<z.core.$ZodType, z.core.$ZodType, z.core.$ZodType>, R = unknown> {
  action: AuditAction;
  target?: (input: I, response: R) => AuditEntry['target'];
  detail?: (input: I, response: R) => string | undefined;
  byService?: true;
}

/** One request that the endpoint answers with 200 on the demo data set: documentation, and the base of generated tests. */
export interface EndpointExample {
  params?: Record<string, string>;
  /** As they stand in a URL: strings. */
  query?: Record<string, string>;
  body?: unknown;
  /** For an upload endpoint: the files sent with the text fields in `body`. */
  files?: { field: string; name: string; content: string }[];
}

export interface Endpoint<
  P extends z.core.$ZodType = z.core.$ZodType,
  Q extends z.core.$ZodType = z.core.$ZodType,
  B extends z.core.$ZodType = z.core.$ZodType,
  R extends z.core.$ZodType = z.core.$ZodType,
> {
  method: HttpMethod;
  /** Express form, relative to `/api`: `/entities/:id`. */
  path: string;
  summary: string;
  role: EndpointRole;
  /** Only with accounts on (signing in, managing accounts); with accounts off it answers 409. */
  accountsOnly?: true;
  /** False for the few endpoints that answer without the graph database. */
  usesDatabase: boolean;
  params?: P;
  query?: Q;
  /** The body's fields; for an upload endpoint, its text fields. */
  body?: B;
  /** An upload endpoint takes multipart/form-data: these file fields, streamed to disk within the upload limits. */
  upload?: { fields: UploadField[] };
  response: R;
  errors?: ErrorResponse[];
  /** Every change is recorded: who, when, what, on which data set or account. Required of editor and admin writes. */
  audit?: AuditSpec<EndpointInput<P, Q, B>, z.infer<R>>;
  example: EndpointExample;
  /** The status of a successful answer: 200, or 202 for work accepted and done later (an import). */
  status?: 200 | 202;
  /** The status of a successful answer, when it depends on the answer (health: 503 when the database is down). */
  statusOf?: (response: z.infer<R>) => number;
  handle(input: EndpointInput<P, Q, B>, services: Services): Promise<z.infer<R>> | z.infer<R>;
}

/** Declares an endpoint with its types inferred from its schemas. */
export function defineEndpoint<P extends z.core.$ZodType, Q extends z.core.$ZodType, B extends z.core.$ZodType, R extends z.core.$ZodType>(
  endpoint: Endpoint<P, Q, B, R>,
): Endpoint {
  return endpoint;
}

/** Whether calling the endpoint changes what the server holds: these need an editor or an admin. */
export function isWrite(endpoint: Pick<Endpoint, 'role' | 'method'>): boolean {
  return endpoint.method !== 'get' && (endpoint.role === 'editor' || endpoint.role === 'admin');
}

/** `/entities/:id` → `/entities/{id}`, for the OpenAPI document. */
export function toOpenApiPath(path: string): string {
  return `/api${path.replace(/:([A-Za-z_]\w*)/g, '{$1}')}`;
}

/** A concrete URL path for an example request: `/entities/:id` with `{ id: 'x' }` → `/api/entities/x`. */
export function examplePath(endpoint: Endpoint, params: Record<string, string> = endpoint.example.params ?? {}): string {
  return `/api${endpoint.path.replace(/:([A-Za-z_]\w*)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''))}`;
}
