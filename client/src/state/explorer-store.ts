// The explorer state outside React: the reducer applied to each action, readable at any moment by the commands.
import type { ExplorerAction } from './explorer-actions.ts';
import { explorerReducer } from './explorer-reducer.ts';
import { INITIAL_STATE, type ExplorerState } from './explorer-state.ts';

export interface ExplorerStore {
  /** The state after every action dispatched so far (commands read it between their awaits). */
  getState(): ExplorerState;
  dispatch(action: ExplorerAction): void;
  /** Calls the listener after each action that changed the state; returns how to stop. */
  subscribe(listener: () => void): () => void;
}

export function createExplorerStore(initial: ExplorerState = INITIAL_STATE): ExplorerStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = explorerReducer(state, action);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
