// Holds the explorer state in one store and hands it, with dispatch and the commands, to the tree below.
import { useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { ExplorerContext, type ExplorerContextValue } from './explorer-context.ts';
import { createExplorerCommands } from './explorer-commands.ts';
import { createExplorerStore } from './explorer-store.ts';

export function ExplorerProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => createExplorerStore());
  const [commands] = useState(() => createExplorerCommands(store));
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const value = useMemo<ExplorerContextValue>(() => ({ state, dispatch: store.dispatch, commands }), [state, store, commands]);
  return <ExplorerContext.Provider value={value}>{children}</ExplorerContext.Provider>;
}
