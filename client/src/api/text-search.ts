// GET /api/search/text: the sentences of the documents that say what was searched for.
import { TextSearchResponseSchema, type TextSearchQueryInput, type TextSearchResponse } from '@kgx/contract';
import { getJson, type RequestOptions } from './http.ts';
import { toQueryString } from './query-string.ts';

export function searchText(query: TextSearchQueryInput, options: RequestOptions = {}): Promise<TextSearchResponse> {
  return getJson(`/search/text${toQueryString(query)}`, TextSearchResponseSchema, options);
}
