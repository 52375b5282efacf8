// The vocabulary in use, from the graph: the default one extended by every data set's addition, in arrival order.
import { DEFAULT_VOCABULARY, extendVocabulary, type Vocabulary, type VocabularyFile } from '@kgx/contract';
import type { GraphClient } from '../graph/client.ts';
import { readDatasetVocabularies } from '../graph/vocabulary.ts';

/** A clash was refused when the addition was imported, so here the first word simply stands. */
export function vocabularyOf(additions: readonly VocabularyFile[]): Vocabulary {
  return additions.reduce((vocabulary, addition) => extendVocabulary(vocabulary, addition).vocabulary, DEFAULT_VOCABULARY);
}

export async function readVocabularyInUse(client: GraphClient): Promise<Vocabulary> {
  return vocabularyOf((await readDatasetVocabularies(client)).map((s) => s.vocabulary));
}
