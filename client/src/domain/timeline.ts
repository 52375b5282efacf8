// Which events and dated relations fall inside a date range; undated items always stay in.
import type { GraphEdge, GraphNode } from '@kgx/contract';
import { partialDateEnd, partialDateStart } from './partial-date.ts';

/** An inclusive span of days, each as YYYY-MM-DD (so they compare as strings). */
export interface DaySpan {
  start: string;
  end: string;
}

/** A range chosen on the timeline; either end may be open. */
export interface DateRange {
  from?: string;
  to?: string;
}

function spanOfDates(dates: readonly string[]): DaySpan | null {
  let start: string | null = null;
  let end: string | null = null;
  for (const date of dates) {
    const first = partialDateStart(date);
    const last = partialDateEnd(date);
    if (first === null || last === null) continue;
    if (start === null || first < start) start = first;
    if (end === null || last > end) end = last;
  }
  return start !== null && end !== null ? { start, end } : null;
}

/**
 * The days an entity covers on the timeline. Only events are placed on it: a person's or an
 * organisation's dates (birth, founding) say nothing about when what they did happened.
 */
export function nodeDaySpan(node: GraphNode): DaySpan | null {
  if (node.type !== 'Event') return null;
  return spanOfDates([node.startDate, node.endDate].filter((d): d is string => d !== undefined));
}

/** The days a relation covers: its own dates, else the dates its evidence gives. */
export function edgeDaySpan(edge: GraphEdge): DaySpan | null {
  const own = [edge.startDate, edge.endDate].filter((d): d is string => d !== undefined);
  if (own.length > 0) return spanOfDates(own);
  return spanOfDates(edge.evidence.map((e) => e.date).filter((d): d is string => d !== undefined));
}

/** Whether a range restricts anything at all. */
export function isRangeActive(range: DateRange): boolean {
  return Boolean(range.from) || Boolean(range.to);
}

/** True when a dated span lies wholly before or after the range; undated (null) spans never do. */
export function isOutsideRange(span: DaySpan | null, range: DateRange): boolean {
  if (span === null) return false;
  const from = range.from ? partialDateStart(range.from) : null;
  const to = range.to ? partialDateEnd(range.to) : null;
  if (from !== null && span.end < from) return true;
  if (to !== null && span.start > to) return true;
  return false;
}

/** Ids of the nodes and edges that fall outside the range. */
export function findOutsideRange(nodes: readonly GraphNode[], edges: readonly GraphEdge[], range: DateRange): Set<string> {
  const outside = new Set<string>();
  if (!isRangeActive(range)) return outside;
  for (const node of nodes) if (isOutsideRange(nodeDaySpan(node), range)) outside.add(node.id);
  for (const edge of edges) if (isOutsideRange(edgeDaySpan(edge), range)) outside.add(edge.id);
  return outside;
}

/** Every dated span among the given nodes and edges. */
export function collectDaySpans(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): DaySpan[] {
  const spans: DaySpan[] = [];
  for (const node of nodes) {
    const span = nodeDaySpan(node);
    if (span) spans.push(span);
  }
  for (const edge of edges) {
    const span = edgeDaySpan(edge);
    if (span) spans.push(span);
  }
  return spans;
}
