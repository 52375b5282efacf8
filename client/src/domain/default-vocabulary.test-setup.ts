// For unit tests that read relations and types: the vocabulary as the server's /api/vocabulary gives it on a new graph.
import { beforeAll } from 'vitest';
import { DEFAULT_VOCABULARY } from '@kgx/contract';
import { setCurrentVocabulary } from './vocabulary.ts';

/** Sets the explorer's vocabulary to the default one before the file's tests, as the server's first answer does. */
export function withDefaultVocabulary(): void {
  beforeAll(() => {
    setCurrentVocabulary(DEFAULT_VOCABULARY);
  });
}
