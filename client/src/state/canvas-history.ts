// Undo and redo for the canvas: a bounded history of snapshots taken before each change to what the canvas holds.
import { LAYOUT_TITLES } from '../graph-view/layouts.ts';
import type { ExplorerAction, HistoryAction } from './explorer-actions.ts';
import type { CanvasHistoryEntry, CanvasSnapshot, ExplorerState } from './explorer-state.ts';

/** How many changes Undo can go back through; the oldest are forgotten past this. */
export const MAX_UNDO_STEPS = 50;

type ViewReducer = (state: ExplorerState, action: Exclude<ExplorerAction, HistoryAction>) => ExplorerState;

function namesOf(state: ExplorerState, ids: readonly string[]): string {
  const names = ids.filter((id) => state.nodes[id] !== undefined).map((id) => state.nodes[id]?.name ?? id);
  if (names.length === 0) return 'entities';
  if (names.length <= 2) return names.join(' and ');
  return `${names.length} entities`;
}

/** What Undo would call this action ("hide Ruben Vardanyan"), or null when it is not a change Undo steps through. */
export function undoLabelOf(action: ExplorerAction, before: ExplorerState): string | null {
  switch (action.type) {
    case 'graph/merge':
      return action.label ?? 'add to the canvas';
    case 'graph/replace':
      // The test hooks and the benchmark load graphs of their own; nothing to go back to there.
      return action.label ?? null;
    case 'graph/clear':
      return 'clear the canvas';
    case 'nodes/remove':
      return `remove ${namesOf(before, action.ids)}`;
    case 'nodes/hide':
      return `hide ${namesOf(before, action.ids)}`;
    case 'nodes/show':
      return action.ids ? `show ${namesOf(before, action.ids)}` : 'show the hidden entities';
    case 'nodes/pin':
      return `${action.pinned ? 'pin' : 'unpin'} ${namesOf(before, action.ids)}`;
    case 'layout/set':
      return `switch to the ${LAYOUT_TITLES[action.layout].toLowerCase()} layout`;
    case 'layout/rerun':
      return 'lay out again';
    // Undo and redo themselves, and what changes the view around the canvas rather than the canvas.
    case 'history/undo':
    case 'history/redo':
    case 'selection/set':
    case 'panel/set':
    case 'neighbor-filter/set':
    case 'truncation/set':
    case 'path-form/set':
    case 'path/start':
    case 'path/done':
    case 'path/fail':
    case 'path/activate':
    case 'path/clear':
    case 'relation-form/set':
    case 'relations/start':
    case 'relations/done':
    case 'relations/fail':
    case 'relations/clear':
    case 'relations/reset':
    case 'timeline/set':
    case 'map/set':
    case 'table/set':
    case 'types/set-hidden':
    case 'timeline/patch':
    case 'reader/open':
    case 'reader/close':
    case 'view/restore':
    case 'canvas/arranged':
    case 'focus':
    case 'busy/start':
    case 'busy/end':
    case 'notice/show':
    case 'notice/dismiss':
      return null;
  }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const seen = new Set(a);
  return b.every((id) => seen.has(id));
}

/** Whether the canvas's contents or arrangement differ (a merge that brought nothing new is no change). */
export function canvasChanged(before: ExplorerState, after: ExplorerState): boolean {
  return (
    !sameIds(Object.keys(before.nodes), Object.keys(after.nodes)) ||
    !sameIds(Object.keys(before.edges), Object.keys(after.edges)) ||
    !sameIds(before.hidden, after.hidden) ||
    !sameIds(before.pinned, after.pinned) ||
    before.layout !== after.layout ||
    before.layoutRun !== after.layoutRun
  );
}

export function snapshotOf(state: ExplorerState): CanvasSnapshot {
  const { nodes, edges, hidden, pinned, selection, truncations, layout, positions, viewport } = state;
  return { nodes, edges, hidden, pinned, selection, truncations, layout, positions, viewport };
}

/** The state with a snapshot's canvas back, and a request to the canvas to put its nodes where they were. */
function withSnapshot(state: ExplorerState, snapshot: CanvasSnapshot): ExplorerState {
  const placement = { seq: (state.placement?.seq ?? 0) + 1, positions: snapshot.positions, viewport: snapshot.viewport };
  return { ...state, ...snapshot, placement };
}

/** Takes the last entry off one stack and brings its canvas back, putting the current one on the other stack under the same label. */
function step(state: ExplorerState, direction: 'undo' | 'redo'): ExplorerState {
  const { past, future } = state.history;
  const source = direction === 'undo' ? past : future;
  const entry = source.at(-1);
  if (!entry) return state;
  const current: CanvasHistoryEntry = { label: entry.label, snapshot: snapshotOf(state) };
  const rest = source.slice(0, -1);
  const history = direction === 'undo' ? { past: rest, future: [...future, current] } : { past: [...past, current], future: rest };
  return { ...withSnapshot(state, entry.snapshot), history };
}

/**
 * Wraps the view reducer: undo and redo step through the history, and each change that Undo names and that changes the
 * canvas records the canvas as it was before. What a link's restore does is not recorded (it is where the history
 * starts, not a step in it), and a new change forgets what could be redone.
 */
export function withCanvasHistory(reduce: ViewReducer): (state: ExplorerState, action: ExplorerAction) => ExplorerState {
  return (state, action) => {
    if (action.type === 'history/undo') return step(state, 'undo');
    if (action.type === 'history/redo') return step(state, 'redo');
    const next = reduce(state, action);
    if (next === state || 'restore' in state.busy) return next;
    const label = undoLabelOf(action, state);
    if (label === null || !canvasChanged(state, next)) return next;
    const group = action.type === 'graph/merge' ? action.group : undefined;
    const lastCanvasChange = { seq: state.lastCanvasChange.seq + 1, ...(group !== undefined ? { group } : {}) };
    const last = state.history.past.at(-1);
    // The next change of the group the last step belongs to joins it: Undo goes back to before the group's first.
    if (group !== undefined && last?.group === group && state.history.future.length === 0) return { ...next, lastCanvasChange };
    const entry = { label, snapshot: snapshotOf(state), ...(group !== undefined ? { group } : {}) };
    const past = [...state.history.past, entry].slice(-MAX_UNDO_STEPS);
    return { ...next, history: { past, future: [] }, lastCanvasChange };
  };
}
