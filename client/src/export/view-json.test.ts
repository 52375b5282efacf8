import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '@kgx/contract';
import { exportFileName, toViewExport } from './view-json.ts';

const now = new Date('2024-01-12T10:00:00Z');
const nodes: GraphNode[] = [
  { id: 'person:b', type: 'Person', name: 'B', aliases: [] },
  { id: 'person:a', type: 'Person', name: 'A', aliases: [] },
];
const edges: GraphEdge[] = [
  {
    id: 'ab',
    type: 'ADVISES',
    source: 'person:a',
    target: 'person:b',
    evidence: [{ documentId: 'doc', quote: 'A advises B', date: '2023' }],
  },
  { id: 'ax', type: 'ADVISES', source: 'person:a', target: 'person:x', evidence: [] },
];

describe('toViewExport', () => {
  it('exports nodes and edges with their evidence, sorted, and drops dangling edges', () => {
    const view = toViewExport({ nodes, edges, hidden: ['person:b'], pinned: [], link: 'http://host/?e=person:a', now });
    expect(view.nodes.map((n) => n.id)).toEqual(['person:a', 'person:b']);
    expect(view.edges).toHaveLength(1);
    expect(view.edges[0]?.evidence[0]).toMatchObject({ quote: 'A advises B' });
    expect(view).toMatchObject({ format: 'kgx-view', version: 1, exportedAt: '2024-01-12T10:00:00.000Z', hidden: ['person:b'] });
  });

  it('names files by date', () => {
    expect(exportFileName('png', now)).toBe('kgx-view-2024-01-12.png');
  });
});
