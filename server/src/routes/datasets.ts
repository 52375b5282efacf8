// Data sets: list, one, and removal.
import { DatasetIdParamSchema, DatasetRemovalSchema, DatasetResponseSchema, DatasetsResponseSchema } from '@kgx/contract';
import { defineEndpoint } from './endpoint.ts';

const NO_DATASET = { status: 404, description: 'No data set with that id' } as const;

export const DATASET_ENDPOINTS = [
  defineEndpoint({
    method: 'get',
    path: '/datasets',
    summary: 'Every data set: name, format, files, when, status and counts',
    role: 'viewer',
    usesDatabase: true,
    response: DatasetsResponseSchema,
    example: {},
    handle: (_input, s) => s.datasets.list(),
  }),
  defineEndpoint({
    method: 'get',
    path: '/datasets/:id',
    summary: 'One data set, with its status while it is imported',
    role: 'viewer',
    usesDatabase: true,
    params: DatasetIdParamSchema,
    response: DatasetResponseSchema,
    errors: [NO_DATASET],
    example: { params: { id: 'nagorno-karabakh-2023-demo' } },
    handle: ({ params }, s) => s.datasets.get(params.id),
  }),
  defineEndpoint({
    method: 'delete',
    path: '/datasets/:id',
    summary:
      'Removes a data set: what only it supports leaves the graph; an entity or relation another data set also supports stays, with that one’s evidence',
    role: 'editor',
    usesDatabase: true,
    params: DatasetIdParamSchema,
    response: DatasetRemovalSchema,
    errors: [
      NO_DATASET,
      {
        status: 403,
        description: 'Not allowed: until accounts are on, only a direct request from this machine and its own pages may write',
      },
      { status: 409, description: 'The data set is still being imported' },
    ],
    example: { params: { id: 'nagorno-karabakh-2023-demo' } },
    handle: ({ params }, s) => s.datasets.remove(params.id),
  }),
];
