// Counts of nodes by type and relations by type, read from the count store.
import { ENTITY_TYPES, RELATION_TYPES, type StatsResponse } from '@kgx/contract';
import type { GraphClient } from './client.ts';
import { quoteIdentifier } from './identifiers.ts';

const COUNTS = `RETURN
${[...ENTITY_TYPES, 'Document' as const].map((t) => `  COUNT { (:${quoteIdentifier(t)}) } AS ${t}`).join(',\n')},
${RELATION_TYPES.map((t) => `  COUNT { ()-[:${quoteIdentifier(t)}]->() } AS ${t}`).join(',\n')}`;

const EVIDENCE = `MATCH (:Entity)-[r]->(:Entity) WHERE r.evidenceQuotes IS NOT NULL
RETURN count(r) AS relations, sum(size(r.evidenceQuotes)) AS evidence`;

export async function readStats(client: GraphClient): Promise<StatsResponse> {
  return client.read(async (tx) => {
    const counts = (await tx.run(COUNTS)).records[0];
    const evidence = (await tx.run(EVIDENCE)).records[0];
    const nodes: Record<string, number> = {};
    for (const t of [...ENTITY_TYPES, 'Document']) nodes[t] = Number(counts?.get(t) ?? 0);
    const relations: Record<string, number> = {};
    for (const t of RELATION_TYPES) {
      const n = Number(counts?.get(t) ?? 0);
      if (n > 0) relations[t] = n;
    }
    return {
      nodes,
      relations,
      totals: {
        entities: ENTITY_TYPES.reduce((sum, t) => sum + (nodes[t] ?? 0), 0),
        documents: nodes['Document'] ?? 0,
        relations: Number(evidence?.get('relations') ?? 0),
        evidence: Number(evidence?.get('evidence') ?? 0),
      },
    };
  });
}
