// The mapping file of a CSV/TSV import: which file holds entities and which relations, and which column is which field.
import { z } from 'zod/mini';
import { preprocess } from './params.ts';
import { EntityTypeSchema, RelationTypeSchema } from './vocabulary.ts';

/** Delimiters a mapping may name; without one, `.tsv` means a tab and other files are sniffed from their header line. */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

const ColumnSchema = z
  .string()
  .check(z.trim(), z.minLength(1, 'must name a column of the header'), z.maxLength(200, 'must be at most 200 characters'));

const FileNameSchema = z.string().check(
  z.minLength(1, 'must name a file of the import'),
  z.maxLength(255, 'must be at most 255 characters'),
  z.refine((name) => !/[*?[\]{}]/.test(name), { message: 'must be a file name as given, not a pattern' }),
);

export const CsvEntityColumnsSchema = z.strictObject({
  id: z.optional(ColumnSchema),
  type: z.optional(ColumnSchema),
  name: z.optional(ColumnSchema),
  aliases: z.optional(ColumnSchema),
  description: z.optional(ColumnSchema),
  startDate: z.optional(ColumnSchema),
  endDate: z.optional(ColumnSchema),
  latitude: z.optional(ColumnSchema),
  longitude: z.optional(ColumnSchema),
  /**
   * A value that names the entity beyond this file, such as a registration number. Where it is filled the entity's id
   * is made from it and the type (`company:key:gb-01234567`), so every import giving the same key and type meets the
   * same entity; the id column, if any, then only serves the relations file to name the entity.
   */
  key: z.optional(ColumnSchema),
});
export type CsvEntityColumns = z.infer<typeof CsvEntityColumnsSchema>;
export type CsvEntityField = keyof CsvEntityColumns;

export const CsvRelationColumnsSchema = z.strictObject({
  source: z.optional(ColumnSchema),
  target: z.optional(ColumnSchema),
  type: z.optional(ColumnSchema),
  detail: z.optional(ColumnSchema),
  role: z.optional(ColumnSchema),
  startDate: z.optional(ColumnSchema),
  endDate: z.optional(ColumnSchema),
  /** With `quote`: the row cites a verbatim passage of a document (one an earlier import brought) instead of being its own evidence. */
  documentId: z.optional(ColumnSchema),
  quote: z.optional(ColumnSchema),
});
export type CsvRelationColumns = z.infer<typeof CsvRelationColumnsSchema>;
export type CsvRelationField = keyof CsvRelationColumns;

export const CsvEntityMappingSchema = z.strictObject({
  /** The file of the import that holds the entities, by its name; else the file whose header has a name column. */
  file: z.optional(FileNameSchema),
  columns: z._default(CsvEntityColumnsSchema, {}),
  /** What separates several aliases in one cell. */
  aliasSeparator: z._default(z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(5, 'must be at most 5 characters')), ';'),
  /** The type of every entity whose row gives none (or of all, when the file has no type column). */
  defaultType: z.optional(EntityTypeSchema),
});
export type CsvEntityMapping = z.infer<typeof CsvEntityMappingSchema>;

export const CsvRelationMappingSchema = z
  .strictObject({
    /** The file of the import that holds the relations, by its name; else the file whose header has source and target columns. */
    file: z.optional(FileNameSchema),
    columns: z._default(CsvRelationColumnsSchema, {}),
    /** The type of every relation whose row gives none (or of all, when the file has no type column). */
    defaultType: z.optional(RelationTypeSchema),
  })
  .check(
    z.refine((m) => (m.columns.documentId === undefined) === (m.columns.quote === undefined), {
      message: 'a quote needs both its document id column and its quote column',
      path: ['columns', 'quote'],
    }),
  );
export type CsvRelationMapping = z.infer<typeof CsvRelationMappingSchema>;

/** A mapping file (JSON or YAML). Every part may be left out: what it does not say, conventional header names say. */
export const CsvMappingSchema = z
  .strictObject({
    /** `tab` may stand for a tab, which YAML and JSON only write as an escape. */
    delimiter: preprocess(
      (value: unknown) => (value === 'tab' ? '\t' : value),
      z.optional(z.enum(CSV_DELIMITERS, { message: 'must be ",", ";", "|" or "tab"' })),
    ),
    entities: z._default(CsvEntityMappingSchema, { columns: {}, aliasSeparator: ';' }),
    relations: z._default(CsvRelationMappingSchema, { columns: {} }),
  })
  .check(
    z.refine((m) => m.entities.file === undefined || m.entities.file !== m.relations.file, {
      message: 'the entities and the relations must be two files',
      path: ['relations', 'file'],
    }),
  );
export type CsvMapping = z.infer<typeof CsvMappingSchema>;

/**
 * Header names that need no mapping, compared after `normaliseColumnName`: `Start date`, `start_date` and `startDate`
 * are all `startdate`.
 */
export const CSV_CONVENTIONAL_COLUMNS: {
  entities: Record<Exclude<CsvEntityField, 'key'>, readonly string[]>;
  relations: Record<CsvRelationField, readonly string[]>;
} = {
  entities: {
    id: ['id'],
    type: ['type'],
    name: ['name'],
    aliases: ['aliases', 'alias'],
    description: ['description'],
    startDate: ['startdate', 'start'],
    endDate: ['enddate', 'end'],
    latitude: ['latitude', 'lat'],
    longitude: ['longitude', 'lon', 'lng'],
  },
  relations: {
    source: ['source', 'from', 'subject'],
    target: ['target', 'to', 'object'],
    type: ['type', 'relation', 'predicate'],
    detail: ['detail'],
    role: ['role'],
    startDate: ['startdate', 'start'],
    endDate: ['enddate', 'end'],
    documentId: ['documentid', 'document'],
    quote: ['quote'],
  },
};

/** A header name as the importer compares it: case, spaces, `_` and `-` ignored. */
export function normaliseColumnName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}
