// The force-directed layout as a job of plain data: what the canvas sends to the layout worker and what comes back.
// The computation runs Cytoscape headless with fcose, the same code and options the canvas used to run on its own thread.
import cytoscape from 'cytoscape';
import fcose, { type FcoseLayoutOptions } from 'cytoscape-fcose';
import type { Position } from 'cytoscape';

/** A node as the layout sees it: where it starts, and the box it takes (with its label, when labels count). */
export interface ForceLayoutNode {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ForceLayoutEdge {
  id: string;
  source: string;
  target: string;
}

/** fcose's options that are plain data: everything but the canvas's own concerns (animation, fitting, callbacks). */
export type ForceLayoutSettings = Omit<
  FcoseLayoutOptions,
  'animate' | 'animationDuration' | 'animateFilter' | 'fit' | 'padding' | 'nodeDimensionsIncludeLabels' | 'ready' | 'stop'
>;

export interface ForceLayoutJob {
  /** Tells jobs apart: a result for any other than the latest is dropped. */
  seq: number;
  nodes: ForceLayoutNode[];
  edges: ForceLayoutEdge[];
  settings: ForceLayoutSettings;
}

export type ForceLayoutOutcome = { seq: number; positions: Record<string, Position> } | { seq: number; error: string };

let registered = false;

/** Lays out the job's nodes and returns the centre of each node's box, keyed by id. */
export function computeForceLayout(job: ForceLayoutJob): ForceLayoutOutcome {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', padding: '0' } }],
      elements: [
        ...job.nodes.map((node) => ({
          group: 'nodes' as const,
          data: { id: node.id, w: node.w, h: node.h },
          position: { x: node.x, y: node.y },
        })),
        ...job.edges.map((edge) => ({ group: 'edges' as const, data: { id: edge.id, source: edge.source, target: edge.target } })),
      ],
    });
    // The boxes already include the labels the canvas measured; the headless instance has no renderer to measure them.
    const options: FcoseLayoutOptions = { ...job.settings, animate: false, fit: false, nodeDimensionsIncludeLabels: false };
    cy.layout(options).run();
    const positions: Record<string, Position> = {};
    cy.nodes().forEach((node) => {
      const p = node.position();
      positions[node.id()] = { x: p.x, y: p.y };
    });
    cy.destroy();
    return { seq: job.seq, positions };
  } catch (error) {
    return { seq: job.seq, error: error instanceof Error ? error.message : String(error) };
  }
}
