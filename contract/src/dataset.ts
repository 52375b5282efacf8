// The on-disk data set format (documents, entities, relations with evidence) that the loader accepts.
import { z } from 'zod/mini';
import { DocumentIdSchema, EntityIdSchema, PartialDateSchema, SourceCellsSchema } from './values.ts';
import {
  EntityTypeDefinitionSchema,
  EntityTypeSchema,
  MAX_ENTITY_TYPES,
  MAX_RELATION_TYPES,
  RelationTypeDefinitionSchema,
  RelationTypeSchema,
} from './vocabulary.ts';

export const QuoteEvidenceRecordSchema = z.strictObject({
  documentId: DocumentIdSchema,
  /** A verbatim substring of the document's text. */
  quote: z.string().check(z.minLength(8, 'must quote at least 8 characters of the document')),
  /** When what the quote reports happened, where the text says. */
  date: z.optional(PartialDateSchema),
});
export type QuoteEvidenceRecord = z.infer<typeof QuoteEvidenceRecordSchema>;

/** Evidence that is a record rather than a sentence: a CSV row, a FollowTheMoney entity, a row of a register. */
export const RecordEvidenceRecordSchema = z
  .strictObject({
    /** The file of the data set it was read from, and its row (1 is the first data row after the header). */
    file: z.optional(z.string().check(z.minLength(1), z.maxLength(255))),
    row: z.optional(z.int().check(z.positive())),
    /** Where the source publishes it, and who publishes it. */
    sourceUrl: z.optional(z.string().check(z.minLength(1), z.maxLength(2000))),
    publisher: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    record: SourceCellsSchema,
    date: z.optional(PartialDateSchema),
  })
  .check(
    z.refine((e) => e.file !== undefined || e.sourceUrl !== undefined || e.publisher !== undefined, {
      message: 'a record needs its file, its source URL or its publisher',
      path: ['file'],
    }),
  );
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
    title: z.string().check(z.minLength(1)),
    /** Publication date where the document gives one. */
    date: z.optional(PartialDateSchema),
    kind: z._default(z.enum(['news', 'encyclopedia', 'report', 'other']), 'other'),
    /** Path of the text file, relative to the data set folder. */
    file: z.optional(z.string().check(z.minLength(1))),
    /** Inline text, for data sets that do not keep texts in files. */
    text: z.optional(z.string().check(z.minLength(1))),
  })
  .check(
    z.refine((d) => (d.file === undefined) !== (d.text === undefined), {
      message: 'give exactly one of "file" or "text"',
      path: ['file'],
    }),
  );
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;

export const EntityRecordSchema = z
  .strictObject({
    id: EntityIdSchema,
    type: EntityTypeSchema,
    name: z.string().check(z.minLength(1), z.maxLength(200)),
    /** Other spellings and short forms as they appear in the texts. */
    aliases: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(200))), []),
    description: z._default(z.string().check(z.maxLength(500)), ''),
    startDate: z.optional(PartialDateSchema),
    endDate: z.optional(PartialDateSchema),
    latitude: z.optional(z.number().check(z.gte(-90), z.lte(90))),
    longitude: z.optional(z.number().check(z.gte(-180), z.lte(180))),
  })
  .check(
    z.refine((e) => e.startDate === undefined || e.endDate === undefined || e.startDate <= e.endDate, {
      message: 'endDate must not be before startDate',
      path: ['endDate'],
    }),
  );
export type EntityRecord = z.infer<typeof EntityRecordSchema>;

export const RelationRecordSchema = z.strictObject({
  type: RelationTypeSchema,
  source: EntityIdSchema,
  target: EntityIdSchema,
  /** What exactly: "of ethnic cleansing", "to ensure free passage through the Lachin corridor". */
  detail: z.optional(z.string().check(z.minLength(1), z.maxLength(300))),
  /** The role held, for LEADS / WORKS_FOR / REPRESENTS: "Prime Minister". */
  role: z.optional(z.string().check(z.minLength(1), z.maxLength(120))),
  startDate: z.optional(PartialDateSchema),
  endDate: z.optional(PartialDateSchema),
  evidence: z.array(EvidenceRecordSchema).check(z.minLength(1, 'every relation needs at least one piece of evidence')),
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

/** A vocabulary as a data set's `vocabulary.json` gives it: types it adds to the default; either list may be left out. */
export const VocabularyFileSchema = z.strictObject({
  entityTypes: z._default(z.array(EntityTypeDefinitionSchema).check(z.maxLength(MAX_ENTITY_TYPES)), []),
  relationTypes: z._default(z.array(RelationTypeDefinitionSchema).check(z.maxLength(MAX_RELATION_TYPES)), []),
});
export type VocabularyFile = z.infer<typeof VocabularyFileSchema>;
