// Extraction of one document, offline: sentences, mentions of known entities, new entity candidates, merges and relations.
import { findMentionSpans } from '../services/mention-spans.ts';
import { findEntityCandidates } from './entity-candidates.ts';
import type { Extraction, ExtractionInput, Mention } from './extraction.ts';
import { suggestMerges } from './merge-suggestions.ts';
import { resolvePronouns } from './coreference.ts';
import { findRelationCandidates, type SentenceEnd } from './relation-candidates.ts';
import { splitSentences } from './sentences.ts';
import { tokenize } from './tokens.ts';

export function extractFromDocument(input: ExtractionInput): Extraction {
  const { text, knownEntities, vocabulary } = input;
  const sentences = splitSentences(text);
  // Tokenised once: entity and relation rules both read every sentence's tokens.
  const tokens = sentences.map((sentence) => tokenize(text, sentence));
  const mentions: Mention[] = [];
  // Folding the whole text for names is wasted when the graph knows none.
  const spansById = knownEntities.length > 0 ? findMentionSpans(text, knownEntities) : new Map<string, [number, number][]>();
  for (const [entityId, spans] of spansById) {
    for (const [start, end] of spans) mentions.push({ entityId, start, end });
  }
  mentions.sort((a, b) => a.start - b.start);

  const candidates = findEntityCandidates({ text, sentences, tokens, mentions, entityTypes: vocabulary.entityTypes });
  const entities = suggestMerges(candidates, knownEntities);

  const byId = new Map(knownEntities.map((entity) => [entity.id, entity]));
  const ends: SentenceEnd[] = [
    ...mentions.map((m) => {
      const entity = byId.get(m.entityId);
      return { start: m.start, end: m.end, entityId: m.entityId, name: entity?.name ?? m.entityId, type: entity?.type ?? '' };
    }),
    ...entities.map((c) => ({
      start: c.start,
      end: c.end,
      name: c.name,
      type: c.type,
      ...(c.reference !== undefined ? { reference: c.reference } : {}),
      ...(c.pairsOnlyWith !== undefined ? { pairsOnlyWith: c.pairsOnlyWith } : {}),
      // A merge suggestion already points at a known entity: the relation can name it too.
      ...(c.mergeWith ? { entityId: c.mergeWith.entityId } : {}),
    })),
  ];
  // "he", "its", "they": pronouns stand for an end named before them and pair as it does.
  ends.push(...resolvePronouns({ text, sentences, tokens, ends }));
  const relations = findRelationCandidates({ text, date: input.date, sentences, tokens, ends, vocabulary });
  return { sentences, mentions, entities, relations };
}
