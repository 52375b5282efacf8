import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode } from '@kgx/contract';
import { MAX_UNDO_STEPS, undoLabelOf } from './canvas-history.ts';
import { explorerReducer } from './explorer-reducer.ts';
import { INITIAL_STATE, type ExplorerState } from './explorer-state.ts';
import type { ExplorerAction } from './explorer-actions.ts';

function node(id: string, name = id): GraphNode {
  return { id, type: 'Person', name, aliases: [] };
}

const ruben = node('person:ruben', 'Ruben Vardanyan');
const start: Graph = { nodes: [ruben], edges: [] };
const neighbours: Graph = {
  nodes: [node('person:a'), node('person:b')],
  edges: [
    { id: 'ra', type: 'ADVISES', source: 'person:ruben', target: 'person:a', evidence: [] },
    { id: 'rb', type: 'ADVISES', source: 'person:ruben', target: 'person:b', evidence: [] },
  ],
};

function run(state: ExplorerState, ...actions: ExplorerAction[]): ExplorerState {
  return actions.reduce(explorerReducer, state);
}

/** The canvas with Ruben on it, placed, and nothing to undo yet. */
function rubenAlone(): ExplorerState {
  const state = run(INITIAL_STATE, { type: 'graph/replace', graph: start, select: ['person:ruben'] });
  return run(
    { ...state, history: { past: [], future: [] } },
    { type: 'canvas/arranged', positions: { 'person:ruben': { x: 5, y: 6 } }, viewport: { zoom: 1, center: { x: 0, y: 0 } } },
  );
}

describe('canvas history (undo and redo)', () => {
  // Bug: each step of a timeline playback was an undo step (and a Back step) of its own.
  it('makes the steps of one playback one undo step, and a change between them or a new playback a step of its own', () => {
    const before = rubenAlone();
    const step = (id: string, group: string): ExplorerAction => ({
      type: 'graph/merge',
      graph: { nodes: [node(id)], edges: [] },
      label: `play the timeline from ${group}`,
      group,
    });
    let state = run(before, step('person:a', 'playback-1'), step('person:b', 'playback-1'), step('person:c', 'playback-1'));
    expect(state.history.past.map((e) => e.label)).toEqual(['play the timeline from playback-1']);
    expect(state.lastCanvasChange).toEqual({ seq: 3, group: 'playback-1' });
    const undone = run(state, { type: 'history/undo' });
    expect(Object.keys(undone.nodes)).toEqual(['person:ruben']);

    state = run(state, { type: 'nodes/hide', ids: ['person:a'] }, step('person:d', 'playback-1'), step('person:e', 'playback-2'));
    expect(state.history.past.map((e) => e.group ?? e.label)).toEqual(['playback-1', 'hide person:a', 'playback-1', 'playback-2']);
  });

  it('undoes an expand: what it added goes, the positions and the frame from before come back to be placed', () => {
    const before = rubenAlone();
    const expanded = run(before, { type: 'graph/merge', graph: neighbours, label: 'expand Ruben Vardanyan' });
    expect(expanded.history.past.map((e) => e.label)).toEqual(['expand Ruben Vardanyan']);

    const undone = run(expanded, { type: 'history/undo' });
    expect(Object.keys(undone.nodes)).toEqual(['person:ruben']);
    expect(undone.edges).toEqual({});
    expect(undone.selection).toEqual(['person:ruben']);
    expect(undone.placement).toEqual({
      seq: (expanded.placement?.seq ?? 0) + 1,
      positions: { 'person:ruben': { x: 5, y: 6 } },
      viewport: { zoom: 1, center: { x: 0, y: 0 } },
    });
    expect(undone.history.past).toEqual([]);
    expect(undone.history.future.map((e) => e.label)).toEqual(['expand Ruben Vardanyan']);
  });

  it('redoes what was undone, with the positions the canvas reported after it', () => {
    let state = run(rubenAlone(), { type: 'graph/merge', graph: neighbours, label: 'expand Ruben Vardanyan' });
    const laidOut = { 'person:ruben': { x: 0, y: 0 }, 'person:a': { x: 90, y: 0 }, 'person:b': { x: -90, y: 0 } };
    state = run(state, { type: 'canvas/arranged', positions: laidOut, viewport: { zoom: 0.8, center: { x: 0, y: 0 } } });
    state = run(state, { type: 'history/undo' }, { type: 'history/redo' });
    expect(Object.keys(state.nodes).sort()).toEqual(['person:a', 'person:b', 'person:ruben']);
    expect(Object.keys(state.edges).sort()).toEqual(['ra', 'rb']);
    expect(state.placement?.positions).toEqual(laidOut);
    expect(state.history.past.map((e) => e.label)).toEqual(['expand Ruben Vardanyan']);
    expect(state.history.future).toEqual([]);
  });

  it('undoes a hide, naming it, and forgets what could be redone once something new is done', () => {
    let state = run(rubenAlone(), { type: 'graph/merge', graph: neighbours, label: 'expand Ruben Vardanyan' });
    state = run(state, { type: 'nodes/hide', ids: ['person:a'] });
    expect(state.history.past.at(-1)?.label).toBe('hide person:a');
    state = run(state, { type: 'history/undo' });
    expect(state.hidden).toEqual([]);
    expect(state.history.future.map((e) => e.label)).toEqual(['hide person:a']);
    state = run(state, { type: 'nodes/pin', ids: ['person:b'], pinned: true });
    expect(state.history.future).toEqual([]);
    expect(state.history.past.map((e) => e.label)).toEqual(['expand Ruben Vardanyan', 'pin person:b']);
  });

  it('brings the layout and the positions back when a layout change is undone', () => {
    let state = run(rubenAlone(), { type: 'layout/set', layout: 'grid' });
    expect(state.history.past.at(-1)?.label).toBe('switch to the grid layout');
    state = run(state, {
      type: 'canvas/arranged',
      positions: { 'person:ruben': { x: 0, y: 0 } },
      viewport: { zoom: 2, center: { x: 0, y: 0 } },
    });
    state = run(state, { type: 'history/undo' });
    expect(state.layout).toBe(INITIAL_STATE.layout);
    expect(state.positions).toEqual({ 'person:ruben': { x: 5, y: 6 } });
    expect(state.placement?.positions).toEqual({ 'person:ruben': { x: 5, y: 6 } });
  });

  it('records nothing for changes that leave the canvas as it was, or that are not canvas changes', () => {
    const before = rubenAlone();
    const state = run(
      before,
      { type: 'graph/merge', graph: start, label: 'add Ruben Vardanyan' },
      { type: 'nodes/hide', ids: ['person:nobody'] },
      { type: 'selection/set', ids: [] },
      { type: 'panel/set', panel: 'paths' },
      { type: 'canvas/arranged', positions: {}, viewport: { zoom: 3, center: { x: 1, y: 1 } } },
    );
    expect(state.history.past).toEqual([]);
  });

  it('does not record what a link restore does, nor a graph loaded without a label', () => {
    const restoring = run(INITIAL_STATE, { type: 'busy/start', key: 'restore', label: 'Restoring…' });
    const restored = run(
      restoring,
      { type: 'graph/merge', graph: neighbours, label: 'add the paths' },
      { type: 'busy/end', key: 'restore' },
    );
    expect(restored.history.past).toEqual([]);
    expect(run(INITIAL_STATE, { type: 'graph/replace', graph: start }).history.past).toEqual([]);
  });

  it('does nothing when there is nothing to undo or redo', () => {
    const state = rubenAlone();
    expect(run(state, { type: 'history/undo' })).toBe(state);
    expect(run(state, { type: 'history/redo' })).toBe(state);
  });

  it(`keeps the last ${MAX_UNDO_STEPS} changes only`, () => {
    let state = rubenAlone();
    for (let i = 0; i < MAX_UNDO_STEPS + 5; i++) state = run(state, { type: 'nodes/pin', ids: ['person:ruben'], pinned: i % 2 === 0 });
    expect(state.history.past).toHaveLength(MAX_UNDO_STEPS);
    for (let i = 0; i < MAX_UNDO_STEPS; i++) state = run(state, { type: 'history/undo' });
    expect(state.history.past).toEqual([]);
    expect(state.history.future).toHaveLength(MAX_UNDO_STEPS);
    // The oldest five changes cannot be undone: Ruben stays as the fifth left him (pinned, as by every even one).
    expect(state.pinned).toEqual(['person:ruben']);
  });

  it('names changes by the entities they touch', () => {
    const state = run(rubenAlone(), { type: 'graph/merge', graph: neighbours });
    expect(undoLabelOf({ type: 'nodes/remove', ids: ['person:ruben'] }, state)).toBe('remove Ruben Vardanyan');
    expect(undoLabelOf({ type: 'nodes/hide', ids: ['person:ruben', 'person:a'] }, state)).toBe('hide Ruben Vardanyan and person:a');
    expect(undoLabelOf({ type: 'nodes/remove', ids: ['person:ruben', 'person:a', 'person:b'] }, state)).toBe('remove 3 entities');
    expect(undoLabelOf({ type: 'nodes/show' }, state)).toBe('show the hidden entities');
    expect(undoLabelOf({ type: 'nodes/pin', ids: ['person:a'], pinned: false }, state)).toBe('unpin person:a');
    expect(undoLabelOf({ type: 'layout/rerun' }, state)).toBe('lay out again');
    expect(undoLabelOf({ type: 'graph/merge', graph: start }, state)).toBe('add to the canvas');
    expect(undoLabelOf({ type: 'selection/set', ids: [] }, state)).toBeNull();
  });
});
