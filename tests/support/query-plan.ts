// The operators Neo4j plans for a statement (EXPLAIN, nothing run), to check that a query reads through its indexes.
import type { GraphClient } from '../../server/src/graph/client.ts';

/** Every operator of the statement's plan, from the root down. */
export async function planOperators(client: GraphClient, query: string, params: Record<string, unknown> = {}): Promise<string[]> {
  return client.read(async (tx) => {
    const plan = (await tx.run(`EXPLAIN ${query}`, params)).summary.plan;
    const names: string[] = [];
    const walk = (step: typeof plan) => {
      if (!step) return;
      names.push(step.operatorType);
      step.children.forEach(walk);
    };
    walk(plan);
    return names;
  });
}
