// Restores the view a link describes on load and on Back and Forward, then keeps the address bar describing the view:
// a new history entry for a meaningful change, the current one rewritten for the rest.
import { useEffect, useRef } from 'react';
import { addressChangeOf, joinsWrittenGroup } from './address-change.ts';
import { useExplorer } from './explorer-context.ts';
import { decodeUrlView, encodeUrlView } from './url-state.ts';
import { toUrlView } from './view-selectors.ts';

export function useUrlSync(): void {
  const { state, commands } = useExplorer();
  const started = useRef(false);
  /** The address bar is left alone until the restore has begun and finished, so the link is never clobbered. */
  const restoreSeen = useRef(false);
  /** The query string the current history entry was last written with; null until the first write after a restore. */
  const written = useRef<string | null>(null);
  /** The canvas change the address was last written after (see ExplorerState.lastCanvasChange). */
  const writtenChange = useRef(state.lastCanvasChange);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void commands.restoreView(decodeUrlView(window.location.search));
  }, [commands]);

  useEffect(() => {
    // Back and Forward restore the entry's view; what is already on the canvas is kept rather than fetched again.
    const onPopState = () => void commands.restoreView(decodeUrlView(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [commands]);

  const restoring = 'restore' in state.busy;
  // A change is written once the requests it started have answered, so an expand or a path search is one step, not
  // one per action it dispatches.
  const settled = Object.keys(state.busy).length === 0;
  const search = encodeUrlView(toUrlView(state));
  const change = state.lastCanvasChange;
  useEffect(() => {
    if (restoring) {
      restoreSeen.current = true;
      // What a restore leads to rewrites the entry it restored: a restore never adds a step (Back would loop).
      written.current = null;
      return;
    }
    if (!restoreSeen.current || !settled) return;
    const previous = written.current;
    written.current = search;
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    // A change of the group the last written one belongs to (the next step of a playback) rewrites its entry.
    const joinsGroup = joinsWrittenGroup(writtenChange.current, change);
    writtenChange.current = change;
    if (!joinsGroup && previous !== null && addressChangeOf(decodeUrlView(previous), decodeUrlView(search)) === 'push') {
      window.history.pushState(null, '', url);
    } else {
      window.history.replaceState(window.history.state, '', url);
    }
  }, [search, restoring, settled, change]);
}
