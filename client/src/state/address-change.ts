// Which changes of the view earn a step of their own in the browser's history (Back and Forward), and which only rewrite it.
import { EMPTY_URL_VIEW, encodeUrlView, type UrlView } from './url-state.ts';

/** `push` adds a history entry; `replace` rewrites the current one. */
export type AddressChange = 'push' | 'replace';

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const seen = new Set(a);
  return b.every((id) => seen.has(id));
}

export function samePathQuery(a: UrlView['pathQuery'], b: UrlView['pathQuery']): boolean {
  return encodeUrlView({ ...EMPTY_URL_VIEW, pathQuery: a }) === encodeUrlView({ ...EMPTY_URL_VIEW, pathQuery: b });
}

export function sameRelationQuery(a: UrlView['relationQuery'], b: UrlView['relationQuery']): boolean {
  return encodeUrlView({ ...EMPTY_URL_VIEW, relationQuery: a }) === encodeUrlView({ ...EMPTY_URL_VIEW, relationQuery: b });
}

/**
 * A step of its own for what a reader would want Back to undo: entities coming onto the canvas, leaving it or being
 * hidden; another panel; another entity (or relation) selected; a path or who-did-what query run; the reader opened on
 * a document. Everything else (positions, zoom and pan, the layout, pins, the timeline, the legend, clearing the
 * selection, closing the reader or a query) rewrites the current step, so Back never walks through a drag or a zoom.
 */
export function addressChangeOf(before: UrlView, after: UrlView): AddressChange {
  const selected = after.selection.at(-1);
  const meaningful =
    !sameSet(before.entityIds, after.entityIds) ||
    !sameSet(before.hidden, after.hidden) ||
    before.panel !== after.panel ||
    (selected !== undefined && selected !== before.selection.at(-1)) ||
    (after.pathQuery !== null && !samePathQuery(before.pathQuery, after.pathQuery)) ||
    (after.relationQuery !== null && !sameRelationQuery(before.relationQuery, after.relationQuery)) ||
    (after.reader !== null && after.reader.documentId !== before.reader?.documentId);
  return meaningful ? 'push' : 'replace';
}

/** A counted canvas change and its group, as ExplorerState.lastCanvasChange holds it. */
export interface CanvasChangeMark {
  seq: number;
  group?: string;
}

/**
 * Whether the address is written after a change that joins the group of the change it was last written after (the next
 * step of a playback): that rewrites the entry the group's first change made instead of adding one per step.
 */
export function joinsWrittenGroup(written: CanvasChangeMark, change: CanvasChangeMark): boolean {
  return change.seq !== written.seq && change.group !== undefined && change.group === written.group;
}
