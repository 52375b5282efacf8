// Data sets: every import is one, and every entity, relation and piece of evidence knows which data sets support it.
import { z } from 'zod/mini';

export const DATASET_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const DatasetIdSchema = z
  .string()
  .check(z.regex(DATASET_ID_PATTERN, 'must be lowercase letters, digits and "-", starting with a letter or digit (at most 64)'));

export const DATASET_FORMATS = ['native', 'csv', 'ftm', 'text'] as const;
export const DatasetFormatSchema = z.enum(DATASET_FORMATS);
export type DatasetFormat = z.infer<typeof DatasetFormatSchema>;

/** `running` while written, `removing` while removed; either, left by a stopped process, reads as `failed` once nothing writes it. */
export const DATASET_STATUSES = ['queued', 'running', 'removing', 'done', 'failed'] as const;
export const DatasetStatusSchema = z.enum(DATASET_STATUSES);
export type DatasetStatus = z.infer<typeof DatasetStatusSchema>;

export const DatasetCountsSchema = z.object({
  documents: z.int(),
  entities: z.int(),
  relations: z.int(),
  evidence: z.int(),
  mentions: z.int(),
});
export type DatasetCounts = z.infer<typeof DatasetCountsSchema>;

/** How far an import has come: rows of the current kind written, of its total. */
export const DatasetProgressSchema = z.object({
  phase: z.string(),
  written: z.int(),
  total: z.int(),
});
export type DatasetProgress = z.infer<typeof DatasetProgressSchema>;

/** A problem with an input: which file, which record or row, which field, and why. */
export const DatasetProblemSchema = z.object({
  file: z.string(),
  record: z.optional(z.string()),
  field: z.optional(z.string()),
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
  problemCount: z.int(),
  notices: z.array(z.omit(DatasetProblemSchema, { field: true })),
  noticeCount: z.int(),
});
export type DatasetReport = z.infer<typeof DatasetReportSchema>;

/** Extraction over a data set's documents: where it stands and what it proposed. */
export const DatasetExtractionSchema = z.object({
  status: z.enum(['queued', 'running', 'done', 'failed']),
  documents: z.int(),
  processed: z.int(),
  /** Candidates it proposed (new ones and ones seen before). */
  entities: z.int(),
  relations: z.int(),
  error: z.optional(z.string()),
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
  createdBy: z.optional(z.string()),
  status: DatasetStatusSchema,
  counts: DatasetCountsSchema,
  error: z.optional(z.string()),
  /** While it is written. */
  progress: z.optional(DatasetProgressSchema),
  /** Given for one data set (GET /api/datasets/:id), not in the list. */
  report: z.optional(DatasetReportSchema),
  /** Once extraction was asked for. */
  extraction: z.optional(DatasetExtractionSchema),
  /**
   * Once extraction was asked for: the candidates accepted in review, which the data set now holds beside what it
   * imported (its `counts`).
   */
  accepted: z.optional(z.object({ entities: z.int(), relations: z.int() })),
});
export type DatasetSummary = z.infer<typeof DatasetSummarySchema>;

export const DatasetIdParamSchema = z.object({ id: DatasetIdSchema });
export const DatasetsResponseSchema = z.object({ datasets: z.array(DatasetSummarySchema) });
export type DatasetsResponse = z.infer<typeof DatasetsResponseSchema>;
export const DatasetResponseSchema = z.object({ dataset: DatasetSummarySchema });
export type DatasetResponse = z.infer<typeof DatasetResponseSchema>;

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
  removed: z.omit(DatasetCountsSchema, { mentions: true }),
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
