// Data sets: list, one, upload, and removal.
import {
  DatasetIdParamSchema,
  DatasetPreviewSchema,
  DatasetRemovalSchema,
  DatasetResponseSchema,
  DatasetsResponseSchema,
  DatasetUploadFieldsSchema,
  DatasetUploadResponseSchema,
} from '@kgx/contract';
import { defineEndpoint } from './endpoint.ts';

const NO_DATASET = { status: 404, description: 'No data set with that id' } as const;
const UPLOAD_FIELDS = {
  fields: [
    { name: 'files', maxCount: 1000 },
    { name: 'mapping', maxCount: 1 },
  ],
};
const EXAMPLE_UPLOAD = {
  body: { name: 'Example register', format: 'csv' },
  files: [{ field: 'files', name: 'example-register.csv', content: 'id,type,name\nexample-person,Person,Example Person\n' }],
};
const TOO_LARGE = { status: 413, description: 'A file is larger than the upload limit, or there are too many files' } as const;
const fileNames = (upload: { files: { name: string }[] } | undefined): string =>
  `files ${(upload?.files ?? []).map((file) => file.name).join(', ')}`;

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
    method: 'post',
    path: '/datasets',
    summary:
      'Imports files as a data set (multipart/form-data: one or more `files`, `format`, `name`, `skipBadRows`, and for CSV an optional `mapping` file); answers 202 with its id, and GET /datasets/{id} follows the import',
    role: 'editor',
    usesDatabase: true,
    body: DatasetUploadFieldsSchema,
    upload: UPLOAD_FIELDS,
    response: DatasetUploadResponseSchema,
    status: 202,
    errors: [{ status: 409, description: 'A data set of that name is being imported or removed, or came from other files' }, TOO_LARGE],
    example: EXAMPLE_UPLOAD,
    audit: {
      action: 'dataset.import',
      target: (_input, response) => ({ kind: 'dataset', id: response.id }),
      detail: ({ body, upload }) => `${body.format ?? 'format guessed'}; ${fileNames(upload)}`,
    },
    handle: ({ body, upload, caller, request }, s) =>
      s.datasets.upload(body, upload ?? { dir: '', files: [] }, { actor: caller.actor, requestId: request.requestId }),
  }),
  defineEndpoint({
    method: 'post',
    path: '/datasets/preview',
    summary:
      'Checks an upload (the same fields as POST /datasets) without writing it: the counts of what would land, its first records with their file and row, and every problem and notice',
    role: 'editor',
    usesDatabase: true,
    body: DatasetUploadFieldsSchema,
    upload: UPLOAD_FIELDS,
    response: DatasetPreviewSchema,
    errors: [TOO_LARGE],
    audit: { action: 'dataset.preview', detail: ({ upload }) => fileNames(upload) },
    example: EXAMPLE_UPLOAD,
    handle: ({ body, upload }, s) => s.datasets.preview(body, upload ?? { dir: '', files: [] }),
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
    errors: [NO_DATASET, { status: 409, description: 'The data set is still being imported' }],
    audit: {
      action: 'dataset.remove',
      target: ({ params }) => ({ kind: 'dataset', id: params.id }),
      detail: (_input, response) =>
        `removed ${response.removed.entities} entities, ${response.removed.relations} relations, ${response.removed.documents} documents`,
    },
    example: { params: { id: 'nagorno-karabakh-2023-demo' } },
    handle: ({ params }, s) => s.datasets.remove(params.id),
  }),
];
