// The graph API's routes: each parses its input with the contract and hands it to the service.
import { Router } from 'express';
import {
  CypherRequestSchema,
  DocumentIdParamSchema,
  EntityIdParamSchema,
  NoQuerySchema,
  NeighborsQuerySchema,
  PathsQuerySchema,
  RelationsQuerySchema,
  SearchQuerySchema,
} from '@kgx/contract';
import type { GraphService } from '../services/graph-service.ts';
import { parseInput } from './validate.ts';

export function graphRoutes(service: GraphService): Router {
  const router = Router();

  router.get('/health', async (_req, res) => {
    const health = await service.health();
    res.status(health.status === 'ok' ? 200 : 503).json(health);
  });

  router.get('/stats', async (_req, res) => {
    res.json(await service.stats());
  });

  router.get('/search', async (req, res) => {
    res.json(await service.search(parseInput(SearchQuerySchema, req.query, 'query')));
  });

  router.get('/entities/:id', async (req, res) => {
    const { id } = parseInput(EntityIdParamSchema, req.params, 'path');
    parseInput(NoQuerySchema, req.query, 'query');
    res.json(await service.entity(id));
  });

  router.get('/entities/:id/neighbors', async (req, res) => {
    const { id } = parseInput(EntityIdParamSchema, req.params, 'path');
    res.json(await service.neighbors(id, parseInput(NeighborsQuerySchema, req.query, 'query')));
  });

  router.get('/paths', async (req, res) => {
    res.json(await service.paths(parseInput(PathsQuerySchema, req.query, 'query')));
  });

  router.get('/relations', async (req, res) => {
    res.json(await service.relations(parseInput(RelationsQuerySchema, req.query, 'query')));
  });

  router.get('/documents', async (req, res) => {
    parseInput(NoQuerySchema, req.query, 'query');
    res.json(await service.documents());
  });

  router.get('/documents/:id', async (req, res) => {
    const { id } = parseInput(DocumentIdParamSchema, req.params, 'path');
    res.json(await service.document(id));
  });

  router.post('/cypher', async (req, res) => {
    res.json(await service.cypher(parseInput(CypherRequestSchema, req.body ?? {}, 'body')));
  });

  return router;
}
