// What the graph already holds about the ends of proposed relations: their relations in either direction, with
// dates, so that the review can say what a sentence corroborates or contradicts.
import type { GraphClient } from './client.ts';

export interface RelationFact {
  id: string;
  type: string;
  source: string;
  target: string;
  /** The earliest and latest day the relation may cover, when it is dated. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Data sets whose evidence supports it. */
  datasets: string[];
}

const RELATIONS_BETWEEN = `
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair[0]})-[r]-(b:Entity {id: pair[1]})
RETURN DISTINCT r.id AS id, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
  r.dateFrom AS dateFrom, r.dateTo AS dateTo, coalesce(r.datasets, []) AS datasets`;

/** Relations between each pair, in either direction, keyed `a\0b` for each pair as given. */
export async function readRelationFacts(
  client: GraphClient,
  pairs: readonly (readonly [string, string])[],
): Promise<Map<string, RelationFact[]>> {
  const facts = new Map<string, RelationFact[]>();
  if (pairs.length === 0) return facts;
  const unique = [...new Map(pairs.map((p) => [`${p[0]}\u0000${p[1]}`, [p[0], p[1]]])).values()];
  const records = await client.read(async (tx) => (await tx.run(RELATIONS_BETWEEN, { pairs: unique })).records);
  const found = records.map((r): RelationFact => ({
    id: String(r.get('id')),
    type: String(r.get('type')),
    source: String(r.get('source')),
    target: String(r.get('target')),
    dateFrom: (r.get('dateFrom') as string | null) ?? null,
    dateTo: (r.get('dateTo') as string | null) ?? null,
    datasets: (r.get('datasets') as unknown[]).map(String),
  }));
  for (const [a, b] of unique) {
    facts.set(
      `${a}\u0000${b}`,
      found.filter((f) => (f.source === a && f.target === b) || (f.source === b && f.target === a)),
    );
  }
  return facts;
}
