// The OpenAPI document, generated from the contract's zod schemas so it cannot drift from what the server validates.
import { z } from 'zod';
import {
  CypherRequestSchema,
  CypherResponseSchema,
  DocumentResponseSchema,
  DocumentsResponseSchema,
  EntityResponseSchema,
  ErrorBodySchema,
  HealthResponseSchema,
  NeighborsQuerySchema,
  NeighborsResponseSchema,
  PathsQuerySchema,
  PathsResponseSchema,
  RelationsQuerySchema,
  RelationsResponseSchema,
  SearchQuerySchema,
  SearchResponseSchema,
  StatsResponseSchema,
} from '@kgx/contract';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' }) as JsonSchema;
  return rest;
}

function queryParameters(schema: z.ZodObject, where: 'query' | 'path' = 'query'): JsonSchema[] {
  const json = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: s,
  }));
}

const ENTITY_ID_PARAM = { name: 'id', in: 'path', required: true, schema: { type: 'string', example: 'person:ruben-vardanyan' } };
const DOCUMENT_ID_PARAM = { name: 'id', in: 'path', required: true, schema: { type: 'string', example: '003_8d857074b5059b4f' } };

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const ok = (schema: z.ZodType, description = 'OK') => ({
  description,
  content: { 'application/json': { schema: jsonSchema(schema, 'output') } },
});
const COMMON_ERRORS = {
  '400': errorResponse('Invalid parameter: the body names the parameter and why'),
  '503': errorResponse('The graph database is unavailable'),
  '504': errorResponse('The query timed out'),
};

function get(summary: string, response: z.ZodType, parameters: JsonSchema[] = [], extra: Record<string, unknown> = {}) {
  return { get: { summary, parameters, responses: { '200': ok(response), ...COMMON_ERRORS, ...extra } } };
}

export function buildOpenApiDocument(): JsonSchema {
  return {
    openapi: '3.0.3',
    info: {
      title: 'Knowledge-graph explorer API',
      version: '0.1.0',
      description:
        'Who did what to whom, where and when: entities, relations with their evidence, paths between entities, and a read-only Cypher console.',
    },
    paths: {
      '/api/health': {
        get: {
          summary: 'Liveness of the API and the database',
          responses: { '200': ok(HealthResponseSchema), '503': ok(HealthResponseSchema, 'Database unavailable') },
        },
      },
      '/api/stats': get('Counts of nodes and relations by type', StatsResponseSchema),
      '/api/search': get(
        'Full-text search over names and aliases (case- and accent-insensitive, prefix, fuzzy)',
        SearchResponseSchema,
        queryParameters(SearchQuerySchema),
      ),
      '/api/entities/{id}': get('One entity, its degree and the documents that mention it', EntityResponseSchema, [ENTITY_ID_PARAM], {
        '404': errorResponse('No such entity'),
      }),
      '/api/entities/{id}/neighbors': get(
        'The one-hop neighbourhood as a graph',
        NeighborsResponseSchema,
        [ENTITY_ID_PARAM, ...queryParameters(NeighborsQuerySchema)],
        {
          '404': errorResponse('No such entity'),
        },
      ),
      '/api/paths': get('The k shortest paths between two entities', PathsResponseSchema, queryParameters(PathsQuerySchema), {
        '404': errorResponse('No such entity'),
      }),
      '/api/relations': get('Who-did-what triples with their evidence', RelationsResponseSchema, queryParameters(RelationsQuerySchema), {
        '404': errorResponse('No such entity'),
      }),
      '/api/documents': get('The corpus', DocumentsResponseSchema),
      '/api/documents/{id}': get('One document with its text and the entities it mentions', DocumentResponseSchema, [DOCUMENT_ID_PARAM], {
        '404': errorResponse('No such document'),
      }),
      '/api/cypher': {
        post: {
          summary: 'Read-only Cypher console',
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(CypherRequestSchema, 'input') } } },
          responses: {
            '200': ok(CypherResponseSchema),
            ...COMMON_ERRORS,
            '403': errorResponse('The query would write'),
            '413': errorResponse('The request body is too large'),
          },
        },
      },
    },
    components: { schemas: { Error: jsonSchema(ErrorBodySchema, 'output') } },
  };
}
