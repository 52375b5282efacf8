// The corpus: the list of documents, and one document with its text and the entities it mentions.
import type { DocumentSummary, GraphNode } from '@kgx/contract';
import type { GraphClient } from './client.ts';
import { DOCUMENT_SUMMARY, toDocumentSummary } from './document-summary.ts';
import { toGraphNode } from './records.ts';

const LIST_DOCUMENTS = `
MATCH (d:Document)
RETURN ${DOCUMENT_SUMMARY} AS document
ORDER BY d.date, d.id`;

const DOCUMENT = `
MATCH (d:Document {id: $id})
CALL (d) {
  OPTIONAL MATCH (d)-[:MENTIONS]->(n:Entity)
  RETURN collect(n) AS entities
}
RETURN ${DOCUMENT_SUMMARY} AS document, d.text AS text, entities`;

export async function listDocuments(client: GraphClient): Promise<DocumentSummary[]> {
  return client.read(async (tx) => (await tx.run(LIST_DOCUMENTS)).records.map((r) => toDocumentSummary(r.get('document'))));
}

export async function readDocument(
  client: GraphClient,
  id: string,
): Promise<{ document: DocumentSummary & { text: string }; entities: GraphNode[] } | null> {
  return client.read(async (tx) => {
    const record = (await tx.run(DOCUMENT, { id })).records[0];
    if (!record) return null;
    return {
      document: { ...toDocumentSummary(record.get('document')), text: String(record.get('text') ?? '') },
      entities: (record.get('entities') as Parameters<typeof toGraphNode>[0][]).map(toGraphNode),
    };
  });
}

const DOCUMENT_TEXTS = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.text AS text`;

/** The texts of the documents among `ids` that the graph holds: an import's quote may cite one another data set brought. */
export async function readDocumentTexts(client: GraphClient, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const records = await client.read(async (tx) => (await tx.run(DOCUMENT_TEXTS, { ids })).records);
  return new Map(records.map((r) => [String(r.get('id')), String(r.get('text') ?? '')]));
}
