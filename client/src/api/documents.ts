// GET /api/documents and /api/documents/:id: the corpus, and one text with the entities it mentions.
import { DocumentResponseSchema, DocumentsResponseSchema, type DocumentResponse, type DocumentsResponse } from '@kgx/contract';
import { getJson } from './http.ts';

export function listDocuments(signal?: AbortSignal): Promise<DocumentsResponse> {
  return getJson('/documents', DocumentsResponseSchema, signal ? { signal } : {});
}

export function fetchDocument(id: string, signal?: AbortSignal): Promise<DocumentResponse> {
  return getJson(`/documents/${encodeURIComponent(id)}`, DocumentResponseSchema, signal ? { signal } : {});
}
