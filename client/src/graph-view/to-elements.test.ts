import { describe, expect, it } from 'vitest';
import type { Graph } from '@kgx/contract';
import { labelSize, nodeSize, toCytoscapeElements, toEdgeData, toNodeElement } from './to-elements.ts';
import { withDefaultVocabulary } from '../domain/default-vocabulary.test-setup.ts';

withDefaultVocabulary();

const graph: Graph = {
  nodes: [
    { id: 'person:ruben-vardanyan', type: 'Person', name: 'Ruben Vardanyan', aliases: [], degree: 9 },
    { id: 'organisation:azerbaijani-armed-forces', type: 'Organisation', name: 'Azerbaijani Armed Forces', aliases: [] },
  ],
  edges: [
    {
      id: 'r1',
      type: 'DETAINED',
      source: 'organisation:azerbaijani-armed-forces',
      target: 'person:ruben-vardanyan',
      evidence: [{ documentId: 'd', quote: 'was apprehended by Azerbaijani forces' }],
    },
    { id: 'r2', type: 'LEADS', source: 'person:ruben-vardanyan', target: 'organisation:missing', evidence: [] },
  ],
};

describe('toCytoscapeElements', () => {
  it('turns nodes and edges into elements and drops edges with a missing end', () => {
    const elements = toCytoscapeElements(graph);
    expect(elements.map((e) => [e.group, e.data.id])).toEqual([
      ['nodes', 'person:ruben-vardanyan'],
      ['nodes', 'organisation:azerbaijani-armed-forces'],
      ['edges', 'r1'],
    ]);
  });

  it('labels nodes by name and edges with the vocabulary wording', () => {
    const [person] = toCytoscapeElements(graph);
    expect(person?.data).toMatchObject({ label: 'Ruben Vardanyan', type: 'Person', degree: 9 });
    const firstEdge = graph.edges[0];
    if (!firstEdge) throw new Error('fixture has an edge');
    expect(toEdgeData(firstEdge)).toMatchObject({ label: 'detained', category: 'event', evidenceCount: 1 });
  });

  it('places a node where asked', () => {
    const first = graph.nodes[0];
    if (!first) throw new Error('fixture has a node');
    expect(toNodeElement(first, { x: 3, y: 4 }).position).toEqual({ x: 3, y: 4 });
  });
});

describe('nodeSize', () => {
  it('grows with degree and is bounded', () => {
    expect(nodeSize(undefined)).toBe(30);
    expect(nodeSize(4)).toBeGreaterThan(nodeSize(1));
    expect(nodeSize(10_000)).toBe(64);
  });
});

describe('labelSize', () => {
  it('grows with the degree from 12 to at most 20, so hubs stay named when zoomed out', () => {
    expect(labelSize(0)).toBe(12);
    expect(labelSize(undefined)).toBe(12);
    expect(labelSize(1)).toBe(14);
    expect(labelSize(15)).toBe(20);
    expect(labelSize(5000)).toBe(20);
    const sizes = [0, 1, 3, 7, 15].map(labelSize);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
  });
});
