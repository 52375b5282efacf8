// The graph's vocabulary as data: entity types and the typed relations between them, with the words used to read them aloud.
import { z } from 'zod/mini';
import type { VocabularyFile } from './dataset.ts';

/** Entity types become Neo4j labels: a capital letter, then letters or digits. */
export const ENTITY_TYPE_PATTERN = /^[A-Z][A-Za-z0-9]{0,39}$/;
/** Relation types become Neo4j relationship types: upper-case words joined by `_`. */
export const RELATION_TYPE_PATTERN = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
export const RELATION_CATEGORY_PATTERN = /^[a-z][a-z-]{0,29}$/;

/** Documents link to the entities they name with this relationship; it is not a who-did-what relation. */
export const MENTIONS = 'MENTIONS';
/** Labels the graph uses for itself; no vocabulary may take them. */
export const RESERVED_LABELS: readonly string[] = ['Entity', 'Document', 'Dataset', 'GraphState', 'EntityCandidate', 'RelationCandidate'];

export const MAX_ENTITY_TYPES = 100;
export const MAX_RELATION_TYPES = 300;

export const EntityTypeSchema = z
  .string()
  .check(z.regex(ENTITY_TYPE_PATTERN, 'must be an entity type: a capital letter, then letters or digits (at most 40)'));
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const RelationTypeSchema = z
  .string()
  .check(
    z.maxLength(60, 'must be at most 60 characters'),
    z.regex(RELATION_TYPE_PATTERN, 'must be a relation type: upper-case words joined by "_", such as MEMBER_OF'),
  );
export type RelationType = z.infer<typeof RelationTypeSchema>;

/** Node types the API returns: entities of any type in the vocabulary, plus the documents of the corpus. */
export const NodeTypeSchema = EntityTypeSchema;
export type NodeType = z.infer<typeof NodeTypeSchema>;

export const RelationCategorySchema = z
  .string()
  .check(z.regex(RELATION_CATEGORY_PATTERN, 'must be a category: lower-case letters and "-" (at most 30)'));
export type RelationCategory = z.infer<typeof RelationCategorySchema>;

export const EntityTypeDefinitionSchema = z.strictObject({
  name: EntityTypeSchema.check(z.refine((name) => !RESERVED_LABELS.includes(name), { message: 'is a label the graph keeps for itself' })),
  /** How a list of them is headed: "People". */
  plural: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  description: z._default(z.string().check(z.maxLength(500)), ''),
});
export type EntityTypeDefinition = z.infer<typeof EntityTypeDefinitionSchema>;

export const RelationTypeDefinitionSchema = z.strictObject({
  type: RelationTypeSchema.check(z.refine((type) => type !== MENTIONS, { message: 'is the relationship the graph keeps for mentions' })),
  /** How the relation reads from source to target: "Azerbaijan — carried out → offensive". */
  label: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  /** How it reads from target back to source: "offensive — carried out by → Azerbaijan". */
  inverse: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  category: RelationCategorySchema,
  description: z._default(z.string().check(z.maxLength(500)), ''),
  /** Which entity types the source may be; any when absent. */
  sourceTypes: z.optional(z.array(EntityTypeSchema).check(z.minLength(1), z.maxLength(MAX_ENTITY_TYPES))),
  /** Which entity types the target may be; any when absent. */
  targetTypes: z.optional(z.array(EntityTypeSchema).check(z.minLength(1), z.maxLength(MAX_ENTITY_TYPES))),
});
export type RelationTypeDefinition = z.infer<typeof RelationTypeDefinitionSchema>;

/** The vocabulary in use: the default one and every data set's additions, in the order they arrived. */
export const VocabularySchema = z.object({
  entityTypes: z.array(EntityTypeDefinitionSchema),
  relationTypes: z.array(RelationTypeDefinitionSchema),
});
export type Vocabulary = z.infer<typeof VocabularySchema>;

export interface VocabularyProblem {
  /** `entityTypes.2.name`, `relationTypes.0.sourceTypes.1`. */
  field: string;
  reason: string;
}

function sameDefinition(a: object, b: object): boolean {
  const key = (o: object) => JSON.stringify(Object.entries(o).sort(([x], [y]) => x.localeCompare(y)));
  return key(a) === key(b);
}

/**
 * Adds a data set's types to a vocabulary. A type it defines again must be defined the same way, and every end it
 * names must be a type of the result: what a vocabulary says cannot depend on which data set came first.
 */
export function extendVocabulary(base: Vocabulary, addition: VocabularyFile): { vocabulary: Vocabulary; problems: VocabularyProblem[] } {
  const problems: VocabularyProblem[] = [];
  const entityTypes = [...base.entityTypes];
  const relationTypes = [...base.relationTypes];
  const entityIndex = new Map(entityTypes.map((t) => [t.name, t]));
  const relationIndex = new Map(relationTypes.map((t) => [t.type, t]));
  const seenEntities = new Set<string>();
  addition.entityTypes.forEach((definition, i) => {
    const field = `entityTypes.${i}.name`;
    if (seenEntities.has(definition.name)) problems.push({ field, reason: `defines entity type '${definition.name}' twice` });
    seenEntities.add(definition.name);
    const existing = entityIndex.get(definition.name);
    if (existing === undefined) {
      entityTypes.push(definition);
      entityIndex.set(definition.name, definition);
    } else if (!sameDefinition(existing, definition)) {
      problems.push({
        field,
        reason: `redefines entity type '${definition.name}' differently; use the existing definition or another name`,
      });
    }
  });
  const seenRelations = new Set<string>();
  addition.relationTypes.forEach((definition, i) => {
    const field = `relationTypes.${i}.type`;
    if (seenRelations.has(definition.type)) problems.push({ field, reason: `defines relation type '${definition.type}' twice` });
    seenRelations.add(definition.type);
    for (const end of ['sourceTypes', 'targetTypes'] as const) {
      definition[end]?.forEach((name, j) => {
        if (!entityIndex.has(name))
          problems.push({ field: `relationTypes.${i}.${end}.${j}`, reason: `no entity type '${name}' in the vocabulary` });
      });
    }
    const existing = relationIndex.get(definition.type);
    if (existing === undefined) {
      relationTypes.push(definition);
      relationIndex.set(definition.type, definition);
    } else if (!sameDefinition(existing, definition)) {
      problems.push({
        field,
        reason: `redefines relation type '${definition.type}' differently; use the existing definition or another name`,
      });
    }
  });
  return { vocabulary: { entityTypes, relationTypes }, problems };
}

/** How a relation type reads when no vocabulary defines it (data left by an older vocabulary): `MEMBER_OF` → "member of". */
export function wordingOfUnknownRelation(type: string): { label: string; inverse: string } {
  const label = type.toLowerCase().replace(/_/g, ' ');
  return { label, inverse: `${label} (reversed)` };
}
