import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode } from '@kgx/contract';
import { explorerReducer } from './explorer-reducer.ts';
import { INITIAL_STATE, type ExplorerState } from './explorer-state.ts';

function node(id: string): GraphNode {
  return { id, type: 'Person', name: id, aliases: [] };
}

const graph: Graph = {
  nodes: [node('person:a'), node('person:b'), node('person:c')],
  edges: [
    { id: 'ab', type: 'ADVISES', source: 'person:a', target: 'person:b', evidence: [] },
    { id: 'bc', type: 'ADVISES', source: 'person:b', target: 'person:c', evidence: [] },
  ],
};

function withGraph(): ExplorerState {
  return explorerReducer(INITIAL_STATE, { type: 'graph/merge', graph });
}

describe('explorerReducer', () => {
  it('merges graphs and leaves out edges whose ends are missing', () => {
    const state = explorerReducer(INITIAL_STATE, {
      type: 'graph/merge',
      graph: { nodes: [node('person:a')], edges: [{ id: 'ax', type: 'ADVISES', source: 'person:a', target: 'person:x', evidence: [] }] },
    });
    expect(Object.keys(state.nodes)).toEqual(['person:a']);
    expect(state.edges).toEqual({});
  });

  it('selects what it merged when asked', () => {
    const state = explorerReducer(INITIAL_STATE, { type: 'graph/merge', graph, select: ['person:b', 'person:zz'] });
    expect(state.selection).toEqual(['person:b']);
  });

  it('removes nodes with their edges and forgets them everywhere', () => {
    let state = withGraph();
    state = explorerReducer(state, { type: 'nodes/pin', ids: ['person:b'], pinned: true });
    state = explorerReducer(state, { type: 'selection/set', ids: ['person:b', 'ab'] });
    state = explorerReducer(state, { type: 'truncation/set', truncation: { centerId: 'person:b', total: 9, shown: 2, limit: 2 } });
    state = explorerReducer(state, { type: 'nodes/remove', ids: ['person:b'] });
    expect(Object.keys(state.nodes).sort()).toEqual(['person:a', 'person:c']);
    expect(state.edges).toEqual({});
    expect(state.pinned).toEqual([]);
    expect(state.selection).toEqual([]);
    expect(state.truncations).toEqual({});
  });

  it('hides nodes, deselecting them, and shows them again', () => {
    let state = explorerReducer(withGraph(), { type: 'selection/set', ids: ['person:a'] });
    state = explorerReducer(state, { type: 'nodes/hide', ids: ['person:a', 'person:a', 'person:unknown'] });
    expect(state.hidden).toEqual(['person:a']);
    expect(state.selection).toEqual([]);
    expect(explorerReducer(state, { type: 'nodes/show' }).hidden).toEqual([]);
  });

  it('pins and unpins', () => {
    let state = explorerReducer(withGraph(), { type: 'nodes/pin', ids: ['person:a', 'person:c'], pinned: true });
    expect(state.pinned).toEqual(['person:a', 'person:c']);
    state = explorerReducer(state, { type: 'nodes/pin', ids: ['person:a'], pinned: false });
    expect(state.pinned).toEqual(['person:c']);
  });

  it('replaces the graph and resets what referred to the old one', () => {
    let state = explorerReducer(withGraph(), { type: 'nodes/hide', ids: ['person:a'] });
    state = explorerReducer(state, { type: 'graph/replace', graph: { nodes: [node('person:z')], edges: [] } });
    expect(Object.keys(state.nodes)).toEqual(['person:z']);
    expect(state.hidden).toEqual([]);
  });

  it('records a truncation only while something is left out', () => {
    let state = explorerReducer(withGraph(), {
      type: 'truncation/set',
      truncation: { centerId: 'person:a', total: 10, shown: 5, limit: 5 },
    });
    expect(state.truncations['person:a']?.total).toBe(10);
    state = explorerReducer(state, { type: 'truncation/set', truncation: { centerId: 'person:a', total: 10, shown: 10, limit: 20 } });
    expect(state.truncations['person:a']).toBeUndefined();
  });

  it('tracks a path query from start to result', () => {
    const query = { from: 'person:a', to: 'person:c', maxHops: 6, k: 3, relation: [] };
    let state = explorerReducer(INITIAL_STATE, { type: 'path/start', query });
    expect(state.path?.status).toBe('loading');
    state = explorerReducer(state, { type: 'path/done', query, paths: [] });
    expect(state.path).toMatchObject({ status: 'done', paths: [], activeIndex: null });
    state = explorerReducer(state, { type: 'path/activate', index: 0 });
    expect(state.path?.activeIndex).toBe(0);
  });

  it('leaves a longer time budget out of the form, so the next search from it has the default (bug: it stuck, and a later search without time order was refused)', () => {
    const query = { from: 'person:a', to: 'person:c', maxHops: 6, k: 3, relation: [], timeOrdered: true, timeBudgetMs: 10_000 };
    const state = explorerReducer(INITIAL_STATE, { type: 'path/start', query });
    expect(state.path?.query.timeBudgetMs).toBe(10_000);
    expect(state.pathForm).not.toHaveProperty('timeBudgetMs');
    expect(state.pathForm.timeOrdered).toBe(true);
  });

  it('keeps what a time-ordered search checked beside its paths, and the option in the form', () => {
    const query = { from: 'person:a', to: 'person:c', maxHops: 6, k: 3, relation: [], timeOrdered: true };
    let state = explorerReducer(INITIAL_STATE, { type: 'path/start', query });
    expect(state.pathForm.timeOrdered).toBe(true);
    const timeOrder = { checked: 50, inOrder: 0, end: 'bound' as const, budgetMs: 1_000 };
    state = explorerReducer(state, { type: 'path/done', query, paths: [], timeOrder });
    expect(state.path).toMatchObject({ status: 'done', paths: [], timeOrder });
  });

  it('fills the path form as it is edited and from the query that runs', () => {
    let state = explorerReducer(INITIAL_STATE, { type: 'path-form/set', form: { from: 'person:a' } });
    expect(state.pathForm).toMatchObject({ from: 'person:a', maxHops: 6, k: 3 });
    state = explorerReducer(state, { type: 'path/start', query: { from: 'person:b', to: 'person:c', maxHops: 2, k: 1, relation: [] } });
    expect(state.pathForm).toEqual({ from: 'person:b', to: 'person:c', maxHops: 2, k: 1, relation: [] });
  });

  it('opens and closes the map without touching the canvas or the selection', () => {
    const selected = explorerReducer(withGraph(), { type: 'selection/set', ids: ['person:a'] });
    const opened = explorerReducer(selected, { type: 'map/set', open: true });
    expect(opened.mapOpen).toBe(true);
    expect(opened.nodes).toBe(selected.nodes);
    expect(opened.selection).toEqual(['person:a']);
    expect(explorerReducer(opened, { type: 'map/set', open: false }).mapOpen).toBe(false);
  });

  it('asks for a new layout when the layout changes', () => {
    const state = explorerReducer(INITIAL_STATE, { type: 'layout/set', layout: 'grid' });
    expect(state.layout).toBe('grid');
    expect(state.layoutRun).toBe(INITIAL_STATE.layoutRun + 1);
  });

  it('numbers notices so a repeated message still shows, also after the last one was dismissed', () => {
    const show = { type: 'notice/show', notice: { kind: 'error', message: 'x' } } as const;
    const first = explorerReducer(INITIAL_STATE, show);
    const second = explorerReducer(first, show);
    expect(second.notice?.id).not.toBe(first.notice?.id);
    const afterDismiss = explorerReducer(explorerReducer(second, { type: 'notice/dismiss' }), show);
    expect([first.notice?.id, second.notice?.id]).not.toContain(afterDismiss.notice?.id);
  });

  it('is pure: the same state and action always give the same next state', () => {
    const show = { type: 'notice/show', notice: { kind: 'info', message: 'x' } } as const;
    expect(explorerReducer(INITIAL_STATE, show)).toEqual(explorerReducer(INITIAL_STATE, show));
  });

  it('who-did-what Reset clears subject, object and dates (it used to merge an empty form over them, narrowing the next query)', () => {
    const filled = explorerReducer(INITIAL_STATE, {
      type: 'relation-form/set',
      form: { subject: 'person:a', object: 'person:b', from: '2023-09', to: '2023-10', predicate: ['ADVISES'] },
    });
    const asked = explorerReducer(filled, { type: 'relations/start', query: filled.relationForm });
    const reset = explorerReducer(asked, { type: 'relations/reset' });
    expect(reset.relationForm).toEqual({ predicate: [], subjectType: [], objectType: [] });
    expect(reset.relations).toBeNull();
  });
});

describe('timeline/patch', () => {
  it('changes only what it names, over the state it lands on (bug: playback re-set a scope the user had left)', () => {
    let state: ExplorerState = explorerReducer(INITIAL_STATE, { type: 'timeline/patch', patch: { scope: 'graph', from: '2023-09' } });
    // The user goes back to the canvas timeline while a playback step is under way ...
    state = explorerReducer(state, { type: 'timeline/patch', patch: { scope: undefined } });
    // ... and the step lands, moving the range only.
    state = explorerReducer(state, { type: 'timeline/patch', patch: { from: '2023-10', to: '2023-10' } });
    expect(state.timeline).toEqual({ mode: 'dim', from: '2023-10', to: '2023-10' });
  });

  it('clears a value given empty', () => {
    const state = explorerReducer(
      { ...INITIAL_STATE, timeline: { mode: 'hide', from: '2023', to: '2024' } },
      { type: 'timeline/patch', patch: { from: undefined, to: '' } },
    );
    expect(state.timeline).toEqual({ mode: 'hide' });
  });

  it('restores a linked canvas: only its entities, hidden and pinned among them, placed when it has positions', () => {
    const before = explorerReducer(withGraph(), {
      type: 'path/start',
      query: { from: 'person:a', to: 'person:c', maxHops: 4, k: 1, relation: [] },
    });
    const restored = explorerReducer(before, {
      type: 'view/restore',
      graph: { nodes: [node('person:a'), node('person:b')], edges: graph.edges },
      hidden: ['person:b', 'person:c'],
      pinned: ['person:zz'],
      layout: 'grid',
      positions: { 'person:a': { x: 1, y: 2 }, 'person:c': { x: 3, y: 4 } },
      viewport: { zoom: 2, center: { x: 0, y: 0 } },
    });
    expect(Object.keys(restored.nodes)).toEqual(['person:a', 'person:b']);
    expect(Object.keys(restored.edges)).toEqual(['ab']);
    expect([restored.hidden, restored.pinned, restored.layout]).toEqual([['person:b'], [], 'grid']);
    expect(restored.layoutRun).toBe(before.layoutRun);
    // A query already asked stays: the restore decides whether to ask it again.
    expect(restored.path).toBe(before.path);
    expect(restored.placement).toEqual({
      seq: 1,
      positions: { 'person:a': { x: 1, y: 2 } },
      viewport: { zoom: 2, center: { x: 0, y: 0 } },
    });
    const unplaced = explorerReducer(before, {
      type: 'view/restore',
      graph,
      hidden: [],
      pinned: [],
      layout: 'grid',
      positions: {},
      viewport: null,
    });
    expect(unplaced.placement).toBeNull();
  });

  it('ignores an arrangement report that changes nothing', () => {
    const arranged = explorerReducer(withGraph(), {
      type: 'canvas/arranged',
      positions: { 'person:a': { x: 1, y: 2 } },
      viewport: { zoom: 1, center: { x: 0, y: 0 } },
    });
    const again = explorerReducer(arranged, {
      type: 'canvas/arranged',
      positions: { 'person:a': { x: 1, y: 2 } },
      viewport: { zoom: 1, center: { x: 0, y: 0 } },
    });
    expect(again).toBe(arranged);
  });

  it('asks the canvas to keep what it has drawn where it is when a merge keeps places, and only then', () => {
    const arranged = explorerReducer(
      explorerReducer(INITIAL_STATE, { type: 'graph/merge', graph: { nodes: [node('person:a')], edges: [] } }),
      { type: 'canvas/arranged', positions: { 'person:a': { x: 1, y: 2 } }, viewport: { zoom: 1, center: { x: 0, y: 0 } } },
    );
    const kept = explorerReducer(arranged, { type: 'graph/merge', graph, keepPlaces: true });
    expect(kept.placement).toEqual({ seq: 1, positions: { 'person:a': { x: 1, y: 2 } }, viewport: { zoom: 1, center: { x: 0, y: 0 } } });
    expect(explorerReducer(arranged, { type: 'graph/merge', graph }).placement).toBeNull();
  });
});
