// Counts of nodes by type and relations by type, read from the count store for the types of the vocabulary, and the
// number of pieces of evidence, a counter stored with the graph (beside the timeline's months): no request reads every
// relation to count.
import type { StatsResponse } from '@kgx/contract';
import type { GraphClient } from './client.ts';
import { quoteIdentifier } from './identifiers.ts';
import { COUNT_TIMELINE, STORE_TIMELINE, TIMELINE_STORED } from './timeline.ts';

/** One count-store lookup per type; the query text follows the vocabulary, so it is built per call. */
const counts = (labels: readonly string[], relationTypes: readonly string[]) => `OPTIONAL MATCH (g:GraphState {id: 'graph'})
RETURN
  [${labels.map((t) => `COUNT { (:${quoteIdentifier(t)}) }`).join(', ')}] AS nodes,
  [${relationTypes.map((t) => `COUNT { ()-[:${quoteIdentifier(t)}]->() }`).join(', ')}] AS relations,
  g.evidenceCount AS evidence`;

/** Reads every relation: run after the writes that change evidence (imports, removals, decisions), never per request. */
const COUNT_EVIDENCE = `MATCH (:Entity)-[r]->(:Entity) RETURN sum(size(coalesce(r.evidenceQuotes, []))) AS evidence`;

/** The evidence and the timeline's months, counted afresh and stored with the graph in one transaction. */
const STORE_AGGREGATES = `
CALL () { ${COUNT_EVIDENCE} }
CALL () { ${COUNT_TIMELINE} }
MERGE (g:GraphState {id: 'graph'})
SET g.evidenceCount = evidence, ${STORE_TIMELINE}
RETURN evidence`;

/**
 * Counts what the graph derives from every relation (the evidence, the timeline's months) afresh and stores it with
 * the graph; returns the evidence count.
 */
export async function storeAggregates(client: GraphClient): Promise<number> {
  return client.write(async (tx) => {
    const record = (await tx.run(STORE_AGGREGATES)).records[0];
    return Number(record?.get('evidence') ?? 0);
  });
}

const HAS_AGGREGATES = `
RETURN EXISTS { MATCH (g:GraphState {id: 'graph'}) WHERE g.evidenceCount IS NOT NULL AND g.${TIMELINE_STORED} IS NOT NULL } AS stored`;

/** A graph written before the aggregates existed (or by another tool) gets them once, at start. */
export async function ensureAggregates(client: GraphClient): Promise<void> {
  const stored = await client.read(async (tx) => Boolean((await tx.run(HAS_AGGREGATES)).records[0]?.get('stored')));
  if (!stored) await storeAggregates(client);
}

/** Counts the evidence without storing it, for a check against the stored count. */
export async function countEvidence(client: GraphClient): Promise<number> {
  return client.read(async (tx) => Number((await tx.run(COUNT_EVIDENCE)).records[0]?.get('evidence') ?? 0));
}

/** The counts of the vocabulary's types (as `GET /api/vocabulary` serves it: entity types by name, relation types by type). */
export async function readStats(
  client: GraphClient,
  vocabulary: { entityTypes: readonly { name: string }[]; relationTypes: readonly { type: string }[] },
): Promise<StatsResponse> {
  const entityTypes = vocabulary.entityTypes.map((t) => t.name);
  const relationTypes = vocabulary.relationTypes.map((t) => t.type);
  const labels = [...entityTypes, 'Document'];
  return client.read(async (tx) => {
    const record = (await tx.run(counts(labels, relationTypes))).records[0];
    const stored: unknown = record?.get('evidence');
    // A graph written before the counter existed is counted once, here; the next write stores the count.
    const evidence =
      stored === null || stored === undefined ? Number((await tx.run(COUNT_EVIDENCE)).records[0]?.get('evidence') ?? 0) : Number(stored);
    const nodeCounts = ((record?.get('nodes') ?? []) as unknown[]).map(Number);
    const relationCounts = ((record?.get('relations') ?? []) as unknown[]).map(Number);
    const nodes: Record<string, number> = {};
    labels.forEach((t, i) => (nodes[t] = nodeCounts[i] ?? 0));
    const relations: Record<string, number> = {};
    relationTypes.forEach((t, i) => {
      const n = relationCounts[i] ?? 0;
      if (n > 0) relations[t] = n;
    });
    return {
      nodes,
      relations,
      totals: {
        entities: entityTypes.reduce((sum, t) => sum + (nodes[t] ?? 0), 0),
        documents: nodes['Document'] ?? 0,
        relations: Object.values(relations).reduce((sum, n) => sum + n, 0),
        evidence,
      },
    };
  });
}
