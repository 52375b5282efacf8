// How a document is summarised in lists: the projection every query uses and its conversion to the contract.
import type { DocumentSummary } from '@kgx/contract';

/** A map projection of a Document `d`. */
export const DOCUMENT_SUMMARY = `d { .id, .title, .date, .kind, .length, entityCount: COUNT { (d)-[:MENTIONS]->() } }`;

export function toDocumentSummary(row: Record<string, unknown>): DocumentSummary {
  const date = typeof row['date'] === 'string' ? row['date'] : undefined;
  return {
    id: String(row['id']),
    title: String(row['title']),
    ...(date ? { date } : {}),
    kind: String(row['kind'] ?? 'other'),
    length: Number(row['length'] ?? 0),
    entityCount: Number(row['entityCount'] ?? 0),
  };
}
