// "Explain this connection": a brief in plain sentences, each citing the quotes and records its relation rests on.
import { z } from 'zod/mini';
import { EntityIdSchema, PartialDateSchema, SourceCellsSchema } from './values.ts';

export const MAX_BRIEF_RELATIONS = 200;
export const MAX_BRIEF_TITLE = 200;
/** Room for the longest relation id: two entity ids (200 each) and a relation type (60) joined by `>`. */
export const MAX_RELATION_ID_LENGTH = 500;

/** Which relations to explain, and how to head the brief. */
export const BriefRequestSchema = z.strictObject({
  relationIds: z
    .array(
      z
        .string({ error: 'must be a relation id, as a string' })
        .check(
          z.minLength(1, 'must not be empty'),
          z.maxLength(MAX_RELATION_ID_LENGTH, `must be at most ${MAX_RELATION_ID_LENGTH} characters`),
        ),
    )
    .check(
      z.minLength(1, 'must name at least one relation'),
      z.maxLength(MAX_BRIEF_RELATIONS, `must name at most ${MAX_BRIEF_RELATIONS} relations`),
      z.describe('The relations to explain (edge ids, as paths, neighbourhoods and relation queries return them).'),
    ),
  title: z
    .optional(
      z
        .string()
        .check(
          z.trim(),
          z.minLength(1, 'must not be empty'),
          z.maxLength(MAX_BRIEF_TITLE, `must be at most ${MAX_BRIEF_TITLE} characters`),
        ),
    )
    .check(z.describe('The heading; without it the brief is headed from `focus`.')),
  focus: z
    .optional(
      z
        .array(EntityIdSchema)
        .check(z.minLength(1, 'must name at least one entity'), z.maxLength(2, 'must name at most two entities: the ends of a path')),
    )
    .check(z.describe('What the brief is about: a path’s two ends, or the one entity whose relations it explains.')),
});
export type BriefRequest = z.infer<typeof BriefRequestSchema>;
export type BriefRequestInput = z.input<typeof BriefRequestSchema>;

/** One sentence of the brief: one relation, read in the vocabulary's words, citing the sources it rests on. */
export const BriefSentenceSchema = z.object({
  /** The sentence as read, without citation markers. */
  text: z.string(),
  relationId: z.string(),
  /** When the relation happened (its derived first and last day); absent when undated. */
  dateFrom: z.optional(z.string()),
  dateTo: z.optional(z.string()),
  /** Numbers of the sources it cites, ascending: all its relation's evidence (the loader requires at least one). */
  citations: z.array(z.int().check(z.positive())),
});
export type BriefSentence = z.infer<typeof BriefSentenceSchema>;

/** A verbatim sentence of a document, with the document's title and publication date. */
export const BriefQuoteSourceSchema = z.object({
  number: z.int().check(z.positive()),
  kind: z.literal('quote'),
  documentId: z.string(),
  /** The document's title; its id when the graph no longer holds it. */
  documentTitle: z.string(),
  documentDate: z.optional(PartialDateSchema),
  /** Verbatim, as stored with the relation's evidence. */
  quote: z.string(),
});
export type BriefQuoteSource = z.infer<typeof BriefQuoteSourceSchema>;

/** The record a relation was read from: a data set's file and row, or a publisher's entity, with its cells. */
export const BriefRecordSourceSchema = z.object({
  number: z.int().check(z.positive()),
  kind: z.literal('record'),
  datasetId: z.string(),
  file: z.optional(z.string()),
  row: z.optional(z.int()),
  sourceUrl: z.optional(z.string()),
  publisher: z.optional(z.string()),
  cells: SourceCellsSchema,
});
export type BriefRecordSource = z.infer<typeof BriefRecordSourceSchema>;

export const BriefSourceSchema = z.discriminatedUnion('kind', [BriefQuoteSourceSchema, BriefRecordSourceSchema]);
export type BriefSource = z.infer<typeof BriefSourceSchema>;

/**
 * The brief, built once by the server: its sentences in the order of events where dates allow (undated last), its
 * numbered sources (identical quotes share a number), and the same as Markdown and as a printable HTML page.
 */
export const BriefResponseSchema = z.object({
  title: z.string(),
  sentences: z.array(BriefSentenceSchema),
  sources: z.array(BriefSourceSchema),
  /** Ids asked for that name no relation (any more): reported, not refused, as a shared link may outlive a data set. */
  notFound: z.array(z.string()),
  markdown: z.string(),
  /** A complete standalone page: inline styles only, no script, every text from the data escaped. */
  html: z.string(),
});
export type BriefResponse = z.infer<typeof BriefResponseSchema>;
