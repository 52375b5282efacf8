// GET /api/vocabulary: the entity and relation types in use, with their wording.
import { VocabularySchema, type Vocabulary } from '@kgx/contract';
import { getJson, type RequestOptions } from './http.ts';

export function fetchVocabulary(options: RequestOptions = {}): Promise<Vocabulary> {
  return getJson('/vocabulary', VocabularySchema, options);
}
