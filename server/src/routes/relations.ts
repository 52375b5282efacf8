// Who did what to whom.
import {
  OverviewQuerySchema,
  OverviewResponseSchema,
  RelationsAmongRequestSchema,
  RelationsAmongResponseSchema,
  RelationsQuerySchema,
  RelationsResponseSchema,
} from '@kgx/contract';
import { defineEndpoint } from './endpoint.ts';

export const RELATION_ENDPOINTS = [
  defineEndpoint({
    method: 'get',
    path: '/relations',
    summary: 'Who-did-what triples with their evidence',
    role: 'viewer',
    usesDatabase: true,
    query: RelationsQuerySchema,
    response: RelationsResponseSchema,
    errors: [{ status: 404, description: 'No entity with the id given as subject or object' }],
    example: { query: { subject: 'person:ruben-vardanyan', limit: '5' } },
    handle: ({ query }, s) => s.relations.relations(query),
  }),
  defineEndpoint({
    method: 'post',
    path: '/relations/among',
    summary: 'Every relation whose two ends are both among the given entities (what a canvas of those entities must draw)',
    role: 'viewer',
    usesDatabase: true,
    body: RelationsAmongRequestSchema,
    response: RelationsAmongResponseSchema,
    example: { body: { ids: ['person:ruben-vardanyan', 'place:azerbaijan', 'organisation:azerbaijani-armed-forces'] } },
    handle: ({ body }, s) => s.relations.among(body),
  }),
  defineEndpoint({
    method: 'get',
    path: '/overview',
    summary: 'What the explorer opens on: the best-connected entities (room kept for events) and every relation among them',
    role: 'viewer',
    usesDatabase: true,
    query: OverviewQuerySchema,
    response: OverviewResponseSchema,
    example: { query: { limit: '25', events: '8' } },
    handle: ({ query }, s) => s.overview.overview(query),
  }),
];
