// Global keys: `/` focuses search, Esc closes the reader or clears the selection, Delete hides the selected entities.
import { useEffect, useRef } from 'react';
import { useExplorer } from '../state/explorer-context.ts';
import { SEARCH_INPUT_ID } from './SearchBox.tsx';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useKeyboardShortcuts(): void {
  const { state, dispatch } = useExplorer();
  const stateRef = useRef(state);
  stateRef.current = state;

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const current = stateRef.current;
      if (event.key === 'Escape') {
        if (current.reader) dispatch({ type: 'reader/close' });
        else if (current.selection.length > 0) dispatch({ type: 'selection/set', ids: [] });
        else if (current.path) dispatch({ type: 'path/activate', index: null });
        return;
      }
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === '/') {
        event.preventDefault();
        document.getElementById(SEARCH_INPUT_ID)?.focus();
      } else if (event.key === 'Delete' || event.key === 'Backspace') {
        const nodeIds = current.selection.filter((id) => current.nodes[id]);
        if (nodeIds.length > 0) {
          event.preventDefault();
          dispatch({ type: 'nodes/hide', ids: nodeIds });
        }
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [dispatch]);
}
