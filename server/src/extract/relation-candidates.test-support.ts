// What the relation tests read candidates with: ends placed on a text by their words, the default vocabulary.
import { DEFAULT_VOCABULARY } from '@kgx/contract';
import type { ExtractionVocabulary } from './extraction.ts';
import { findRelationCandidates, type SentenceEnd } from './relation-candidates.ts';
import { splitSentences } from './sentences.ts';

export const DEFAULT_EXTRACTION_VOCABULARY: ExtractionVocabulary = {
  entityTypes: DEFAULT_VOCABULARY.entityTypes.map((t) => t.name),
  relationTypes: DEFAULT_VOCABULARY.relationTypes.map((r) => ({ type: r.type, sourceTypes: r.sourceTypes, targetTypes: r.targetTypes })),
};

/** The typed relations proposed between ends given as [words, type], each placed at its first place after the previous one. */
export function typedRelationsOf(text: string, ends: [string, string][]): string[] {
  let from = 0;
  const placed: SentenceEnd[] = ends.map(([name, type]) => {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`"${name}" is not in the text after offset ${from}`);
    from = start + name.length;
    return { start, end: start + name.length, name, type };
  });
  return findRelationCandidates({ text, sentences: splitSentences(text), ends: placed, vocabulary: DEFAULT_EXTRACTION_VOCABULARY })
    .filter((r) => r.type)
    .map((r) => `${r.subject.name} ${r.type} ${r.object.name}`);
}
