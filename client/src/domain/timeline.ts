// Which events and dated relations fall inside a date range; undated items always stay in.
import { dayRange, overlaps, type GraphEdge, type GraphNode } from '@kgx/contract';

/** An inclusive span of days, each as YYYY-MM-DD (so they compare as strings): the contract's day range. */
export type DaySpan = NonNullable<ReturnType<typeof dayRange>>;

/** A range chosen on the timeline; either end may be open. */
export interface DateRange {
  from?: string;
  to?: string;
}

/**
 * The days an entity covers on the timeline. Only events are placed on it: a person's or an
 * organisation's dates (birth, founding) say nothing about when what they did happened.
 */
export function nodeDaySpan(node: GraphNode): DaySpan | null {
  return node.type === 'Event' ? dayRange(node.startDate, node.endDate) : null;
}

/**
 * The days a relation covers: the `dateFrom`/`dateTo` the server derives for every relation by the one rule the date
 * filters use too. The client never works them out itself.
 */
export function edgeDaySpan(edge: GraphEdge): DaySpan | null {
  return dayRange(edge.dateFrom, edge.dateTo);
}

/** Whether a range restricts anything at all. */
export function isRangeActive(range: DateRange): boolean {
  return Boolean(range.from) || Boolean(range.to);
}

/** True when a dated span lies wholly before or after the range; undated (null) spans never do. */
export function isOutsideRange(span: DaySpan | null, range: DateRange): boolean {
  return span !== null && !overlaps(span, range);
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
