// The documents, and one document with the places in its text where entities are named.
import type { DocumentResponse, DocumentsResponse } from '@kgx/contract';
import { NotFoundError } from '../errors.ts';
import type { GraphClient } from '../graph/client.ts';
import { listDocuments, readDocument } from '../graph/documents.ts';
import { findMentionSpans } from './mention-spans.ts';

export class DocumentService {
  constructor(private readonly client: GraphClient) {}

  async documents(): Promise<DocumentsResponse> {
    return { documents: await listDocuments(this.client) };
  }

  async document(id: string): Promise<DocumentResponse> {
    const found = await readDocument(this.client, id);
    if (!found) throw new NotFoundError('DOCUMENT_NOT_FOUND', `no document with id '${id}'`);
    const spans = findMentionSpans(found.document.text, found.entities);
    const mentions = found.entities
      .map((entity) => ({ entity, spans: spans.get(entity.id) ?? [] }))
      .sort((a, b) => (a.spans[0]?.[0] ?? Infinity) - (b.spans[0]?.[0] ?? Infinity) || a.entity.name.localeCompare(b.entity.name));
    return { document: found.document, mentions };
  }
}
