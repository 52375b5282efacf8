// Whether the window is narrow enough that the tools and the details become drawers over the canvas (see layout.css).
import { useSyncExternalStore } from 'react';

/** Keep in step with the `max-width` of the drawer rules in layout.css. */
export const NARROW_LAYOUT_QUERY = '(max-width: 1100px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW_LAYOUT_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function useNarrowLayout(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW_LAYOUT_QUERY).matches);
}
