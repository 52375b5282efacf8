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
}

export function exampleRequest(
  endpoint: Endpoint,
  change: { params?: Record<string, string>; query?: Record<string, string>; body?: unknown } = {},
): EndpointRequest {
  const query = new URLSearchParams({ ...endpoint.example.query, ...change.query }).toString();
  const path = `${examplePath(endpoint, { ...endpoint.example.params, ...change.params })}${query ? `?${query}` : ''}`;
  const body = 'body' in change ? change.body : endpoint.example.body;
  return body === undefined ? { path } : { path, body };
}

export function send(baseUrl: string, endpoint: Endpoint, request: EndpointRequest) {
  return call(baseUrl, request.path, {
    method: endpoint.method.toUpperCase(),
    ...(request.body === undefined ? {} : { body: request.body }),
  });
}

export function describeEndpoint(endpoint: Endpoint): string {
  return `${endpoint.method.toUpperCase()} /api${endpoint.path}`;
}
