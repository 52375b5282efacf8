// One entity, and its neighbourhood.
import {
  EntityIdParamSchema,
  EntityMergeRequestSchema,
  EntityMergeResponseSchema,
  EntityResponseSchema,
  EntityUnmergeResponseSchema,
  NeighborsQuerySchema,
  NeighborsResponseSchema,
} from '@kgx/contract';
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
  defineEndpoint({
    method: 'post',
    path: '/entities/:id/merge',
    summary:
      'Merges the entity into another (a duplicate): its relations, mentions, names (as aliases) and data sets join the kept entity, every piece of evidence of both kept; DELETE on the same path undoes it',
    role: 'editor',
    usesDatabase: true,
    params: EntityIdParamSchema,
    body: EntityMergeRequestSchema,
    response: EntityMergeResponseSchema,
    errors: [
      NO_ENTITY,
      { status: 409, description: 'The two entities are related to each other' },
      { status: 413, description: 'The entity has too many relations to merge in one request' },
    ],
    example: { params: { id: 'person:ruben-vardanyan' }, body: { into: 'person:ilham-aliyev' } },
    audit: {
      action: 'entity.merge',
      target: ({ params }) => ({ kind: 'entity', id: params.id }),
      detail: ({ body }, response) =>
        `into ${body.into}: ${response.relations.moved} relations moved, ${response.relations.combined} combined`,
    },
    handle: ({ params, body, caller }, s) => s.merges.merge(params.id, body.into, caller.actor),
  }),
  defineEndpoint({
    method: 'delete',
    path: '/entities/:id/merge',
    summary: 'Undoes the merge of this entity into another: both are as they were, while nothing has changed the kept one since',
    role: 'editor',
    usesDatabase: true,
    params: EntityIdParamSchema,
    response: EntityUnmergeResponseSchema,
    errors: [NO_ENTITY, { status: 409, description: 'The kept entity has changed since the merge' }],
    example: { params: { id: 'person:ruben-vardanyan' } },
    audit: {
      action: 'entity.unmerge',
      target: ({ params }) => ({ kind: 'entity', id: params.id }),
      detail: (_input, response) => `out of ${response.from}`,
    },
    handle: ({ params }, s) => s.merges.unmerge(params.id),
  }),
];
