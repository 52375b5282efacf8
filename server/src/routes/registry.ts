// The one list of endpoints: Express routes, the OpenAPI document and the generated endpoint tests all come from here.
import { rm } from 'node:fs/promises';
import { Router, type Request } from 'express';
import { NoQuerySchema } from '@kgx/contract';
import type { Services } from '../services/services.ts';
import { CYPHER_ENDPOINTS } from './cypher.ts';
import { DOCUMENT_ENDPOINTS } from './documents.ts';
import { ENTITY_ENDPOINTS } from './entities.ts';
import { isWrite, type Endpoint } from './endpoint.ts';
import { DATASET_ENDPOINTS } from './datasets.ts';
import { requireLocalWrite } from './local-writes.ts';
import { HEALTH_ENDPOINTS } from './health.ts';
import { PATH_ENDPOINTS } from './paths.ts';
import { RELATION_ENDPOINTS } from './relations.ts';
import { SEARCH_ENDPOINTS } from './search.ts';
import { receiveUpload } from './upload.ts';
import { parseInput } from './validate.ts';
import { VOCABULARY_ENDPOINTS } from './vocabulary.ts';

export const ENDPOINTS: readonly Endpoint[] = [
  ...HEALTH_ENDPOINTS,
  ...VOCABULARY_ENDPOINTS,
  ...SEARCH_ENDPOINTS,
  ...ENTITY_ENDPOINTS,
  ...PATH_ENDPOINTS,
  ...RELATION_ENDPOINTS,
  ...DOCUMENT_ENDPOINTS,
  ...CYPHER_ENDPOINTS,
  ...DATASET_ENDPOINTS,
];

/** Two declarations of one method and path would route to the first and document the last: refused at start. */
function checkUnique(endpoints: readonly Endpoint[]): void {
  const seen = new Set<string>();
  for (const endpoint of endpoints) {
    const key = `${endpoint.method.toUpperCase()} ${endpoint.path}`;
    if (seen.has(key)) throw new Error(`endpoint registry: ${key} is declared twice`);
    seen.add(key);
  }
}
/** Parses params, query and body with the endpoint's schemas; an endpoint without a query schema refuses any parameter. */
function parseRequest(endpoint: Endpoint, req: Request) {
  return {
    params: endpoint.params ? parseInput(endpoint.params, req.params, 'path') : {},
    query: parseInput(endpoint.query ?? NoQuerySchema, req.query, 'query'),
    body: endpoint.body ? parseInput(endpoint.body, req.body ?? {}, 'body') : undefined,
  };
}

export function endpointRouter(services: Services, endpoints: readonly Endpoint[] = ENDPOINTS): Router {
  checkUnique(endpoints);
  const router = Router();
  for (const endpoint of endpoints) {
    router[endpoint.method](endpoint.path, async (req, res) => {
      if (isWrite(endpoint)) requireLocalWrite(req);
      const upload = endpoint.upload ? await receiveUpload(req, res, endpoint.upload.fields, services.uploads) : undefined;
      let response;
      try {
        response = await endpoint.handle({ ...parseRequest(endpoint, req), ...(upload ? { upload } : {}) }, services);
      } catch (error) {
        // Refused: nothing of the upload stays. Accepted, the handler owns the folder (an import deletes it when done).
        if (upload) await rm(upload.dir, { recursive: true, force: true });
        throw error;
      }
      res.status(endpoint.statusOf?.(response) ?? endpoint.status ?? 200).json(response);
    });
  }
  return router;
}
