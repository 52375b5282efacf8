// Data sets: every import is one, and every entity, relation and piece of evidence knows which data sets support it.
import { z } from 'zod';

export const DATASET_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const DatasetIdSchema = z
  .string()
  .regex(DATASET_ID_PATTERN, 'must be lowercase letters, digits and "-", starting with a letter or digit (at most 64)');

export const DATASET_FORMATS = ['native', 'csv', 'ftm', 'text'] as const;
export const DatasetFormatSchema = z.enum(DATASET_FORMATS);
export type DatasetFormat = z.infer<typeof DatasetFormatSchema>;

/** `running` while written, `removing` while removed; either, left by a stopped process, reads as `failed` once nothing writes it. */
export const DATASET_STATUSES = ['queued', 'running', 'removing', 'done', 'failed'] as const;
export const DatasetStatusSchema = z.enum(DATASET_STATUSES);
export type DatasetStatus = z.infer<typeof DatasetStatusSchema>;

export const DatasetCountsSchema = z.object({
  documents: z.number().int(),
  entities: z.number().int(),
  relations: z.number().int(),
  evidence: z.number().int(),
  mentions: z.number().int(),
});
export type DatasetCounts = z.infer<typeof DatasetCountsSchema>;

/** How far an import has come: rows of the current kind written, of its total. */
export const DatasetProgressSchema = z.object({
  phase: z.string(),
  written: z.number().int(),
  total: z.number().int(),
});
export type DatasetProgress = z.infer<typeof DatasetProgressSchema>;

/** A problem with an input: which file, which record or row, which field, and why. */
export const DatasetProblemSchema = z.object({
  file: z.string(),
  record: z.string().optional(),
  field: z.string().optional(),
  reason: z.string(),
});

export const MAX_REPORT_ENTRIES = 500;

/**
 * What an import said: the problems that refused it or the records it left out (skipBadRows), and what the reader
 * read and deliberately did not import, such as possible duplicates or schemata without a type. Lists are capped;
 * the counts are not.
 */
export const DatasetReportSchema = z.object({
  problems: z.array(DatasetProblemSchema),
  problemCount: z.number().int(),
  notices: z.array(DatasetProblemSchema.omit({ field: true })),
  noticeCount: z.number().int(),
});
export type DatasetReport = z.infer<typeof DatasetReportSchema>;

/** Extraction over a data set's documents: where it stands and what it proposed. */
export const DatasetExtractionSchema = z.object({
  status: z.enum(['queued', 'running', 'done', 'failed']),
  documents: z.number().int(),
  processed: z.number().int(),
  /** Candidates it proposed (new ones and ones seen before). */
  entities: z.number().int(),
  relations: z.number().int(),
  error: z.string().optional(),
  /** ISO timestamp of its last change. */
  updatedAt: z.string(),
});
export type DatasetExtraction = z.infer<typeof DatasetExtractionSchema>;

export const DatasetSummarySchema = z.object({
  id: DatasetIdSchema,
  name: z.string(),
  format: DatasetFormatSchema,
  /** The names of the files it was read from, as the user gave them. */
  files: z.array(z.string()),
  /** ISO timestamps. */
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Who imported it, once accounts exist. */
  createdBy: z.string().optional(),
  status: DatasetStatusSchema,
  counts: DatasetCountsSchema,
  error: z.string().optional(),
  /** While it is written. */
  progress: DatasetProgressSchema.optional(),
  /** Given for one data set (GET /api/datasets/:id), not in the list. */
  report: DatasetReportSchema.optional(),
  /** Once extraction was asked for. */
  extraction: DatasetExtractionSchema.optional(),
});
export type DatasetSummary = z.infer<typeof DatasetSummarySchema>;

export const DatasetIdParamSchema = z.object({ id: DatasetIdSchema });
export const DatasetsResponseSchema = z.object({ datasets: z.array(DatasetSummarySchema) });
export type DatasetsResponse = z.infer<typeof DatasetsResponseSchema>;
export const DatasetResponseSchema = z.object({ dataset: DatasetSummarySchema });
export type DatasetResponse = z.infer<typeof DatasetResponseSchema>;

/** The text fields of an upload (multipart/form-data), beside one or more `files` and an optional `mapping` file. */
export const DatasetUploadFieldsSchema = z.strictObject({
  /** Guessed from the files' extensions when not given. */
  format: DatasetFormatSchema.optional(),
  /** The data set's name; its id comes from it. Defaults to the first file's name. */
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters').optional(),
  /** Leave bad records out and report them, instead of refusing the whole import. */
  skipBadRows: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
  /** Propose entities and relations from the documents once imported; on by default for documents (format text). */
  extract: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
});
export type DatasetUploadFields = z.infer<typeof DatasetUploadFieldsSchema>;

export const DatasetUploadResponseSchema = z.object({ id: DatasetIdSchema });
export type DatasetUploadResponse = z.infer<typeof DatasetUploadResponseSchema>;

export const PREVIEW_ROWS = 10;

/** One record of an upload as it will land: what it is, and where in which file it was read. */
export const PreviewRowSchema = z.object({
  kind: z.enum(['entity', 'relation', 'document']),
  /** Entity or relation type, as the file gives it. */
  type: z.string(),
  /** An entity's or a document's name; a relation's "source → target". */
  label: z.string(),
  file: z.string(),
  /** `row 4`, `line 12`, `3 (person:x)`. */
  record: z.string(),
});
export type PreviewRow = z.infer<typeof PreviewRowSchema>;

/** An upload checked but not written: counts of what would land, its first records, and the report. */
export const DatasetPreviewSchema = z.object({
  format: DatasetFormatSchema,
  id: DatasetIdSchema,
  name: z.string(),
  counts: DatasetCountsSchema,
  rows: z.array(PreviewRowSchema),
  report: DatasetReportSchema,
  /** Whether the import, as asked (without skipBadRows), would be refused for its problems. */
  refused: z.boolean(),
});
export type DatasetPreview = z.infer<typeof DatasetPreviewSchema>;

export const DatasetRemovalSchema = z.object({
  id: DatasetIdSchema,
  /** What left the graph with it; what another data set also supports stayed. */
  removed: DatasetCountsSchema.omit({ mentions: true }),
});
export type DatasetRemoval = z.infer<typeof DatasetRemovalSchema>;

/** A data set id from a name: `Nagorno-Karabakh 2023 (demo)` → `nagorno-karabakh-2023-demo`. */
export function datasetIdFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug === '' ? 'dataset' : slug;
}
