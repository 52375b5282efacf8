// The documents and their texts.
import { DocumentIdParamSchema, DocumentResponseSchema, DocumentsResponseSchema } from '@kgx/contract';
import { defineEndpoint } from './endpoint.ts';

export const DOCUMENT_ENDPOINTS = [
  defineEndpoint({
    method: 'get',
    path: '/documents',
    summary: 'Every document, with its date, kind and the number of entities it mentions',
    role: 'viewer',
    usesDatabase: true,
    response: DocumentsResponseSchema,
    example: {},
    handle: (_input, s) => s.documents.documents(),
  }),
  defineEndpoint({
    method: 'get',
    path: '/documents/:id',
    summary: 'One document with its text and the places in it where entities are named',
    role: 'viewer',
    usesDatabase: true,
    params: DocumentIdParamSchema,
    response: DocumentResponseSchema,
    errors: [{ status: 404, description: 'No document with that id' }],
    example: { params: { id: '003_8d857074b5059b4f' } },
    handle: ({ params }, s) => s.documents.document(params.id),
  }),
];
