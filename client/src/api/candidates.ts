// The review queue's endpoints: run extraction over a data set, list its candidates, decide on one, undo a decision.
import {
  CandidateDecisionResponseSchema,
  CandidatesResponseSchema,
  ExtractionStartResponseSchema,
  type CandidateDecision,
  type CandidateDecisionResponse,
  type CandidatesQueryInput,
  type CandidatesResponse,
} from '@kgx/contract';
import { deleteJson, getJson, postJson, type RequestOptions } from './http.ts';
import { toQueryString } from './query-string.ts';

export function startExtraction(datasetId: string, options: RequestOptions = {}): Promise<{ id: string }> {
  return postJson(`/datasets/${encodeURIComponent(datasetId)}/extract`, {}, ExtractionStartResponseSchema, options);
}

export function fetchCandidates(datasetId: string, query: CandidatesQueryInput, options: RequestOptions = {}): Promise<CandidatesResponse> {
  return getJson(`/datasets/${encodeURIComponent(datasetId)}/candidates${toQueryString(query)}`, CandidatesResponseSchema, options);
}

export function decideCandidate(id: string, decision: CandidateDecision, options: RequestOptions = {}): Promise<CandidateDecisionResponse> {
  return postJson(`/candidates/${encodeURIComponent(id)}/decision`, decision, CandidateDecisionResponseSchema, options);
}

export function undoDecision(id: string, options: RequestOptions = {}): Promise<CandidateDecisionResponse> {
  return deleteJson(`/candidates/${encodeURIComponent(id)}/decision`, CandidateDecisionResponseSchema, options);
}
