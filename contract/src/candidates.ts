// What extraction proposes from a data set's documents, and the decisions a reviewer takes on each proposal.
import { z } from 'zod/mini';
import { DocumentIdSchema, EntityIdSchema, PartialDateSchema } from './values.ts';
import { EntityTypeSchema, RelationTypeSchema } from './vocabulary.ts';

export const CANDIDATE_ID_PATTERN = /^(ec|rc)-[0-9a-f]{20}$/;
export const CandidateIdSchema = z.string().check(z.regex(CANDIDATE_ID_PATTERN, 'must be a candidate id such as rc-0123456789abcdef0123'));
export const CandidateIdParamSchema = z.object({ id: CandidateIdSchema });

/** open: waiting for a reviewer; accepted: in the graph; rejected: not proposed again; merged: an alias of an existing entity. */
export const CANDIDATE_STATUSES = ['open', 'accepted', 'rejected', 'merged'] as const;
export const CandidateStatusSchema = z.enum(CANDIDATE_STATUSES);
export type CandidateStatus = z.infer<typeof CandidateStatusSchema>;

/** Why a candidate was proposed: the rule, and the words of the sentence that triggered it. */
export const CandidateReasonSchema = z.object({ rule: z.string(), words: z.string() });

/** Who decided, and when (ISO timestamp). */
export const CandidateDecisionInfoSchema = z.object({ by: z.string(), at: z.string() });

/** The sentence a candidate stands in: its offsets in the document's text and its words (a verbatim substring). */
export const CandidateSentenceSchema = z.object({ start: z.int(), end: z.int(), text: z.string() });

export const EntityCandidateSchema = z.object({
  id: CandidateIdSchema,
  name: z.string(),
  type: EntityTypeSchema,
  documentId: DocumentIdSchema,
  /** Where the name stands in the document's text (its first occurrence). */
  start: z.int(),
  end: z.int(),
  sentence: CandidateSentenceSchema,
  /** How many times the data set's documents name it. */
  occurrences: z.int(),
  why: CandidateReasonSchema,
  /** An existing entity it resembles: proposed as a merge rather than as a new entity. */
  mergeWith: z.optional(z.object({ id: EntityIdSchema, name: z.string(), reason: z.string() })),
  status: CandidateStatusSchema,
  /** The entity it became (accepted) or joined (merged). */
  entityId: z.optional(EntityIdSchema),
  decided: z.optional(CandidateDecisionInfoSchema),
});
export type EntityCandidate = z.infer<typeof EntityCandidateSchema>;

/** An end of a relation candidate: an existing entity (`id`) or a candidate entity, by its name. */
export const CandidateEndSchema = z.object({
  id: z.optional(EntityIdSchema),
  name: z.string(),
  type: EntityTypeSchema,
  start: z.int(),
  end: z.int(),
});
export type CandidateEnd = z.infer<typeof CandidateEndSchema>;

export const RelationCandidateSchema = z.object({
  id: CandidateIdSchema,
  subject: CandidateEndSchema,
  object: CandidateEndSchema,
  /** Absent for an untyped ("related") candidate, which the reviewer types. */
  type: z.optional(RelationTypeSchema),
  role: z.optional(z.string()),
  date: z.optional(PartialDateSchema),
  documentId: DocumentIdSchema,
  /** The sentence, verbatim: it becomes the relation's evidence when accepted. */
  quote: z.string(),
  sentence: CandidateSentenceSchema,
  why: CandidateReasonSchema,
  status: CandidateStatusSchema,
  /** The graph already holds this relation (same subject, type and object): accepting adds this sentence as evidence. */
  corroborates: z.optional(z.string()),
  /** What in the graph this sentence may contradict, in words. */
  contradicts: z.optional(z.array(z.string())),
  /** The relation it became. */
  relationId: z.optional(z.string()),
  decided: z.optional(CandidateDecisionInfoSchema),
});
export type RelationCandidate = z.infer<typeof RelationCandidateSchema>;

export const CandidatesQuerySchema = z.object({
  status: z._default(z.enum([...CANDIDATE_STATUSES, 'all']), 'open'),
  documentId: z.optional(DocumentIdSchema),
  /** Only the candidates that name this entity: relations with it at an end, names that may be it. */
  entityId: z.optional(EntityIdSchema),
});
export type CandidatesQuery = z.infer<typeof CandidatesQuerySchema>;
export type CandidatesQueryInput = z.input<typeof CandidatesQuerySchema>;

export const CandidateCountsSchema = z.object({
  open: z.int(),
  accepted: z.int(),
  rejected: z.int(),
  merged: z.int(),
});
export type CandidateCounts = z.infer<typeof CandidateCountsSchema>;

/** What one document brings, among the candidates listed: the report a reviewer reads before the detail. */
export const DocumentChangesSchema = z.object({
  documentId: DocumentIdSchema,
  /** Names no entity of the graph carries. */
  newEntities: z.int(),
  /** Names that may be an existing entity. */
  mergeSuggestions: z.int(),
  /** Relations the graph does not hold yet. */
  newRelations: z.int(),
  /** Relations the graph holds already: new evidence for them. */
  corroborating: z.int(),
  /** Relations that may contradict what the graph holds. */
  contradicting: z.int(),
});
export type DocumentChanges = z.infer<typeof DocumentChangesSchema>;

export const CandidatesResponseSchema = z.object({
  datasetId: z.string(),
  entities: z.array(EntityCandidateSchema),
  relations: z.array(RelationCandidateSchema),
  /** Per document, what the candidates listed bring. */
  documents: z.array(DocumentChangesSchema),
  /** Over all candidates of the data set, whatever the query's filter. */
  counts: z.object({ entities: CandidateCountsSchema, relations: CandidateCountsSchema }),
});
export type CandidatesResponse = z.infer<typeof CandidatesResponseSchema>;

/**
 * accept: into the graph (a relation with its sentence as evidence, creating a candidate end as an entity), with an
 * optional type or end changed on the way; reject: not proposed again; retype: change the proposed type, still open;
 * merge: an entity candidate becomes an alias of an existing entity.
 */
export const CandidateDecisionSchema = z.discriminatedUnion('decision', [
  z.strictObject({
    decision: z.literal('accept'),
    type: z.optional(z.union([RelationTypeSchema, EntityTypeSchema])),
    subjectId: z.optional(EntityIdSchema),
    objectId: z.optional(EntityIdSchema),
  }),
  z.strictObject({ decision: z.literal('reject') }),
  z.strictObject({ decision: z.literal('retype'), type: z.union([RelationTypeSchema, EntityTypeSchema]) }),
  z.strictObject({ decision: z.literal('merge'), entityId: EntityIdSchema }),
]);
export type CandidateDecision = z.infer<typeof CandidateDecisionSchema>;

export const CandidateDecisionResponseSchema = z.object({
  entity: z.optional(EntityCandidateSchema),
  relation: z.optional(RelationCandidateSchema),
});
export type CandidateDecisionResponse = z.infer<typeof CandidateDecisionResponseSchema>;

export const ExtractionStartResponseSchema = z.object({ id: z.string() });
