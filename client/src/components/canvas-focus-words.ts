// What the canvas says when the keyboard's focus moves: the focus report from the view, worded with the records the
// explorer holds (names, relation types, evidence) and whether the element is selected or pinned.
import type { GraphEdge, GraphNode } from '@kgx/contract';
import { EMPTY_CANVAS_ANNOUNCEMENT, describeEntityFocus, describeRelationFocus, relationSentence } from '../domain/canvas-announcement.ts';
import type { FocusReport } from '../graph-view/keyboard-focus.ts';

export interface CanvasRecords {
  nodes: Readonly<Record<string, GraphNode>>;
  edges: Readonly<Record<string, GraphEdge>>;
  selection: readonly string[];
  pinned: readonly string[];
}

export function entityNameOf(records: Pick<CanvasRecords, 'nodes'>, id: string): string {
  return records.nodes[id]?.name ?? id;
}

/** "Azerbaijani Armed Forces detained Ruben Vardanyan"; the id when the relation is not held. */
export function relationSentenceOf(records: Pick<CanvasRecords, 'nodes' | 'edges'>, id: string): string {
  const edge = records.edges[id];
  if (!edge) return id;
  return relationSentence(edge, { source: entityNameOf(records, edge.source), target: entityNameOf(records, edge.target) });
}

/** The words for a focus report; null when the element is no longer held (the next report will say where it went). */
export function wordsForFocus(report: FocusReport | { kind: 'empty' }, records: CanvasRecords): string | null {
  if (report.kind === 'empty') return EMPTY_CANVAS_ANNOUNCEMENT;
  const selected = records.selection.includes(report.id);
  if (report.kind === 'entity') {
    const entity = records.nodes[report.id];
    if (!entity) return null;
    const { index, total, unrelated } = report;
    const pinned = records.pinned.includes(report.id);
    return describeEntityFocus({ entity, relations: report.relationIds.length, index, total, selected, pinned, unrelated });
  }
  const edge = records.edges[report.id];
  if (!edge) return null;
  return describeRelationFocus({
    edge,
    sourceName: entityNameOf(records, edge.source),
    targetName: entityNameOf(records, edge.target),
    anchorName: entityNameOf(records, report.anchorId),
    index: report.index,
    total: report.total,
    selected,
  });
}
