// GET /api/timeline/histogram and GET /api/timeline: the whole graph in time.
import {
  TimelineHistogramResponseSchema,
  TimelineResponseSchema,
  type TimelineHistogramResponse,
  type TimelineQueryInput,
  type TimelineResponse,
} from '@kgx/contract';
import { getJson, type RequestOptions } from './http.ts';
import { toQueryString } from './query-string.ts';

export function fetchTimelineHistogram(options: RequestOptions = {}): Promise<TimelineHistogramResponse> {
  return getJson('/timeline/histogram', TimelineHistogramResponseSchema, options);
}

export function fetchTimelineWindow(query: TimelineQueryInput, options: RequestOptions = {}): Promise<TimelineResponse> {
  return getJson(`/timeline${toQueryString(query)}`, TimelineResponseSchema, options);
}
