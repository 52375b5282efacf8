// Reads a CSV or TSV file with csv-parse: its delimiter and header row first, then its data rows as a stream, numbered.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { parse, type CsvError } from 'csv-parse';
import { parse as parseSample } from 'csv-parse/sync';
import type { CsvDelimiter } from '@kgx/contract';
import { DatasetError, type DatasetProblem } from './problems.ts';
import type { InputFile } from './source.ts';

/** How much of a file's start is read to find its header row and delimiter. */
const HEADER_SAMPLE_BYTES = 64 * 1024;
/** A record this long is a wrong delimiter or an unclosed quote, not data: the file is refused instead of filling memory. */
const MAX_RECORD_CHARS = 1_000_000;
/** Delimiters tried on the header row, in the order a tie is settled. */
const SNIFFED: readonly CsvDelimiter[] = [',', ';', '\t'];
/** Ragged rows listed in one refusal; a file with more is misread throughout, and the first ones say so. */
const MAX_LISTED_ROWS = 20;

export interface CsvHeader {
  delimiter: CsvDelimiter;
  /** The header row's cells, trimmed. */
  columns: string[];
}

export interface CsvRow {
  /**
   * The data row's number: 1 is the first row after the header, as record evidence counts (RecordEvidenceRecordSchema).
   * Blank lines are not rows; a quoted cell spanning lines is one row.
   */
  row: number;
  /** Its cells, trimmed, in the header's order. */
  cells: string[];
}

/** Options shared by the header sample and the stream, so both read the same file the same way. */
function parserOptions(delimiter: CsvDelimiter) {
  // relax_quotes: a quote inside an unquoted cell (`5" pipe`) is a character, not a syntax error; the column count stays strict.
  return { delimiter, bom: true, relax_quotes: true, skip_empty_lines: true, max_record_size: MAX_RECORD_CHARS } as const;
}

async function readSample(file: InputFile): Promise<string> {
  const handle = await open(file.path, 'r');
  try {
    const buffer = Buffer.alloc(HEADER_SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_SAMPLE_BYTES, 0);
    return buffer.toString('utf8', 0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The header row split by one delimiter, or null when it cannot be read that way within the sample. */
function headerWith(sample: string, delimiter: CsvDelimiter): string[] | null {
  try {
    const [header] = parseSample(sample, { ...parserOptions(delimiter), to: 1, relax_column_count: true });
    return header === undefined ? null : header.map((cell) => cell.trim());
  } catch {
    return null;
  }
}

/**
 * The delimiter and the header row. A mapping's delimiter is taken as given, `.tsv` means a tab, and otherwise the
 * delimiter that splits the header row into the most columns wins. csv-parse's own `delimiter_auto` is not used: it
 * weighs every character, letters too, and fails on a header with a character beyond ASCII.
 */
export async function readCsvHeader(file: InputFile, given?: CsvDelimiter): Promise<CsvHeader> {
  let sample: string;
  try {
    sample = await readSample(file);
  } catch (error) {
    throw new DatasetError([{ file: file.name, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` }]);
  }
  const candidates = given !== undefined ? [given] : path.extname(file.name).toLowerCase() === '.tsv' ? ['\t' as const] : SNIFFED;
  let best: CsvHeader | undefined;
  for (const delimiter of candidates) {
    const columns = headerWith(sample, delimiter);
    if (columns !== null && (best === undefined || columns.length > best.columns.length)) best = { delimiter, columns };
  }
  if (best === undefined || best.columns.every((column) => column === '')) {
    const reason =
      sample.trim() === '' ? 'is empty: a CSV file starts with a header row' : 'has no header row that can be read in its first 64 KiB';
    throw new DatasetError([{ file: file.name, reason }]);
  }
  return best;
}

function describeSkipped(error: CsvError, columns: number): string {
  if (error.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') {
    const cells = Array.isArray(error['record']) ? error['record'].length : 'another number of';
    return `has ${cells} cells where the header has ${columns}: check its quotes and delimiters`;
  }
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return 'opens a quote that is never closed';
  if (error.code === 'CSV_MAX_RECORD_SIZE')
    return `is longer than ${MAX_RECORD_CHARS} characters: a wrong delimiter or a quote never closed`;
  return `cannot be read as CSV (${error.code})`;
}

/**
 * The data rows, streamed. A row with more or fewer cells than the header is never taken as it stands (its cells
 * would land in the wrong columns): the rows around it are read on, and at the end a DatasetError names every such
 * row, refusing the file.
 */
export async function* readCsvRows(file: InputFile, header: CsvHeader): AsyncGenerator<CsvRow> {
  const skipped: DatasetProblem[] = [];
  // Records so far, header and skipped rows included. The hooks run in the parser's order, ahead of the loop below,
  // so each row's number waits in a queue that the loop takes from in the same order.
  let records = 0;
  const numbers: number[] = [];
  const parser = parse({
    ...parserOptions(header.delimiter),
    skip_records_with_error: true,
    on_record: (cells) => {
      records += 1;
      if (records === 1 || cells.every((cell) => cell.trim() === '')) return null;
      numbers.push(records - 1);
      return cells;
    },
    on_skip: (error) => {
      records += 1;
      if (error !== undefined)
        skipped.push({ file: file.name, record: `row ${records - 1}`, reason: describeSkipped(error, header.columns.length) });
      return undefined;
    },
  });
  const input = createReadStream(file.path);
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      const row = numbers.shift();
      if (row === undefined) throw new Error('a CSV row came without its number');
      yield { row, cells: cells.map((cell) => cell.trim()) };
    }
  } catch (error) {
    // Errors of a row are skipped above; what lands here is the file itself failing (unreadable, gone).
    const code = (error as { code?: unknown }).code;
    throw new DatasetError([...skipped, { file: file.name, reason: `cannot be read (${typeof code === 'string' ? code : 'error'})` }]);
  } finally {
    input.destroy();
    parser.destroy();
  }
  if (skipped.length > MAX_LISTED_ROWS) {
    const more = skipped.length - MAX_LISTED_ROWS;
    throw new DatasetError([...skipped.slice(0, MAX_LISTED_ROWS), { file: file.name, reason: `and ${more} more rows like these` }]);
  }
  if (skipped.length > 0) throw new DatasetError(skipped);
}
