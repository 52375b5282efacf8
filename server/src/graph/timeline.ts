// The whole graph in time: dated events and relations counted by month (stored with the graph after each write that
// may change them, read per request), and what happened in a window, the earliest first, capped.
import type { TimelineHistogramResponse, TimelineResponse } from '@kgx/contract';
import { int, type GraphClient } from './client.ts';
import { readRelationTypes, relationsInWindow, spanClassBounds } from './date-spans.ts';
import { toGraphEdge, toGraphNode } from './records.ts';

/**
 * One row: the months (YYYY-MM, in order) with how many events and relations start in each, and how many of each are
 * undated. A relation starts on its derived `dateFrom`; an event on its start date (else its end), a date known only to
 * the year in its January. One read of every relation and every event.
 */
export const COUNT_TIMELINE = `
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  RETURN CASE WHEN r.dateFrom IS NULL THEN null ELSE substring(r.dateFrom, 0, 7) END AS month, 0 AS event, 1 AS relation
  UNION ALL
  MATCH (e:Entity:Event)
  WITH coalesce(e.startDate, e.endDate) AS day
  RETURN CASE WHEN day IS NULL THEN null WHEN size(day) >= 7 THEN substring(day, 0, 7) ELSE day + '-01' END AS month,
    1 AS event, 0 AS relation
}
WITH month, sum(event) AS events, sum(relation) AS relations
ORDER BY month
WITH collect({month: month, events: events, relations: relations}) AS rows
RETURN [row IN rows WHERE row.month IS NOT NULL | row.month] AS timelineMonths,
  [row IN rows WHERE row.month IS NOT NULL | row.events] AS timelineEvents,
  [row IN rows WHERE row.month IS NOT NULL | row.relations] AS timelineRelations,
  reduce(n = [0, 0], row IN [row IN rows WHERE row.month IS NULL] | [n[0] + row.events, n[1] + row.relations]) AS timelineUndated`;

/** Stores what COUNT_TIMELINE returned on the graph's state node `g`. */
export const STORE_TIMELINE =
  'g.timelineMonths = timelineMonths, g.timelineEvents = timelineEvents, g.timelineRelations = timelineRelations, g.timelineUndated = timelineUndated';

/** The property whose presence says the timeline has been counted. */
export const TIMELINE_STORED = 'timelineMonths';

const READ_STORED = `
OPTIONAL MATCH (g:GraphState {id: 'graph'}) WHERE g.timelineMonths IS NOT NULL
RETURN g.timelineMonths AS timelineMonths, g.timelineEvents AS timelineEvents, g.timelineRelations AS timelineRelations,
  g.timelineUndated AS timelineUndated`;

function toHistogram(record: { get(key: string): unknown }): TimelineHistogramResponse {
  const months = record.get('timelineMonths') as string[];
  const events = (record.get('timelineEvents') as unknown[]).map(Number);
  const relations = (record.get('timelineRelations') as unknown[]).map(Number);
  const undated = (record.get('timelineUndated') as unknown[]).map(Number);
  return {
    months: months.map((month, i) => ({ month, events: events[i] ?? 0, relations: relations[i] ?? 0 })),
    undated: { events: undated[0] ?? 0, relations: undated[1] ?? 0 },
  };
}

/** The stored months; a graph written before they were stored is counted here, once, until the next write stores them. */
export async function readTimelineHistogram(client: GraphClient): Promise<TimelineHistogramResponse> {
  return client.read(async (tx) => {
    const stored = (await tx.run(READ_STORED)).records[0];
    if (stored && stored.get('timelineMonths') !== null) return toHistogram(stored);
    const counted = (await tx.run(COUNT_TIMELINE)).records[0];
    return counted ? toHistogram(counted) : { months: [], undated: { events: 0, relations: 0 } };
  });
}

/**
 * An event may fall in the window when its first possible day is not after `$to` and its last not before `$from`. Its
 * dates are partial (`2023`, `2023-09`, `2023-09-19`): as strings, a partial date sorts before every day inside it, and
 * with `~` appended after every day inside it, so the two tests read the partial dates as intervals.
 */
const EVENT_IN_WINDOW = `coalesce(e.startDate, e.endDate) <= $to AND coalesce(e.endDate, e.startDate) + '~' >= $from`;

const WINDOW_EVENTS = `
CALL () { MATCH (e:Entity:Event) WHERE ${EVENT_IN_WINDOW} RETURN count(e) AS total }
CALL () {
  MATCH (e:Entity:Event) WHERE ${EVENT_IN_WINDOW}
  WITH e ORDER BY coalesce(e.startDate, e.endDate), e.name LIMIT $limit
  RETURN collect(e) AS events
}
RETURN total, events`;

/** The window's relations (date-spans.ts) and their count; exported so a test can read its plan. */
export const windowRelationsQuery = (types: readonly string[]) => `
CALL () {
  ${relationsInWindow(types)}
  RETURN count(r) AS total
}
CALL () {
  ${relationsInWindow(types)}
  WITH r, startNode(r) AS s, endNode(r) AS o
  ORDER BY r.dateFrom, coalesce(s.degree, 0) DESC, s.name, type(r), o.name LIMIT $limit
  RETURN collect({s: s, r: r, o: o}) AS relations
}
RETURN total, relations`;

interface WindowRelation {
  s: Parameters<typeof toGraphNode>[0];
  r: Parameters<typeof toGraphEdge>[0];
  o: Parameters<typeof toGraphNode>[0];
}

/** Events and dated relations that may fall between two days (YYYY-MM-DD, both included), the earliest first, capped. */
export async function readTimelineWindow(
  client: GraphClient,
  window: { fromDay: string; toDay: string; limit: number },
): Promise<TimelineResponse> {
  const params = { from: window.fromDay, to: window.toDay, limit: int(window.limit), spanClasses: spanClassBounds(window.fromDay) };
  return client.read(async (tx) => {
    const types = await readRelationTypes(tx);
    const eventRecord = (await tx.run(WINDOW_EVENTS, params)).records[0];
    const relationRecord = types.length === 0 ? undefined : (await tx.run(windowRelationsQuery(types), params)).records[0];
    const events = ((eventRecord?.get('events') ?? []) as Parameters<typeof toGraphNode>[0][]).map(toGraphNode);
    const items = (relationRecord?.get('relations') ?? []) as WindowRelation[];
    const nodes = new Map(events.map((n) => [n.id, n]));
    const edges = items.map((item) => {
      const subject = toGraphNode(item.s);
      const object = toGraphNode(item.o);
      nodes.set(subject.id, subject);
      nodes.set(object.id, object);
      return toGraphEdge(item.r, subject.id, object.id);
    });
    const eventTotal = Number(eventRecord?.get('total') ?? 0);
    const relationTotal = Number(relationRecord?.get('total') ?? 0);
    return {
      nodes: [...nodes.values()],
      edges,
      events: { total: eventTotal, shown: events.length },
      relations: { total: relationTotal, shown: edges.length },
      truncated: eventTotal > events.length || relationTotal > edges.length,
    };
  });
}
