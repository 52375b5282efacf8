import { RequestGate } from './routes/request-gate.ts';
import { describe, expect, it } from 'vitest';
import { OpenApiDocumentSchema } from '@kgx/contract';
import { buildOpenApiDocument } from './openapi.ts';
import { isWrite, toOpenApiPath } from './routes/endpoint.ts';
import { ENDPOINTS, endpointRouter } from './routes/registry.ts';
import type { Services } from './services/services.ts';

const document = OpenApiDocumentSchema.parse(buildOpenApiDocument(ENDPOINTS));

function operation(method: string, path: string): Record<string, unknown> {
  const found = document.paths[toOpenApiPath(path)]?.[method];
  if (typeof found !== 'object' || found === null) throw new Error(`no operation ${method} ${path}`);
  return found as Record<string, unknown>;
}

describe('the OpenAPI document', () => {
  it('has exactly one operation for each endpoint of the registry', () => {
    const operations = Object.values(document.paths).flatMap((p) => Object.keys(p));
    expect(ENDPOINTS.length).toBeGreaterThan(10);
    expect(operations).toHaveLength(ENDPOINTS.length);
    for (const endpoint of ENDPOINTS) {
      const op = operation(endpoint.method, endpoint.path);
      expect(op['summary']).toBe(endpoint.summary);
      expect(op['x-role']).toBe(endpoint.role);
      expect(Object.keys(op['responses'] as object)).toEqual(expect.arrayContaining([String(endpoint.status ?? 200), '400']));
    }
  });

  it('documents an upload as multipart/form-data with its file fields as binary, answered 202', () => {
    const upload = operation('post', '/datasets');
    expect(Object.keys(upload['responses'] as object)).toContain('202');
    const body = upload['requestBody'] as { content: Record<string, { schema: { properties: Record<string, unknown> } }> };
    const schema = body.content['multipart/form-data']?.schema;
    expect(schema?.properties['files']).toEqual({ type: 'array', items: { type: 'string', format: 'binary' } });
    expect(schema?.properties['mapping']).toEqual({ type: 'string', format: 'binary' });
    expect(schema?.properties['format']).toBeDefined();
  });

  it('says which endpoints write and may answer 403, and which take a body and may answer 413', () => {
    const writes = ENDPOINTS.filter(isWrite);
    expect(writes.length).toBeGreaterThan(0);
    for (const endpoint of ENDPOINTS) {
      const responses = Object.keys(operation(endpoint.method, endpoint.path)['responses'] as object);
      if (isWrite(endpoint)) expect(responses).toContain('403');
      if (endpoint.body) expect(responses).toContain('413');
    }
  });

  it('documents path parameters with the example the registry gives', () => {
    const parameters = operation('get', '/entities/:id')['parameters'] as { name: string; in: string; schema: { example?: unknown } }[];
    expect(parameters).toContainEqual(
      expect.objectContaining({ name: 'id', in: 'path', schema: expect.objectContaining({ example: 'person:ruben-vardanyan' }) }),
    );
  });
});

describe('the endpoint registry', () => {
  it('refuses an endpoint declared twice (Express would run the first, the document would describe the last)', () => {
    const [first] = ENDPOINTS;
    if (!first) throw new Error('the registry is empty');
    const gate = new RequestGate({ maxActive: 1, maxWaiting: 0, maxWaitMs: 1 });
    expect(() => endpointRouter({} as Services, gate, [first, { ...first, summary: 'again' }])).toThrow(/declared twice/);
  });
});
