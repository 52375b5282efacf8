// The whole graph in time.
import { TimelineHistogramResponseSchema, TimelineQuerySchema, TimelineResponseSchema } from '@kgx/contract';
import { defineEndpoint } from './endpoint.ts';

export const TIMELINE_ENDPOINTS = [
  defineEndpoint({
    method: 'get',
    path: '/timeline/histogram',
    summary: 'Dated events and relations of the whole graph counted by the month they start in, and how many are undated',
    role: 'viewer',
    usesDatabase: true,
    response: TimelineHistogramResponseSchema,
    example: {},
    handle: (_input, s) => s.timeline.histogram(),
  }),
  defineEndpoint({
    method: 'get',
    path: '/timeline',
    summary:
      'What happened in a window across the whole graph: events and dated relations that may fall in it (partial dates read as intervals), with their ends, the earliest first',
    role: 'viewer',
    usesDatabase: true,
    query: TimelineQuerySchema,
    response: TimelineResponseSchema,
    example: { query: { from: '2023-09', to: '2023-09' } },
    handle: ({ query }, s) => s.timeline.window(query),
  }),
];
