// The values every part of the contract shares: entity and document ids, partial dates, a record's cells. Kept apart
// from the data set file format (dataset.ts), which only the server reads, so that the browser's bundle leaves it out.
import { z } from 'zod/mini';
import { PARTIAL_DATE_PATTERN } from './dates.ts';

/** ISO 8601 date as precise as the source allows: `2023`, `2023-09` or `2023-09-19`. */
export const PartialDateSchema = z.string().check(z.regex(PARTIAL_DATE_PATTERN, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'));
export type PartialDate = z.infer<typeof PartialDateSchema>;

/**
 * An entity id: letters, digits and `.`, `_`, `:`, `@`, `+`, `-`, such as `person:ruben-vardanyan`, an FtM id or a
 * registry number. It appears in URLs and relation ids, so nothing that needs quoting there.
 */
export const ENTITY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:@+-]{0,199}$/;
export const EntityIdSchema = z
  .string()
  .check(
    z.regex(
      ENTITY_ID_PATTERN,
      'must be an id of letters, digits, ".", "_", ":", "@", "+" or "-", such as person:ruben-vardanyan (at most 200)',
    ),
  );

export const DOCUMENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
export const DocumentIdSchema = z.string().check(z.regex(DOCUMENT_ID_PATTERN, 'must be letters, digits, ".", "_" or "-" (at most 128)'));

export const MAX_RECORD_CELLS = 100;
export const MAX_RECORD_CELL_LENGTH = 2000;

/** The cells of the record a relation came from, as the source gave them: column or property name → value. */
export const SourceCellsSchema = z
  .record(
    z.string().check(z.minLength(1), z.maxLength(200)),
    z.string().check(z.maxLength(MAX_RECORD_CELL_LENGTH, `must be at most ${MAX_RECORD_CELL_LENGTH} characters`)),
  )
  .check(z.refine((cells) => Object.keys(cells).length <= MAX_RECORD_CELLS, { message: `must have at most ${MAX_RECORD_CELLS} cells` }));
