import { describe, expect, it } from 'vitest';
import { createExplorerStore } from './explorer-store.ts';
import { INITIAL_STATE } from './explorer-state.ts';

describe('createExplorerStore', () => {
  it('applies each action at once, so the state can be read right after a dispatch', () => {
    const store = createExplorerStore();
    store.dispatch({ type: 'panel/set', panel: 'paths' });
    expect(store.getState().panel).toBe('paths');
    expect(INITIAL_STATE.panel).toBe('explore');
  });

  it('tells listeners about changes only, until they unsubscribe', () => {
    const store = createExplorerStore();
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.dispatch({ type: 'busy/end', key: 'nothing-under-way' });
    expect(calls).toBe(0);
    store.dispatch({ type: 'busy/start', key: 'overview', label: 'Loading…' });
    expect(calls).toBe(1);
    unsubscribe();
    store.dispatch({ type: 'busy/end', key: 'overview' });
    expect(calls).toBe(1);
    expect(store.getState().busy).toEqual({});
  });
});
