// What an endpoint is: method, path, contract schemas, the role it needs, a valid example request and its handler.
import type { z } from 'zod';
import type { Services } from '../services/services.ts';
import type { UploadField, UploadedFile } from './upload.ts';

/** Who may call an endpoint once accounts exist; `public` needs no account (liveness probes). */
export type Role = 'public' | 'viewer' | 'editor' | 'admin';

export type HttpMethod = 'get' | 'post' | 'patch' | 'delete';

/** A failure an endpoint can answer beyond the ones every endpoint shares (400, 503, 504). */
export interface ErrorResponse {
  status: 403 | 404 | 409 | 413;
  description: string;
}

/** The parsed input of one request. */
export interface EndpointInput<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  params: z.infer<P>;
  query: z.infer<Q>;
  /** For an upload endpoint: its text fields. */
  body: z.infer<B>;
  /** For an upload endpoint: the folder its files were streamed into, which the handler then owns, and the files. */
  upload?: { dir: string; files: UploadedFile[] };
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
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** Express form, relative to `/api`: `/entities/:id`. */
  path: string;
  summary: string;
  role: Role;
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
  example: EndpointExample;
  /** The status of a successful answer: 200, or 202 for work accepted and done later (an import). */
  status?: 200 | 202;
  /** The status of a successful answer, when it depends on the answer (health: 503 when the database is down). */
  statusOf?: (response: z.infer<R>) => number;
  handle(input: EndpointInput<P, Q, B>, services: Services): Promise<z.infer<R>> | z.infer<R>;
}

/** Declares an endpoint with its types inferred from its schemas. */
export function defineEndpoint<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
  endpoint: Endpoint<P, Q, B, R>,
): Endpoint {
  return endpoint;
}

/** Whether calling the endpoint changes what the server holds: these need an editor or an admin. */
export function isWrite(endpoint: Pick<Endpoint, 'role'>): boolean {
  return endpoint.role === 'editor' || endpoint.role === 'admin';
}

/** `/entities/:id` → `/entities/{id}`, for the OpenAPI document. */
export function toOpenApiPath(path: string): string {
  return `/api${path.replace(/:([A-Za-z_]\w*)/g, '{$1}')}`;
}

/** A concrete URL path for an example request: `/entities/:id` with `{ id: 'x' }` → `/api/entities/x`. */
export function examplePath(endpoint: Endpoint, params: Record<string, string> = endpoint.example.params ?? {}): string {
  return `/api${endpoint.path.replace(/:([A-Za-z_]\w*)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''))}`;
}
