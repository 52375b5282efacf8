// What the extraction tests read entity candidates with: a text alone, split into sentences, with the five entity types.
import { findEntityCandidates } from './entity-candidates.ts';
import type { EntityCandidate, Mention } from './extraction.ts';
import { splitSentences } from './sentences.ts';

export const TEST_ENTITY_TYPES: readonly string[] = ['Person', 'Organisation', 'Group', 'Place', 'Event'];

/** The entity candidates of `text`, given the mentions of known entities in it (none unless said). */
export function candidatesOf(
  text: string,
  mentions: Mention[] = [],
  entityTypes: readonly string[] = TEST_ENTITY_TYPES,
): EntityCandidate[] {
  return findEntityCandidates({ text, sentences: splitSentences(text), mentions, entityTypes });
}
