// The review queue: extraction over a data set, its candidates, and a reviewer's decisions and their undoing.
import {
  CandidateDecisionResponseSchema,
  CandidateDecisionSchema,
  CandidateIdParamSchema,
  CandidatesQuerySchema,
  CandidatesResponseSchema,
  DatasetIdParamSchema,
  ExtractionStartResponseSchema,
} from '@kgx/contract';
import { defineEndpoint } from './endpoint.ts';

const NO_DATASET = { status: 404, description: 'No data set with that id' } as const;
const NO_CANDIDATE = { status: 404, description: 'No candidate with that id' } as const;
const EXAMPLE_CANDIDATE = { id: 'rc-0123456789abcdef0123' };

export const CANDIDATE_ENDPOINTS = [
  defineEndpoint({
    method: 'post',
    path: '/datasets/:id/extract',
    summary:
      'Proposes entities and relations from the data set’s documents, offline (202); GET /datasets/{id} follows it under `extraction`, and GET /datasets/{id}/candidates lists what it proposed',
    role: 'editor',
    usesDatabase: true,
    params: DatasetIdParamSchema,
    response: ExtractionStartResponseSchema,
    status: 202,
    errors: [NO_DATASET, { status: 409, description: 'The data set is still being imported or removed' }],
    example: { params: { id: 'nagorno-karabakh-2023-demo' } },
    audit: { action: 'dataset.extract', target: ({ params }) => ({ kind: 'dataset', id: params.id }) },
    handle: ({ params, caller, request }, s) => s.extraction.start(params.id, { actor: caller.actor, requestId: request.requestId }),
  }),
  defineEndpoint({
    method: 'get',
    path: '/datasets/:id/candidates',
    summary:
      'What extraction proposed from the data set’s documents, each with its sentence: entity candidates (a resemblance to an existing entity is a merge suggestion) and relation candidates (with what they corroborate or contradict in the graph); open ones by default',
    role: 'editor',
    usesDatabase: true,
    params: DatasetIdParamSchema,
    query: CandidatesQuerySchema,
    response: CandidatesResponseSchema,
    errors: [NO_DATASET],
    example: { params: { id: 'nagorno-karabakh-2023-demo' } },
    handle: ({ params, query }, s) => s.candidates.list(params.id, query),
  }),
  defineEndpoint({
    method: 'post',
    path: '/candidates/:id/decision',
    summary:
      'Decides on a candidate: accept (a relation into the graph with its sentence as evidence; a type or an end may be changed on the way), reject (not proposed again), retype, or merge an entity candidate into an existing entity as an alias',
    role: 'editor',
    usesDatabase: true,
    params: CandidateIdParamSchema,
    body: CandidateDecisionSchema,
    response: CandidateDecisionResponseSchema,
    errors: [NO_CANDIDATE, { status: 409, description: 'The candidate is decided already, or an end must be decided first' }],
    example: { params: EXAMPLE_CANDIDATE, body: { decision: 'reject' } },
    audit: {
      action: 'candidate.decide',
      target: ({ params }) => ({ kind: 'candidate', id: params.id }),
      detail: ({ body }, response) =>
        [body.decision, 'type' in body ? body.type : undefined, response.relation?.relationId ?? response.entity?.entityId]
          .filter((part) => part !== undefined)
          .join(' '),
    },
    handle: ({ params, body, caller }, s) => s.candidates.decide(params.id, body, caller.actor),
  }),
  defineEndpoint({
    method: 'delete',
    path: '/candidates/:id/decision',
    summary: 'Undoes the candidate’s latest decision: what it added to the graph leaves it, and the candidate is as it was',
    role: 'editor',
    usesDatabase: true,
    params: CandidateIdParamSchema,
    response: CandidateDecisionResponseSchema,
    errors: [NO_CANDIDATE, { status: 409, description: 'Nothing to undo, or what the decision made is in use' }],
    example: { params: EXAMPLE_CANDIDATE },
    audit: { action: 'candidate.undo', target: ({ params }) => ({ kind: 'candidate', id: params.id }) },
    handle: ({ params, caller }, s) => s.candidates.undo(params.id, caller.actor),
  }),
];
