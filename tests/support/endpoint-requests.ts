// Requests built from the endpoint registry: each endpoint's example, and the same with one parameter replaced.
import type { Endpoint } from '../../server/src/routes/endpoint.ts';
import { examplePath } from '../../server/src/routes/endpoint.ts';
import { schemaKeys } from '../../server/src/routes/validate.ts';
import { call } from './test-app.ts';

/** The top-level keys an object schema declares (query parameters, path parameters, body fields), as the validator reads them. */
export function keysOf(schema: Parameters<typeof schemaKeys>[0]): string[] {
  return schemaKeys(schema) ?? [];
}

export interface EndpointRequest {
  path: string;
  body?: unknown;
  /** For an upload endpoint: the files, sent with the body's fields as multipart/form-data. */
  files?: { field: string; name: string; content: string }[];
}

/** The text fields and the files of an upload as a multipart form. */
export function toForm(fields: unknown, files: readonly { field: string; name: string; content: string }[]): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries((fields ?? {}) as Record<string, unknown>)) form.append(key, String(value));
  for (const file of files) form.append(file.field, new Blob([file.content]), file.name);
  return form;
}

export function exampleRequest(
  endpoint: Endpoint,
  change: { params?: Record<string, string>; query?: Record<string, string>; body?: unknown } = {},
): EndpointRequest {
  const query = new URLSearchParams({ ...endpoint.example.query, ...change.query }).toString();
  const path = `${examplePath(endpoint, { ...endpoint.example.params, ...change.params })}${query ? `?${query}` : ''}`;
  const body = 'body' in change ? change.body : endpoint.example.body;
  const files = endpoint.example.files;
  return { path, ...(body === undefined ? {} : { body }), ...(files === undefined ? {} : { files }) };
}

export function send(baseUrl: string, endpoint: Endpoint, request: EndpointRequest, headers: Record<string, string> = {}) {
  // An upload's fields go in its form when the body is an object; anything else is sent as JSON, to be refused.
  const asForm =
    endpoint.upload !== undefined && request.files !== undefined && isPlainObject(request.body === undefined ? {} : request.body);
  return call(baseUrl, request.path, {
    method: endpoint.method.toUpperCase(),
    headers,
    ...(asForm ? { form: toForm(request.body, request.files ?? []) } : request.body === undefined ? {} : { body: request.body }),
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describeEndpoint(endpoint: Endpoint): string {
  return `${endpoint.method.toUpperCase()} /api${endpoint.path}`;
}
