import { describe, expect, it } from 'vitest';
import type { GraphNode, Path } from '@kgx/contract';
import { INITIAL_STATE, type PathResult } from './explorer-state.ts';
import { MAX_LINKED_ENTITIES, MAX_POSITIONED_ENTITIES, selectHiddenIds, selectPathIds, toUrlView } from './view-selectors.ts';

function path(nodeIds: string[], edgeIds: string[]): Path {
  return { nodes: [], edges: [], length: edgeIds.length, nodeIds, edgeIds };
}

const query = { from: 'person:a', to: 'person:c', maxHops: 6, k: 3, relation: [] };

describe('selectPathIds', () => {
  const result: PathResult = {
    query,
    status: 'done',
    paths: [path(['person:a', 'person:b', 'person:c'], ['ab', 'bc']), path(['person:a', 'person:c'], ['ac'])],
    activeIndex: null,
  };

  it('highlights every path when none is singled out', () => {
    expect([...(selectPathIds(result) ?? [])].sort()).toEqual(['ab', 'ac', 'bc', 'person:a', 'person:b', 'person:c']);
  });

  it('highlights only the path singled out', () => {
    expect([...(selectPathIds({ ...result, activeIndex: 1 }) ?? [])].sort()).toEqual(['ac', 'person:a', 'person:c']);
  });

  it('highlights nothing while loading, on error or with no paths', () => {
    expect(selectPathIds(null)).toBeNull();
    expect(selectPathIds({ ...result, status: 'loading' })).toBeNull();
    expect(selectPathIds({ ...result, paths: [] })).toBeNull();
  });
});

describe('toUrlView', () => {
  function node(id: string): GraphNode {
    return { id, type: 'Person', name: id, aliases: [] };
  }

  it('carries the entities on the canvas but not documents', () => {
    const state = {
      ...INITIAL_STATE,
      nodes: { 'person:a': node('person:a'), '003_doc': { ...node('003_doc'), type: 'Document' as const } },
    };
    expect(toUrlView(state).entityIds).toEqual(['person:a']);
  });

  it('leaves the canvas out of the link when it is too large to share', () => {
    const nodes = Object.fromEntries(Array.from({ length: MAX_LINKED_ENTITIES + 1 }, (_, i) => [`person:p${i}`, node(`person:p${i}`)]));
    const view = toUrlView({ ...INITIAL_STATE, nodes, selection: ['person:p1'] });
    expect(view.entityIds).toEqual([]);
    expect(view.selection).toEqual([]);
  });

  it('carries the positions of the linked entities and the frame, and leaves both out above the positioned limit', () => {
    const viewport = { zoom: 1.5, center: { x: 1, y: 2 } };
    const positionsOf = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`person:p${i}`, { x: i, y: -i }]));
    const nodesOf = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`person:p${i}`, node(`person:p${i}`)]));
    const few = toUrlView({
      ...INITIAL_STATE,
      nodes: nodesOf(2),
      positions: { ...positionsOf(2), 'person:gone': { x: 0, y: 0 } },
      viewport,
    });
    expect(few.positions).toEqual(positionsOf(2));
    expect(few.viewport).toEqual(viewport);
    const many = MAX_POSITIONED_ENTITIES + 1;
    const crowded = toUrlView({ ...INITIAL_STATE, nodes: nodesOf(many), positions: positionsOf(many), viewport });
    expect(crowded.entityIds).toHaveLength(many);
    expect(crowded.positions).toEqual({});
    expect(crowded.viewport).toBeNull();
  });

  it('carries the path query and the panel', () => {
    const view = toUrlView({ ...INITIAL_STATE, panel: 'paths', path: { query, status: 'done', paths: [], activeIndex: null } });
    expect(view.panel).toBe('paths');
    expect(view.pathQuery).toEqual(query);
  });
});

describe('selectHiddenIds', () => {
  const node = (id: string, type: string) => ({ id, type, name: id, aliases: [] });
  const nodes = { a: node('a', 'Person'), b: node('b', 'Event'), c: node('c', 'Event'), d: node('d', 'Place') };

  it('holds what was hidden by hand and every entity of a type switched off in the legend', () => {
    expect([...selectHiddenIds({ nodes, hidden: ['d'], hiddenTypes: ['Event'] })].sort()).toEqual(['b', 'c', 'd']);
  });

  it('is what was hidden by hand when no type is switched off', () => {
    expect([...selectHiddenIds({ nodes, hidden: ['a'], hiddenTypes: [] })]).toEqual(['a']);
  });
});
