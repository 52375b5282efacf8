// The on-disk data set format (documents, entities, relations with evidence) that the loader accepts.
import { z } from 'zod';
import { PARTIAL_DATE_PATTERN } from './dates.ts';
import { EntityTypeSchema, RelationTypeSchema } from './vocabulary.ts';

/** ISO 8601 date as precise as the source allows: `2023`, `2023-09` or `2023-09-19`. */
export const PartialDateSchema = z.string().regex(PARTIAL_DATE_PATTERN, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
export type PartialDate = z.infer<typeof PartialDateSchema>;

/**
 * An entity id: letters, digits and `.`, `_`, `:`, `@`, `+`, `-`, such as `person:ruben-vardanyan`, an FtM id or a
 * registry number. It appears in URLs and relation ids, so nothing that needs quoting there.
 */
export const ENTITY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:@+-]{0,199}$/;
export const EntityIdSchema = z
  .string()
  .regex(
    ENTITY_ID_PATTERN,
    'must be an id of letters, digits, ".", "_", ":", "@", "+" or "-", such as person:ruben-vardanyan (at most 200)',
  );

export const DOCUMENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
export const DocumentIdSchema = z.string().regex(DOCUMENT_ID_PATTERN, 'must be letters, digits, ".", "_" or "-" (at most 128)');

export const QuoteEvidenceRecordSchema = z.strictObject({
  documentId: DocumentIdSchema,
  /** A verbatim substring of the document's text. */
  quote: z.string().min(8, 'must quote at least 8 characters of the document'),
  /** When what the quote reports happened, where the text says. */
  date: PartialDateSchema.optional(),
});
export type QuoteEvidenceRecord = z.infer<typeof QuoteEvidenceRecordSchema>;

export const MAX_RECORD_CELLS = 100;
export const MAX_RECORD_CELL_LENGTH = 2000;

/** The cells of the record a relation came from, as the source gave them: column or property name → value. */
export const SourceCellsSchema = z
  .record(z.string().min(1).max(200), z.string().max(MAX_RECORD_CELL_LENGTH, `must be at most ${MAX_RECORD_CELL_LENGTH} characters`))
  .refine((cells) => Object.keys(cells).length <= MAX_RECORD_CELLS, { message: `must have at most ${MAX_RECORD_CELLS} cells` });

/** Evidence that is a record rather than a sentence: a CSV row, a FollowTheMoney entity, a row of a register. */
export const RecordEvidenceRecordSchema = z
  .strictObject({
    /** The file of the data set it was read from, and its row (1 is the first data row after the header). */
    file: z.string().min(1).max(255).optional(),
    row: z.number().int().positive().optional(),
    /** Where the source publishes it, and who publishes it. */
    sourceUrl: z.string().min(1).max(2000).optional(),
    publisher: z.string().min(1).max(200).optional(),
    record: SourceCellsSchema,
    date: PartialDateSchema.optional(),
  })
  .refine((e) => e.file !== undefined || e.sourceUrl !== undefined || e.publisher !== undefined, {
    message: 'a record needs its file, its source URL or its publisher',
    path: ['file'],
  });
export type RecordEvidenceRecord = z.infer<typeof RecordEvidenceRecordSchema>;

/** A relation is supported by a verbatim quote of a document, or by the record it was read from. */
export const EvidenceRecordSchema = z.union([QuoteEvidenceRecordSchema, RecordEvidenceRecordSchema]);
export type EvidenceRecord = z.infer<typeof EvidenceRecordSchema>;

export function isQuoteEvidenceRecord(evidence: EvidenceRecord): evidence is QuoteEvidenceRecord {
  return 'quote' in evidence;
}

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
    description: z.string().max(500).default(''),
    startDate: PartialDateSchema.optional(),
    endDate: PartialDateSchema.optional(),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
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
  /** Optional: entity and relation types the data set adds to the default vocabulary. */
  vocabulary: 'vocabulary.json',
} as const;

export const DocumentsFileSchema = z.array(DocumentRecordSchema);
export const EntitiesFileSchema = z.array(EntityRecordSchema);
export const RelationsFileSchema = z.array(RelationRecordSchema);

/** Stable id of a relation: one per (type, source, target); several pieces of evidence share it. */
export function relationId(r: Pick<RelationRecord, 'type' | 'source' | 'target'>): string {
  return `${r.source}>${r.type}>${r.target}`;
}
