// The React context through which components read the explorer state, dispatch, and run commands.
import { createContext, useContext } from 'react';
import type { ExplorerAction } from './explorer-actions.ts';
import type { ExplorerCommands } from './explorer-commands.ts';
import type { ExplorerState } from './explorer-state.ts';

export interface ExplorerContextValue {
  state: ExplorerState;
  dispatch: (action: ExplorerAction) => void;
  commands: ExplorerCommands;
}

export const ExplorerContext = createContext<ExplorerContextValue | null>(null);

export function useExplorer(): ExplorerContextValue {
  const value = useContext(ExplorerContext);
  if (!value) throw new Error('useExplorer must be used inside <ExplorerProvider>');
  return value;
}
