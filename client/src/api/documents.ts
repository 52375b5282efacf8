// GET /api/documents and /api/documents/:id: the corpus, and one text with the entities it mentions.
import { DocumentResponseSchema, DocumentsResponseSchema, type DocumentResponse, type DocumentsResponse } from '@kgx/contract';
import { getJson, type RequestOptions } from './http.ts';

export function listDocuments(options: RequestOptions = {}): Promise<DocumentsResponse> {
  return getJson('/documents', DocumentsResponseSchema, options);
}

export function fetchDocument(id: string, options: RequestOptions = {}): Promise<DocumentResponse> {
  return getJson(`/documents/${encodeURIComponent(id)}`, DocumentResponseSchema, options);
}
