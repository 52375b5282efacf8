// The mapping file of a CSV/TSV import: which file holds entities and which relations, and which column is which field.
import { z } from 'zod';
import { EntityTypeSchema, RelationTypeSchema } from './vocabulary.ts';

/** Delimiters a mapping may name; without one, `.tsv` means a tab and other files are sniffed from their header line. */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

const ColumnSchema = z.string().trim().min(1, 'must name a column of the header').max(200, 'must be at most 200 characters');

const FileNameSchema = z
  .string()
  .min(1, 'must name a file of the import')
  .max(255, 'must be at most 255 characters')
  .refine((name) => !/[*?[\]{}]/.test(name), { message: 'must be a file name as given, not a pattern' });

export const CsvEntityColumnsSchema = z.strictObject({
  id: ColumnSchema.optional(),
  type: ColumnSchema.optional(),
  name: ColumnSchema.optional(),
  aliases: ColumnSchema.optional(),
  description: ColumnSchema.optional(),
  startDate: ColumnSchema.optional(),
  endDate: ColumnSchema.optional(),
  latitude: ColumnSchema.optional(),
  longitude: ColumnSchema.optional(),
  /**
   * A value that names the entity beyond this file, such as a registration number. Where it is filled the entity's id
   * is made from it and the type (`company:key:gb-01234567`), so every import giving the same key and type meets the
   * same entity; the id column, if any, then only serves the relations file to name the entity.
   */
  key: ColumnSchema.optional(),
});
export type CsvEntityColumns = z.infer<typeof CsvEntityColumnsSchema>;
export type CsvEntityField = keyof CsvEntityColumns;

export const CsvRelationColumnsSchema = z.strictObject({
  source: ColumnSchema.optional(),
  target: ColumnSchema.optional(),
  type: ColumnSchema.optional(),
  detail: ColumnSchema.optional(),
  role: ColumnSchema.optional(),
  startDate: ColumnSchema.optional(),
  endDate: ColumnSchema.optional(),
  /** With `quote`: the row cites a verbatim passage of a document (one an earlier import brought) instead of being its own evidence. */
  documentId: ColumnSchema.optional(),
  quote: ColumnSchema.optional(),
});
export type CsvRelationColumns = z.infer<typeof CsvRelationColumnsSchema>;
export type CsvRelationField = keyof CsvRelationColumns;

export const CsvEntityMappingSchema = z.strictObject({
  /** The file of the import that holds the entities, by its name; else the file whose header has a name column. */
  file: FileNameSchema.optional(),
  columns: CsvEntityColumnsSchema.default({}),
  /** What separates several aliases in one cell. */
  aliasSeparator: z.string().min(1, 'must not be empty').max(5, 'must be at most 5 characters').default(';'),
  /** The type of every entity whose row gives none (or of all, when the file has no type column). */
  defaultType: EntityTypeSchema.optional(),
});
export type CsvEntityMapping = z.infer<typeof CsvEntityMappingSchema>;

export const CsvRelationMappingSchema = z
  .strictObject({
    /** The file of the import that holds the relations, by its name; else the file whose header has source and target columns. */
    file: FileNameSchema.optional(),
    columns: CsvRelationColumnsSchema.default({}),
    /** The type of every relation whose row gives none (or of all, when the file has no type column). */
    defaultType: RelationTypeSchema.optional(),
  })
  .refine((m) => (m.columns.documentId === undefined) === (m.columns.quote === undefined), {
    message: 'a quote needs both its document id column and its quote column',
    path: ['columns', 'quote'],
  });
export type CsvRelationMapping = z.infer<typeof CsvRelationMappingSchema>;

/** A mapping file (JSON or YAML). Every part may be left out: what it does not say, conventional header names say. */
export const CsvMappingSchema = z
  .strictObject({
    /** `tab` may stand for a tab, which YAML and JSON only write as an escape. */
    delimiter: z.preprocess(
      (value) => (value === 'tab' ? '\t' : value),
      z.enum(CSV_DELIMITERS, { message: 'must be ",", ";", "|" or "tab"' }).optional(),
    ),
    entities: CsvEntityMappingSchema.default({ columns: {}, aliasSeparator: ';' }),
    relations: CsvRelationMappingSchema.default({ columns: {} }),
  })
  .refine((m) => m.entities.file === undefined || m.entities.file !== m.relations.file, {
    message: 'the entities and the relations must be two files',
    path: ['relations', 'file'],
  });
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
