// The OpenAPI document, generated from the endpoint registry and the contract's zod schemas, so it cannot drift.
import { z } from 'zod';
import { ErrorBodySchema, type OpenApiDocument } from '@kgx/contract';
import { toOpenApiPath, type Endpoint } from './routes/endpoint.ts';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.core.$ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' }) as JsonSchema;
  return rest;
}

function parameters(schema: z.core.$ZodType | undefined, where: 'query' | 'path', examples: Record<string, string> = {}): JsonSchema[] {
  if (!schema) return [];
  const json = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    // Rules between parameters (from ≤ to, from ≠ to) have no JSON Schema form: their description states them.
    ...(typeof s['description'] === 'string' ? { description: s['description'] } : {}),
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: examples[name] === undefined ? s : { ...s, example: s['type'] === 'integer' ? Number(examples[name]) : examples[name] },
  }));
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** A multipart body: the text fields as the contract declares them, and each file field as binary. */
function uploadSchema(fields: z.core.$ZodType, files: readonly { name: string; maxCount: number }[]): JsonSchema {
  const text = jsonSchema(fields, 'input') as { properties?: Record<string, JsonSchema> };
  const binary = { type: 'string', format: 'binary' };
  return {
    type: 'object',
    properties: {
      ...text.properties,
      ...Object.fromEntries(files.map((f) => [f.name, f.maxCount > 1 ? { type: 'array', items: binary } : binary])),
    },
    required: [files[0]?.name ?? 'files'],
  };
}

function operation(endpoint: Endpoint): JsonSchema {
  const success = { description: 'OK', content: { 'application/json': { schema: jsonSchema(endpoint.response, 'output') } } };
  // Every endpoint refuses unknown query parameters, so every one can answer 400.
  const responses: Record<string, unknown> = {
    [String(endpoint.status ?? 200)]:
      endpoint.status === 202 ? { ...success, description: 'Accepted: the work goes on after the answer' } : success,
    '400': errorResponse('Invalid input: the body names the parameter or field and why'),
  };
  if (endpoint.body) responses['413'] = errorResponse('The request body is larger than the server accepts');
  if (endpoint.role !== 'public') responses['401'] = errorResponse('Accounts are on and nobody is signed in, or the session ended');
  if (endpoint.role !== 'public' && endpoint.role !== 'viewer') {
    responses['403'] = errorResponse(
      `Not allowed: the role is below ${endpoint.role}, or, with accounts off, the request is not a direct one from this machine's own pages`,
    );
  }
  if (endpoint.method !== 'get') {
    responses['403'] ??= errorResponse("Refused: with accounts on, a change must come from the explorer's own pages (same origin)");
  }
  for (const error of endpoint.errors ?? []) responses[String(error.status)] = errorResponse(error.description);
  if (endpoint.usesDatabase) {
    responses['503'] = endpoint.statusOf
      ? { ...success, description: 'The graph database is unavailable' }
      : errorResponse('The graph database is unavailable');
    if (!endpoint.statusOf) responses['504'] = errorResponse('The query timed out');
  }
  return {
    summary: endpoint.summary,
    'x-role': endpoint.role,
    parameters: [
      ...parameters(endpoint.params, 'path', endpoint.example.params),
      ...parameters(endpoint.query, 'query', endpoint.example.query),
    ],
    ...(endpoint.body && endpoint.upload
      ? {
          requestBody: {
            required: true,
            content: { 'multipart/form-data': { schema: uploadSchema(endpoint.body, endpoint.upload.fields) } },
          },
        }
      : endpoint.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(endpoint.body, 'input'), example: endpoint.example.body } },
            },
          }
        : {}),
    responses,
  };
}

export function buildOpenApiDocument(endpoints: readonly Endpoint[]): OpenApiDocument {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of endpoints) {
    const path = toOpenApiPath(endpoint.path);
    paths[path] = { ...paths[path], [endpoint.method]: operation(endpoint) };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Knowledge-graph explorer API',
      version: '0.1.0',
      description:
        'Who did what to whom, where and when: entities, relations with their evidence, paths between entities, and a read-only Cypher console. `x-role` names the role an operation needs with accounts on; sign in with POST /api/session, which sets an HttpOnly session cookie.',
    },
    paths,
    components: { schemas: { Error: jsonSchema(ErrorBodySchema, 'output') } },
  };
}
