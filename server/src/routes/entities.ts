// One entity, and its neighbourhood.
import { EntityIdParamSchema, EntityResponseSchema, NeighborsQuerySchema, NeighborsResponseSchema } from '@kgx/contract';
import { defineEndpoint } from './endpoint.ts';

const NO_ENTITY = { status: 404, description: 'No entity with that id' } as const;

export const ENTITY_ENDPOINTS = [
  defineEndpoint({
    method: 'get',
    path: '/entities/:id',
    summary: 'One entity, its degree and the documents that mention it',
    role: 'viewer',
    usesDatabase: true,
    params: EntityIdParamSchema,
    response: EntityResponseSchema,
    errors: [NO_ENTITY],
    example: { params: { id: 'person:ruben-vardanyan' } },
    handle: ({ params }, s) => s.entities.entity(params.id),
  }),
  defineEndpoint({
    method: 'get',
    path: '/entities/:id/neighbors',
    summary: 'The one-hop neighbourhood as a graph',
    role: 'viewer',
    usesDatabase: true,
    params: EntityIdParamSchema,
    query: NeighborsQuerySchema,
    response: NeighborsResponseSchema,
    errors: [NO_ENTITY],
    example: { params: { id: 'person:ruben-vardanyan' } },
    handle: ({ params, query }, s) => s.entities.neighbors(params.id, query),
  }),
];
