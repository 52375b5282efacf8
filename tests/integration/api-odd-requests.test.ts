// Requests that are malformed below the level of any one endpoint: a clear 4xx with the contract's error body, never a 500.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '@kgx/contract';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: false });
});
afterAll(async () => {
  await app?.close();
});

/** A raw request, for what fetch will not send: a path that is not valid percent-encoding, a body that lies about its encoding. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: Buffer | string,
): Promise<{ status: number; headers: Record<string, unknown>; body: unknown }> {
  const url = new URL(app.baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ hostname: url.hostname, port: url.port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // not JSON: the assertion below says so
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('malformed requests', () => {
  it('answers 400 for a path that is not valid percent-encoding (it answered 500)', async () => {
    const response = await raw('GET', '/api/entities/%E0%A4%A');
    expect(response.status).toBe(400);
    expect(ErrorBodySchema.parse(response.body).error.code).toBe('INVALID_PARAMETER');
  });

  it('answers 400 for a compressed body that does not decompress (it answered 500)', async () => {
    const response = await raw(
      'POST',
      '/api/cypher',
      { 'content-type': 'application/json', 'content-encoding': 'deflate' },
      Buffer.from('this is not deflate at all'),
    );
    expect(response.status).toBe(400);
    expect(ErrorBodySchema.parse(response.body).error.code).toBe('INVALID_BODY');
  });

  it('answers 400 for JSON nested 10,000 deep (it answered 500)', async () => {
    const deep = `{"query":"RETURN 1","params":{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`;
    const response = await call(app.baseUrl, '/api/cypher', { rawBody: deep });
    expect(response.status).toBe(400);
    expect(ErrorBodySchema.parse(response.body).error.code).toBe('INVALID_BODY');
  });

  it('answers 405 with Allow for a method the path does not take (it answered 404)', async () => {
    const response = await raw('PUT', '/api/search?q=x');
    expect(response.status).toBe(405);
    expect(response.headers['allow']).toBe('GET');
    expect(ErrorBodySchema.parse(response.body).error.code).toBe('METHOD_NOT_ALLOWED');
    const datasets = await raw('PUT', '/api/datasets/nagorno-karabakh-2023-demo');
    expect(datasets.headers['allow']).toBe('GET, DELETE');
    expect((await raw('PUT', '/api/datasets/preview')).headers['allow']).toBe('POST');
  });

  it('answers 400 naming the item for an empty list value or item, as the OpenAPI document says (it read them as absent)', async () => {
    for (const [path, parameter] of [
      ['/api/search?q=0&type=', 'type.0'],
      ['/api/search?q=0&type=Person,,Place', 'type.1'],
      ['/api/relations?predicate=ACCUSED,', 'predicate.1'],
      ['/api/search?q=0&limit=', 'limit'],
    ] as const) {
      const response = await raw('GET', path);
      expect(response.status, path).toBe(400);
      expect(
        ErrorBodySchema.parse(response.body).error.details?.map((d) => d.parameter),
        path,
      ).toContain(parameter);
    }
  });

  it('states the rules between parameters in the OpenAPI document (from ≤ to, from ≠ to)', async () => {
    const document = (await call(app.baseUrl, '/api/openapi.json')).body as {
      paths: Record<string, { get?: { parameters: { name: string; description?: string }[] } }>;
    };
    const describe = (path: string, name: string) => document.paths[path]?.get?.parameters.find((p) => p.name === name)?.description;
    expect(describe('/api/paths', 'to')).toMatch(/must differ from `from`/);
    expect(describe('/api/relations', 'from')).toMatch(/must not be after `to`/);
    expect(describe('/api/entities/{id}/neighbors', 'to')).toMatch(/must not be before `from`/);
  });
});
