// Requests built from the endpoint registry: each endpoint's example, and the same with one parameter replaced.
import type { Endpoint } from '../../server/src/routes/endpoint.ts';
import { examplePath } from '../../server/src/routes/endpoint.ts';
import { call } from './test-app.ts';

/** The top-level keys an object schema declares (query parameters, path parameters, body fields). */
export function keysOf(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
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
