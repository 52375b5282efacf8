// Counts of nodes by type and relations by type, read from the count store for the types of the vocabulary.
import type { StatsResponse } from '@kgx/contract';
import type { GraphClient } from './client.ts';
import { quoteIdentifier } from './identifiers.ts';

/** One count-store lookup per type; the query text follows the vocabulary, so it is built per call. */
const counts = (labels: readonly string[], relationTypes: readonly string[]) => `RETURN
  [${labels.map((t) => `COUNT { (:${quoteIdentifier(t)}) }`).join(', ')}] AS nodes,
  [${relationTypes.map((t) => `COUNT { ()-[:${quoteIdentifier(t)}]->() }`).join(', ')}] AS relations`;

const EVIDENCE = `MATCH (:Entity)-[r]->(:Entity) WHERE r.evidenceQuotes IS NOT NULL
RETURN count(r) AS relations, sum(size(r.evidenceQuotes)) AS evidence`;

export async function readStats(
  client: GraphClient,
  vocabulary: { entityTypes: readonly string[]; relationTypes: readonly string[] },
): Promise<StatsResponse> {
  const labels = [...vocabulary.entityTypes, 'Document'];
  return client.read(async (tx) => {
    const record = (await tx.run(counts(labels, vocabulary.relationTypes))).records[0];
    const evidence = (await tx.run(EVIDENCE)).records[0];
    const nodeCounts = ((record?.get('nodes') ?? []) as unknown[]).map(Number);
    const relationCounts = ((record?.get('relations') ?? []) as unknown[]).map(Number);
    const nodes: Record<string, number> = {};
    labels.forEach((t, i) => (nodes[t] = nodeCounts[i] ?? 0));
    const relations: Record<string, number> = {};
    vocabulary.relationTypes.forEach((t, i) => {
      const n = relationCounts[i] ?? 0;
      if (n > 0) relations[t] = n;
    });
    return {
      nodes,
      relations,
      totals: {
        entities: vocabulary.entityTypes.reduce((sum, t) => sum + (nodes[t] ?? 0), 0),
        documents: nodes['Document'] ?? 0,
        relations: Number(evidence?.get('relations') ?? 0),
        evidence: Number(evidence?.get('evidence') ?? 0),
      },
    };
  });
}
