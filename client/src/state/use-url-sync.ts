// Restores the view a link describes on load, then keeps the address bar describing the current view.
import { useEffect, useRef } from 'react';
import { useExplorer } from './explorer-context.ts';
import { decodeUrlView, encodeUrlView } from './url-state.ts';
import { toUrlView } from './view-selectors.ts';

export function useUrlSync(): void {
  const { state, commands } = useExplorer();
  const started = useRef(false);
  /** The address bar is left alone until the restore has begun and finished, so the link is never clobbered. */
  const restoreSeen = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void commands.restoreView(decodeUrlView(window.location.search));
  }, [commands]);

  const restoring = 'restore' in state.busy;
  const search = encodeUrlView(toUrlView(state));
  useEffect(() => {
    if (restoring) {
      restoreSeen.current = true;
      return;
    }
    if (!restoreSeen.current) return;
    if (search !== window.location.search) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    }
  }, [search, restoring]);
}
