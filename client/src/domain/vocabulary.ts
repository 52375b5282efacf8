// The vocabulary the explorer reads relations and types with: the server's, once it has answered. Until then (a moment
// after the page opens, or while the API is down) no type is known: a relation reads by its type's own words ("member
// of"), and each entity type keeps its look, which does not depend on the vocabulary. The page does not carry a copy of
// the server's default vocabulary.
import { MENTIONS, wordingOfUnknownRelation, type EntityTypeDefinition, type RelationTypeDefinition, type Vocabulary } from '@kgx/contract';

/** A vocabulary with its lookups built once. */
export interface VocabularyIndex {
  vocabulary: Vocabulary;
  entityTypes: readonly EntityTypeDefinition[];
  relationTypes: readonly RelationTypeDefinition[];
  /** Categories in the order their first type appears. */
  categories: readonly string[];
  entityType(name: string): EntityTypeDefinition | undefined;
  relationType(type: string): RelationTypeDefinition | undefined;
  /** Where a relation type sits in the vocabulary, for a stable order; unknown types sort last. */
  relationOrder(type: string): number;
}

export function indexVocabulary(vocabulary: Vocabulary): VocabularyIndex {
  const entities = new Map(vocabulary.entityTypes.map((t) => [t.name, t]));
  const relations = new Map(vocabulary.relationTypes.map((t) => [t.type, t]));
  const order = new Map(vocabulary.relationTypes.map((t, i) => [t.type, i]));
  return {
    vocabulary,
    entityTypes: vocabulary.entityTypes,
    relationTypes: vocabulary.relationTypes,
    categories: [...new Set(vocabulary.relationTypes.map((t) => t.category))],
    entityType: (name) => entities.get(name),
    relationType: (type) => relations.get(type),
    relationOrder: (type) => order.get(type) ?? vocabulary.relationTypes.length,
  };
}

let current = indexVocabulary({ entityTypes: [], relationTypes: [] });

export function currentVocabulary(): VocabularyIndex {
  return current;
}

/** Called by the vocabulary store when the server's vocabulary arrives or changes. */
export function setCurrentVocabulary(vocabulary: Vocabulary): VocabularyIndex {
  current = indexVocabulary(vocabulary);
  return current;
}

/** How a relation type reads from source to target ("detained"); documents' mentions read "mentions". */
export function relationLabel(type: string, index: VocabularyIndex = current): string {
  if (type === MENTIONS) return 'mentions';
  return index.relationType(type)?.label ?? wordingOfUnknownRelation(type).label;
}

/** How a relation type reads from target back to source ("detained by"). */
export function relationInverseLabel(type: string, index: VocabularyIndex = current): string {
  if (type === MENTIONS) return 'mentioned in';
  return index.relationType(type)?.inverse ?? wordingOfUnknownRelation(type).inverse;
}

export function relationCategory(type: string, index: VocabularyIndex = current): string {
  return index.relationType(type)?.category ?? 'mention';
}

const CATEGORY_TITLES: Readonly<Record<string, string>> = {
  role: 'Roles and membership',
  geography: 'Geography and control',
  event: 'Events and actions',
  statement: 'Statements',
  movement: 'Movement of people',
  ownership: 'Ownership and succession',
  money: 'Money',
  legal: 'Sanctions and legal',
  personal: 'Family and associates',
  link: 'Other links',
};

/** A category's heading: the known ones in words, any other from its name ("supply-chain" → "Supply chain"). */
export function categoryTitle(category: string): string {
  const known = CATEGORY_TITLES[category];
  if (known !== undefined) return known;
  const words = category.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** How a list of entities of a type is headed: the vocabulary's plural, else the name with an s. */
export function entityTypePlural(type: string, index: VocabularyIndex = current): string {
  if (type === 'Document') return 'Documents';
  return index.entityType(type)?.plural ?? `${type}s`;
}
