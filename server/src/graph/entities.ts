// One entity with its degree, the documents that mention it, and how many relations of each type it has.
import type { EntityResponse } from '@kgx/contract';
import { int, type GraphClient } from './client.ts';
import { toGraphNode } from './records.ts';
import { DOCUMENT_SUMMARY, toDocumentSummary } from './document-summary.ts';

const ENTITY = `
MATCH (n:Entity {id: $id})
CALL (n) {
  OPTIONAL MATCH (d:Document)-[:MENTIONS]->(n)
  WITH d ORDER BY d.date, d.id
  RETURN collect(${DOCUMENT_SUMMARY}) AS documents
}
CALL (n) {
  OPTIONAL MATCH (n)-[r]-(:Entity)
  WITH type(r) AS type, count(r) AS count WHERE type IS NOT NULL
  RETURN collect([type, count]) AS relationCounts
}
RETURN n, documents, relationCounts`;

const ENTITIES_EXIST = `
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
WITH id, n WHERE n IS NULL
RETURN collect(id) AS missing`;

const ENTITY_TYPES_OF = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS type`;

export async function readEntity(client: GraphClient, id: string): Promise<EntityResponse | null> {
  return client.read(async (tx) => {
    const record = (await tx.run(ENTITY, { id })).records[0];
    if (!record) return null;
    const counts = record.get('relationCounts') as [string, unknown][];
    return {
      entity: toGraphNode(record.get('n')),
      documents: (record.get('documents') as Record<string, unknown>[]).map(toDocumentSummary),
      relationCounts: Object.fromEntries(counts.map(([type, count]) => [type, Number(count)])),
    };
  });
}

/** The ids among `ids` that name no entity. */
export async function findMissingEntities(client: GraphClient, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  return client.read(async (tx) => (await tx.run(ENTITIES_EXIST, { ids })).records[0]?.get('missing') as string[]);
}

/** The type of each id among `ids` that names an entity already in the graph. */
export async function readEntityTypes(client: GraphClient, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const records = await client.read(async (tx) => (await tx.run(ENTITY_TYPES_OF, { ids })).records);
  return new Map(records.map((r) => [String(r.get('id')), String(r.get('type') ?? 'Entity')]));
}

/** The most entities whose names a new document is searched for; past it, the best connected ones. */
export const MAX_MENTIONABLE_ENTITIES = 200_000;

const MENTIONABLE = `
MATCH (n:Entity)
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS type, n.name AS name, coalesce(n.aliases, []) AS aliases
ORDER BY coalesce(n.degree, 0) DESC
LIMIT $limit`;

/** Names and aliases of the graph's entities, for finding where new documents mention them. */
export async function readMentionableEntities(
  client: GraphClient,
): Promise<{ id: string; type: string; name: string; aliases: string[] }[]> {
  const records = await client.read(async (tx) => (await tx.run(MENTIONABLE, { limit: int(MAX_MENTIONABLE_ENTITIES) })).records);
  return records.map((r) => ({
    id: String(r.get('id')),
    type: String(r.get('type') ?? 'Entity'),
    name: String(r.get('name') ?? ''),
    aliases: (r.get('aliases') as unknown[]).map(String),
  }));
}
