// Holds the explorer state in one reducer and hands it, with dispatch and the commands, to the tree below.
import { useMemo, useReducer, useRef, type ReactNode } from 'react';
import { ExplorerContext, type ExplorerContextValue } from './explorer-context.ts';
import { createExplorerCommands } from './explorer-commands.ts';
import { explorerReducer } from './explorer-reducer.ts';
import { INITIAL_STATE } from './explorer-state.ts';

export function ExplorerProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(explorerReducer, INITIAL_STATE);
  const stateRef = useRef(state);
  stateRef.current = state;
  const commands = useMemo(() => createExplorerCommands({ dispatch, getState: () => stateRef.current }), []);
  const value = useMemo<ExplorerContextValue>(() => ({ state, dispatch, commands }), [state, commands]);
  return <ExplorerContext.Provider value={value}>{children}</ExplorerContext.Provider>;
}
