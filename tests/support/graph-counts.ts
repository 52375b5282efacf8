// Counts everything in the database, to prove that a refused request or a repeated load changed nothing.
import type { GraphClient } from '../../server/src/graph/client.ts';

export interface GraphCounts {
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  types: Record<string, number>;
  /** A digest of every property of every node and relationship, so an in-place edit shows too. */
  fingerprint: string;
}

const COUNTS = `
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (n) UNWIND labels(n) AS label WITH label, count(*) AS c RETURN collect([label, c]) AS labels }
CALL () { MATCH ()-[r]->() WITH type(r) AS type, count(*) AS c RETURN collect([type, c]) AS types }
RETURN nodes, relationships, labels, types`;

// A data set record's updatedAt says when it was last written: a reimport moves it and changes nothing else. The
// graph's evidence counter and timeline months are derived and recounted shortly after a decision or merge (their own
// tests follow them).
const FINGERPRINT = `
CALL () {
  MATCH (n) WITH n ORDER BY n.id, elementId(n)
  RETURN collect([labels(n), CASE WHEN n:Dataset THEN n {.*, updatedAt: null}
    WHEN n:GraphState THEN n {.*, evidenceCount: null, timelineMonths: null, timelineEvents: null, timelineRelations: null, timelineUndated: null} ELSE properties(n) END]) AS nodes
}
CALL () { MATCH (a)-[r]->(b) WITH a, r, b ORDER BY a.id, type(r), b.id, r.id RETURN collect([a.id, type(r), b.id, properties(r)]) AS rels }
RETURN nodes, rels`;

/** Property order is a storage detail (it follows write history): the fingerprint compares maps key by key. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
}

export async function countGraph(client: GraphClient): Promise<GraphCounts> {
  return client.read(async (tx) => {
    const counts = (await tx.run(COUNTS)).records[0]!;
    const fingerprint = (await tx.run(FINGERPRINT)).records[0]!;
    return {
      nodes: Number(counts.get('nodes')),
      relationships: Number(counts.get('relationships')),
      labels: Object.fromEntries((counts.get('labels') as [string, unknown][]).map(([k, v]) => [k, Number(v)])),
      types: Object.fromEntries((counts.get('types') as [string, unknown][]).map(([k, v]) => [k, Number(v)])),
      fingerprint: JSON.stringify([fingerprint.get('nodes'), fingerprint.get('rels')], sortedKeys),
    };
  });
}

/** Where two fingerprints part, with some context on each side: what a failed comparison shows instead of two walls of JSON. */
export function firstDifference(actual: string, expected: string, context = 200): { actual: string; expected: string } {
  let at = 0;
  while (at < actual.length && actual[at] === expected[at]) at++;
  const from = Math.max(0, at - context);
  return { actual: actual.slice(from, at + context), expected: expected.slice(from, at + context) };
}
