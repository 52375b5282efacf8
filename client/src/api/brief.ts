// POST /api/brief: relations explained in sentences citing their sources, with the server's Markdown and HTML of it.
import { BriefResponseSchema, type BriefRequestInput, type BriefResponse } from '@kgx/contract';
import { postJson, type RequestOptions } from './http.ts';

export function explainRelations(request: BriefRequestInput, options: RequestOptions = {}): Promise<BriefResponse> {
  return postJson('/brief', request, BriefResponseSchema, options);
}
