// `window.__kgx`, for end-to-end tests and the rendering benchmark only: the Cytoscape instance and a way to load a graph.
// Installed only in a build made for them (`vite build --mode test`); other builds leave it out altogether.
import type { Core } from 'cytoscape';
import type { Graph } from '@kgx/contract';
import type { LayoutThread } from './force-layout-runner.ts';
import type { WebglPolicy } from './rendering-options.ts';

export interface KgxTestHooks {
  readonly cy: Core;
  /** Puts a graph on the canvas (replacing what is there), runs the current layout, and resolves when it is done. */
  loadGraph(graph: Graph): Promise<void>;
  /** Resolves when the layout running now, if any, has finished. */
  whenLayoutDone(): Promise<void>;
  /** Where force layouts are computed from now on: the benchmark's baseline runs them on the page's thread. */
  setLayoutThread(thread: LayoutThread): void;
  /** When the WebGL renderer draws from now on: the benchmark compares `always` with `never`. */
  setWebglPolicy(policy: WebglPolicy): void;
}

declare global {
  interface Window {
    __kgx?: KgxTestHooks;
  }
}

/** Vite replaces `import.meta.env.MODE` at build time, so in any other build this is `false` and the hooks are dropped. */
export const TEST_HOOKS_ENABLED = import.meta.env.MODE === 'test';

/** Installs the hooks in a test build and returns how to remove them; elsewhere does nothing. */
export function installTestHooks(hooks: KgxTestHooks): () => void {
  if (!TEST_HOOKS_ENABLED) return () => {};
  window.__kgx = hooks;
  return () => {
    if (window.__kgx === hooks) delete window.__kgx;
  };
}
