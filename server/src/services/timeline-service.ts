// The whole graph in time: the histogram of every dated event and relation, and what happened in a window.
import { earliestDay, latestDay, type TimelineHistogramResponse, type TimelineQuery, type TimelineResponse } from '@kgx/contract';
import type { GraphClient } from '../graph/client.ts';
import { readTimelineHistogram, readTimelineWindow } from '../graph/timeline.ts';
import { checkDateRange } from './entity-checks.ts';

export class TimelineService {
  constructor(private readonly client: GraphClient) {}

  histogram(): Promise<TimelineHistogramResponse> {
    return readTimelineHistogram(this.client);
  }

  /** A partial date reads as its whole interval: `from=2023-09` starts on the 1st, `to=2023-09` ends on the 30th. */
  window(query: TimelineQuery): Promise<TimelineResponse> {
    checkDateRange(query.from, query.to);
    return readTimelineWindow(this.client, { fromDay: earliestDay(query.from), toDay: latestDay(query.to), limit: query.limit });
  }
}
