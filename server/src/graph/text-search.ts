// Finding what the documents say: the documents whose text holds every word (the full-text index), and the relations
// whose evidence quotes those documents, reached through the entities each document mentions.
import type { DocumentSummary, GraphEdge, GraphNode } from '@kgx/contract';
import { int, type GraphClient } from './client.ts';
import { DOCUMENT_SUMMARY, toDocumentSummary } from './document-summary.ts';
import { toGraphEdge, toGraphNode } from './records.ts';
import { DOCUMENT_TEXT_INDEX } from './schema.ts';

const DOCUMENTS_MATCHING = `
CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node, score
WITH node AS d, score WHERE d:Document
ORDER BY score DESC LIMIT $limit
RETURN ${DOCUMENT_SUMMARY} AS document, d.text AS text, d.sentences AS sentences`;

/** A relation is found when one of its ends is mentioned by the document it quotes (extraction and imports link them). */
const RELATIONS_QUOTING = `
UNWIND $ids AS id
MATCH (:Document {id: id})-[:MENTIONS]->(:Entity)-[r]-(:Entity)
WHERE id IN r.evidenceDocumentIds
WITH DISTINCT id, r
MATCH (s:Entity)-[r]->(o:Entity)
RETURN id AS documentId, s, r, o`;

export interface DocumentText {
  document: DocumentSummary;
  text: string;
  /** Sentence boundaries as stored at import ([start, end, start, end, ...]); absent on documents stored before them. */
  sentences: number[] | undefined;
}

export async function findDocumentsMatching(client: GraphClient, opts: { lucene: string; limit: number }): Promise<DocumentText[]> {
  return client.read(async (tx) => {
    const records = (await tx.run(DOCUMENTS_MATCHING, { index: DOCUMENT_TEXT_INDEX, lucene: opts.lucene, limit: int(opts.limit) })).records;
    return records.map((record) => {
      const sentences: unknown = record.get('sentences');
      return {
        document: toDocumentSummary(record.get('document')),
        text: String(record.get('text') ?? ''),
        sentences: Array.isArray(sentences) ? sentences.map(Number) : undefined,
      };
    });
  });
}

export interface QuotingRelation {
  documentId: string;
  subject: GraphNode;
  relation: GraphEdge;
  object: GraphNode;
}

export async function readRelationsQuoting(client: GraphClient, documentIds: readonly string[]): Promise<QuotingRelation[]> {
  if (documentIds.length === 0) return [];
  return client.read(async (tx) => {
    const records = (await tx.run(RELATIONS_QUOTING, { ids: [...documentIds] })).records;
    return records.map((record) => {
      const subject = toGraphNode(record.get('s'));
      const object = toGraphNode(record.get('o'));
      return {
        documentId: String(record.get('documentId')),
        subject,
        relation: toGraphEdge(record.get('r'), subject.id, object.id),
        object,
      };
    });
  });
}
