// A synthetic graph for canvas tests that load a graph through the test hooks: people the API does not know, so no
// test clicks one expecting its details.
import type { Graph, GraphEdge, GraphNode } from '@kgx/contract';

/** A connected graph of `count` people: a chain, plus a relation from every third to one far along. */
export function peopleChain(count: number): Graph {
  const nodes: GraphNode[] = Array.from({ length: count }, (_, i) => ({
    id: `person:chain-${i}`,
    type: 'Person',
    name: `Person ${i}`,
    aliases: [],
  }));
  const edges: GraphEdge[] = [];
  const relate = (a: number, b: number): void => {
    const source = nodes[a];
    const target = nodes[b];
    if (!source || !target) return;
    edges.push({ id: `${source.id}>MET_WITH>${target.id}`, type: 'MET_WITH', source: source.id, target: target.id, evidence: [] });
  };
  for (let i = 1; i < count; i++) relate(i - 1, i);
  for (let i = 0; i < count; i += 3) relate(i, (i * 7 + 11) % count);
  return { nodes, edges };
}
