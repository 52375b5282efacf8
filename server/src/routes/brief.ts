// "Explain this connection": a brief of relations in sentences, each citing its quotes and records.
import { BriefRequestSchema, BriefResponseSchema } from '@kgx/contract';
import { defineEndpoint } from './endpoint.ts';

export const BRIEF_ENDPOINTS = [
  defineEndpoint({
    // A read: POST only because a path or a selection may name up to 200 relation ids. A viewer's POST is not a
    // write (isWrite), so it needs no audit and no local-only check.
    method: 'post',
    path: '/brief',
    summary:
      'A brief explaining the given relations in plain sentences, in the order of events where dates allow, each citing its numbered quotes (document title and date) or records; with its Markdown and a printable HTML page. Ids naming no relation are listed in notFound.',
    role: 'viewer',
    usesDatabase: true,
    body: BriefRequestSchema,
    response: BriefResponseSchema,
    example: {
      body: {
        relationIds: [
          'organisation:azerbaijani-armed-forces>DETAINED>person:ruben-vardanyan',
          'person:ruben-vardanyan>ACCUSED>place:azerbaijan',
        ],
        focus: ['person:ruben-vardanyan'],
      },
    },
    handle: ({ body }, s) => s.briefs.brief(body),
  }),
];
