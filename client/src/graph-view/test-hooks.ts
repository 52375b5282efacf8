// `window.__kgx`, for end-to-end tests and the rendering benchmark only: the Cytoscape instance and a way to load a graph.
import type { Core } from 'cytoscape';
import type { Graph } from '@kgx/contract';

export interface KgxTestHooks {
  readonly cy: Core;
  /** Puts a graph on the canvas (replacing what is there), runs the current layout, and resolves when it is done. */
  loadGraph(graph: Graph): Promise<void>;
  /** Resolves when the layout running now, if any, has finished. */
  whenLayoutDone(): Promise<void>;
}

declare global {
  interface Window {
    __kgx?: KgxTestHooks;
  }
}

export function installTestHooks(hooks: KgxTestHooks): () => void {
  window.__kgx = hooks;
  return () => {
    if (window.__kgx === hooks) delete window.__kgx;
  };
}
