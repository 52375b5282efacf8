// Global keys: `/` focuses search, Esc closes the reader or clears the selection, Delete hides the selected entities,
// Ctrl+Z undoes a canvas change and Ctrl+Shift+Z or Ctrl+Y redoes it.
import { useEffect, useEffectEvent } from 'react';
import { useExplorer } from '../state/explorer-context.ts';
import { SEARCH_INPUT_ID } from './SearchBox.tsx';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Ctrl (Cmd on a Mac) with Z undoes, with Shift+Z or Y redoes. */
function undoKeyOf(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

export function useKeyboardShortcuts(): void {
  const { state, dispatch } = useExplorer();

  // Reads the state as it is when the key is pressed; the listener itself is installed once.
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      if (state.reader) dispatch({ type: 'reader/close' });
      else if (state.selection.length > 0) dispatch({ type: 'selection/set', ids: [] });
      else if (state.path) dispatch({ type: 'path/activate', index: null });
      return;
    }
    // In a field the keys undo the typing, as they always do there.
    const undoKey = undoKeyOf(event);
    if (undoKey && !isTyping(event.target)) {
      event.preventDefault();
      dispatch({ type: undoKey === 'undo' ? 'history/undo' : 'history/redo' });
      return;
    }
    if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '/') {
      event.preventDefault();
      document.getElementById(SEARCH_INPUT_ID)?.focus();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      const nodeIds = state.selection.filter((id) => state.nodes[id]);
      if (nodeIds.length > 0) {
        event.preventDefault();
        dispatch({ type: 'nodes/hide', ids: nodeIds });
      }
    }
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
