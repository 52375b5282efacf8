// The on-disk data set format (documents, entities, relations with evidence) that the loader accepts.
import { z } from 'zod';
import { PARTIAL_DATE_PATTERN } from './dates.ts';
import { ENTITY_ID_PREFIX, EntityTypeSchema, RelationTypeSchema } from './vocabulary.ts';

/** ISO 8601 date as precise as the source allows: `2023`, `2023-09` or `2023-09-19`. */
export const PartialDateSchema = z.string().regex(PARTIAL_DATE_PATTERN, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
export type PartialDate = z.infer<typeof PartialDateSchema>;

export const ENTITY_ID_PATTERN = /^(person|organisation|group|place|event):[a-z0-9]+(-[a-z0-9]+)*$/;
export const EntityIdSchema = z
  .string()
  .max(200, 'must be at most 200 characters')
  .regex(ENTITY_ID_PATTERN, 'must be a slug id such as person:ruben-vardanyan (type prefix, colon, lowercase words joined by -)');

export const DOCUMENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
export const DocumentIdSchema = z.string().regex(DOCUMENT_ID_PATTERN, 'must be letters, digits, ".", "_" or "-" (at most 128)');

export const EvidenceRecordSchema = z.strictObject({
  documentId: DocumentIdSchema,
  /** A verbatim substring of the document's text. */
  quote: z.string().min(8, 'must quote at least 8 characters of the document'),
  /** When what the quote reports happened, where the text says. */
  date: PartialDateSchema.optional(),
});
export type EvidenceRecord = z.infer<typeof EvidenceRecordSchema>;

export const DocumentRecordSchema = z
  .strictObject({
    id: DocumentIdSchema,
    title: z.string().min(1),
    /** Publication date where the document gives one. */
    date: PartialDateSchema.optional(),
    kind: z.enum(['news', 'encyclopedia', 'report', 'other']).default('other'),
    /** Path of the text file, relative to the data set folder. */
    file: z.string().min(1).optional(),
    /** Inline text, for data sets that do not keep texts in files. */
    text: z.string().min(1).optional(),
  })
  .refine((d) => (d.file === undefined) !== (d.text === undefined), {
    message: 'give exactly one of "file" or "text"',
    path: ['file'],
  });
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;

export const EntityRecordSchema = z
  .strictObject({
    id: EntityIdSchema,
    type: EntityTypeSchema,
    name: z.string().min(1).max(200),
    /** Other spellings and short forms as they appear in the texts. */
    aliases: z.array(z.string().min(1).max(200)).default([]),
    description: z.string().min(1).max(500),
    startDate: PartialDateSchema.optional(),
    endDate: PartialDateSchema.optional(),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
  })
  .refine((e) => e.id.startsWith(`${ENTITY_ID_PREFIX[e.type]}:`), {
    message: 'id prefix must match type (Person → person:, Organisation → organisation:, Group → group:, Place → place:, Event → event:)',
    path: ['id'],
  })
  .refine((e) => e.startDate === undefined || e.endDate === undefined || e.startDate <= e.endDate, {
    message: 'endDate must not be before startDate',
    path: ['endDate'],
  });
export type EntityRecord = z.infer<typeof EntityRecordSchema>;

export const RelationRecordSchema = z.strictObject({
  type: RelationTypeSchema,
  source: EntityIdSchema,
  target: EntityIdSchema,
  /** What exactly: "of ethnic cleansing", "to ensure free passage through the Lachin corridor". */
  detail: z.string().min(1).max(300).optional(),
  /** The role held, for LEADS / WORKS_FOR / REPRESENTS: "Prime Minister". */
  role: z.string().min(1).max(120).optional(),
  startDate: PartialDateSchema.optional(),
  endDate: PartialDateSchema.optional(),
  evidence: z.array(EvidenceRecordSchema).min(1, 'every relation needs at least one piece of evidence'),
});
export type RelationRecord = z.infer<typeof RelationRecordSchema>;

export const DATASET_FILES = {
  documents: 'documents.json',
  entities: 'entities.json',
  relations: 'relations.json',
} as const;

export const DocumentsFileSchema = z.array(DocumentRecordSchema);
export const EntitiesFileSchema = z.array(EntityRecordSchema);
export const RelationsFileSchema = z.array(RelationRecordSchema);

/** Stable id of a relation: one per (type, source, target); several pieces of evidence share it. */
export function relationId(r: Pick<RelationRecord, 'type' | 'source' | 'target'>): string {
  return `${r.source}>${r.type}>${r.target}`;
}
