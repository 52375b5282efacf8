// Whether a path's dated steps can follow one another in time, and why: partial dates are day intervals, undated steps fit anywhere.
import type { GraphEdge, Path, PathTimeOrder, TimedStep } from '@kgx/contract';

interface Days {
  from: string;
  to: string;
}

/** The days a relation may cover, from the `dateFrom`/`dateTo` derived at import; null when it is undated. */
function daysOf(edge: GraphEdge | undefined): Days | null {
  const from = edge?.dateFrom ?? edge?.dateTo;
  const to = edge?.dateTo ?? edge?.dateFrom;
  return from === undefined || to === undefined ? null : { from, to };
}

/**
 * The path's steps in walking order with their days, or null when its dated steps cannot be put in order. They are in
 * order when each can be given one day of its interval such that the days never decrease: for two steps, the first
 * can precede the second (it starts on or before the day the second ends). Checked greedily with the earliest day the
 * walk can have reached, so three steps on 5, 1–10 and 3 fail although each neighbouring pair could be in order.
 */
export function orderInTime(path: Pick<Path, 'edges' | 'edgeIds'>): PathTimeOrder | null {
  const edgesById = new Map(path.edges.map((edge) => [edge.id, edge]));
  const steps: TimedStep[] = [];
  let earliest: string | undefined;
  let previous: { step: number; days: Days } | undefined;
  for (const edgeId of path.edgeIds) {
    const days = daysOf(edgesById.get(edgeId));
    if (days === null) {
      steps.push({ edgeId, undated: true });
      continue;
    }
    if (earliest !== undefined && days.to < earliest) return null;
    earliest = earliest === undefined || days.from > earliest ? days.from : earliest;
    steps.push({
      edgeId,
      dateFrom: days.from,
      dateTo: days.to,
      undated: false,
      ...(previous === undefined
        ? {}
        : { follows: { step: previous.step, order: previous.days.to < days.from ? ('after' as const) : ('overlapping' as const) } }),
    });
    previous = { step: steps.length - 1, days };
  }
  return { steps };
}
