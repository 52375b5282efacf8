// The canvas as a JSON document: nodes and edges in the contract's shape, evidence included, plus where it came from.
import type { Graph, GraphEdge, GraphNode } from '@kgx/contract';

export interface ViewExport extends Graph {
  format: 'kgx-view';
  version: 1;
  exportedAt: string;
  /** The link that reproduces the view. */
  link: string;
  hidden: string[];
  pinned: string[];
}

export interface ViewExportInput {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  hidden: readonly string[];
  pinned: readonly string[];
  link: string;
  now: Date;
}

export function toViewExport(input: ViewExportInput): ViewExport {
  const ids = new Set(input.nodes.map((n) => n.id));
  return {
    format: 'kgx-view',
    version: 1,
    exportedAt: input.now.toISOString(),
    link: input.link,
    nodes: [...input.nodes].sort((a, b) => a.id.localeCompare(b.id)),
    edges: input.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).sort((a, b) => a.id.localeCompare(b.id)),
    hidden: [...input.hidden],
    pinned: [...input.pinned],
  };
}

/** A file name like `kgx-view-2024-01-12.json`. */
export function exportFileName(extension: 'json' | 'png', now: Date): string {
  return `kgx-view-${now.toISOString().slice(0, 10)}.${extension}`;
}
