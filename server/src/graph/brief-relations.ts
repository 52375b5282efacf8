// What a brief reads: relations by id with both ends and their evidence, and the title and date of each document cited.
import { isQuoteEvidence, type GraphEdge, type GraphNode } from '@kgx/contract';
import type { GraphClient } from './client.ts';
import { toGraphEdge, toGraphNode } from './records.ts';

/** Anchored on both ends through the entity id constraint: a relation id names its ends (see relationId()). */
const RELATIONS_BY_ID = `
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})-[r]->(o:Entity {id: row.target})
WHERE r.id = row.id
RETURN row.id AS id, s, r, o`;

const CITED_DOCUMENTS = `
MATCH (d:Document) WHERE d.id IN $ids
RETURN d.id AS id, d.title AS title, d.date AS date`;

export interface BriefRelation {
  subject: GraphNode;
  relation: GraphEdge;
  object: GraphNode;
}

export interface CitedDocument {
  id: string;
  title: string;
  date?: string;
}

/** `source>TYPE>target`, as relationId() makes it; null for anything else (entity ids and types hold no `>`). */
function relationEnds(id: string): { id: string; source: string; target: string } | null {
  const parts = id.split('>');
  if (parts.length !== 3 || parts.some((part) => part === '')) return null;
  return { id, source: parts[0] ?? '', target: parts[2] ?? '' };
}

function toCitedDocument(record: { get(key: string): unknown }): CitedDocument {
  const id = String(record.get('id'));
  const title = record.get('title');
  const date = record.get('date');
  return {
    id,
    title: typeof title === 'string' && title !== '' ? title : id,
    ...(typeof date === 'string' && date !== '' ? { date } : {}),
  };
}

/**
 * The relations among `ids` that the graph holds, keyed by id (an id naming none is simply absent), and the documents
 * their quotes cite, read in one transaction so that both come from the same state of the graph.
 */
export async function readBriefMaterial(
  client: GraphClient,
  ids: readonly string[],
): Promise<{ relations: Map<string, BriefRelation>; documents: Map<string, CitedDocument> }> {
  const rows = [...new Set(ids)].flatMap((id) => relationEnds(id) ?? []);
  if (rows.length === 0) return { relations: new Map(), documents: new Map() };
  return client.read(async (tx) => {
    const relations = new Map<string, BriefRelation>();
    for (const record of (await tx.run(RELATIONS_BY_ID, { rows })).records) {
      const subject = toGraphNode(record.get('s'));
      const object = toGraphNode(record.get('o'));
      relations.set(String(record.get('id')), { subject, relation: toGraphEdge(record.get('r'), subject.id, object.id), object });
    }
    const cited = new Set(
      [...relations.values()].flatMap(({ relation }) => relation.evidence.flatMap((e) => (isQuoteEvidence(e) ? [e.documentId] : []))),
    );
    if (cited.size === 0) return { relations, documents: new Map() };
    const documents = new Map(
      (await tx.run(CITED_DOCUMENTS, { ids: [...cited] })).records.map((record) => {
        const document = toCitedDocument(record);
        return [document.id, document];
      }),
    );
    return { relations, documents };
  });
}
