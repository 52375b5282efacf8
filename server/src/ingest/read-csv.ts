// Reads a CSV/TSV import: an entities file and a relations file with header rows, and an optional mapping of their columns.
import { CsvMappingSchema, MAX_RECORD_CELLS, MAX_RECORD_CELL_LENGTH, type CsvMapping } from '@kgx/contract';
import { checkHeaderNames, guessKind, locateEntityColumns, locateRelationColumns, type CsvKind } from './csv-columns.ts';
import { toEntityRecord, toRelationRecord, type RelationRow } from './csv-records.ts';
import { readCsvHeader, readCsvRows, type CsvHeader } from './csv-table.ts';
import { findPossibleDuplicates } from './possible-duplicates.ts';
import { DatasetError, type DatasetProblem } from './problems.ts';
import { readCsvMapping } from './read-csv-mapping.ts';
import type { DatasetSource, InputFile, SourceFile, SourceNotice } from './source.ts';

/** A file of the import with its header, and what it holds. */
interface CsvFile {
  input: InputFile;
  header: CsvHeader;
  kind: CsvKind;
}

/** What reading one import shares across its files: the mapping, and the problems and notices found so far. */
interface CsvReading {
  mapping: CsvMapping;
  mappingFile: string | undefined;
  problems: DatasetProblem[];
  notices: RowNotices;
}

/** Rows are located as record evidence numbers them: `row 1` is the first row after the header. */
function rowLabel(rows: readonly number[]): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  return `rows ${rows.slice(0, -1).join(', ')} and ${rows.at(-1)}`;
}

function sourceFile(file: string, records: unknown[], rows: readonly (readonly number[])[]): SourceFile {
  return { file, records, locate: (index) => rowLabel(rows[index] ?? []) };
}

async function readHeaders(files: readonly InputFile[], mapping: CsvMapping, problems: DatasetProblem[]) {
  const read = await Promise.all(
    files.map(async (input) => {
      try {
        return { input, header: await readCsvHeader(input, mapping.delimiter) };
      } catch (error) {
        if (!(error instanceof DatasetError)) throw error;
        problems.push(...error.problems);
        return undefined;
      }
    }),
  );
  return read.filter((file) => file !== undefined);
}

/** Which file holds what: the mapping says, or the header does; one file of each kind at most. */
function assignKinds(
  files: readonly { input: InputFile; header: CsvHeader }[],
  mapping: CsvMapping,
  mappingFile: string | undefined,
  problems: DatasetProblem[],
): CsvFile[] {
  const names = files.map((f) => f.input.name);
  for (const kind of ['entities', 'relations'] as const) {
    const named = mapping[kind].file;
    if (named !== undefined && !names.includes(named)) {
      problems.push({
        file: mappingFile ?? '(mapping)',
        field: `${kind}.file`,
        reason: `names '${named}', which is not a file of this import (${names.join(', ')})`,
      });
    }
  }
  const assigned: CsvFile[] = [];
  for (const { input, header } of files) {
    const named = mapping.entities.file === input.name ? 'entities' : mapping.relations.file === input.name ? 'relations' : undefined;
    const kind = named ?? guessKind(header.columns, mapping);
    if (kind === undefined || kind === 'both') {
      problems.push({
        file: input.name,
        reason:
          kind === 'both'
            ? 'has both a name column and source and target columns: say in a mapping file whether it holds entities or relations'
            : 'holds neither entities (no name column) nor relations (no source and target columns): name its columns in a mapping file',
      });
      continue;
    }
    assigned.push({ input, header, kind });
  }
  for (const kind of ['entities', 'relations'] as const) {
    const ofKind = assigned.filter((f) => f.kind === kind);
    if (ofKind.length > 1) {
      problems.push({
        file: ofKind[1]?.input.name ?? '(import)',
        reason: `holds ${kind}, as ${ofKind[0]?.input.name ?? 'another file'} does: a CSV import reads one file of each; join them, or import them one after the other`,
      });
    }
  }
  return assigned;
}

/** Reads a file to its end, turning a refusal into problems beside those of the other file. */
async function readRows(file: CsvFile, problems: DatasetProblem[], take: (row: number, cells: string[]) => void): Promise<void> {
  try {
    for await (const { row, cells } of readCsvRows(file.input, file.header)) take(row, cells);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    problems.push(...error.problems);
  }
}

/** What the reader tells the import report about rows; some things only once per file, at the first row concerned. */
class RowNotices {
  readonly list: SourceNotice[] = [];
  private readonly said = new Set<string>();
  add(file: string, row: number, reason: string): void {
    this.list.push({ file, record: rowLabel([row]), reason });
  }
  addOnce(file: string, row: number, reason: string): void {
    if (this.said.has(`${file}\u0000${reason}`)) return;
    this.said.add(`${file}\u0000${reason}`);
    this.add(file, row, reason);
  }
}

async function readEntities(file: CsvFile, reading: CsvReading): Promise<{ source: SourceFile; renamed: Map<string, string> }> {
  const { mapping, problems, notices } = reading;
  const located = locateEntityColumns(file.input.name, file.header.columns, mapping, reading.mappingFile);
  const columns = located.columns;
  problems.push(...located.problems);
  const records: unknown[] = [];
  const rows: number[][] = [];
  const renamed = new Map<string, string>();
  if (located.problems.length === 0) {
    await readRows(file, problems, (row, cells) => {
      const entity = toEntityRecord(cells, columns, mapping.entities);
      records.push(entity.record);
      rows.push([row]);
      if (entity.givenId !== undefined && typeof entity.record['id'] === 'string') renamed.set(entity.givenId, entity.record['id']);
      if (cells.some((cell, position) => cell !== '' && file.header.columns[position] === '')) {
        notices.addOnce(file.input.name, row, 'has cells in a column with no name in the header: they are not read');
      }
    });
  }
  return { source: sourceFile(file.input.name, records, rows), renamed };
}

/** Relation rows, those sharing type, source and target merged into one relation; ids a key replaced are followed. */
async function readRelations(file: CsvFile, reading: CsvReading, renamed: ReadonlyMap<string, string>): Promise<SourceFile> {
  const { mapping, problems, notices } = reading;
  const located = locateRelationColumns(file.input.name, file.header.columns, mapping, reading.mappingFile);
  const columns = located.columns;
  problems.push(...located.problems);
  const records: RelationRow['record'][] = [];
  const rows: number[][] = [];
  const byKey = new Map<string, number>();
  if (located.problems.length > 0) return sourceFile(file.input.name, records, rows);
  await readRows(file, problems, (row, cells) => {
    const relation = toRelationRecord({
      file: file.input.name,
      row,
      header: file.header.columns,
      cells,
      columns,
      mapping: mapping.relations,
      renamed,
    });
    const name = file.input.name;
    if (relation.halfQuote) notices.add(name, row, 'gives a document id or a quote without the other: the row itself is its evidence');
    if (relation.cut) {
      const limits = `${MAX_RECORD_CELLS} cells of ${MAX_RECORD_CELL_LENGTH} characters`;
      notices.addOnce(name, row, `has more than record evidence keeps (${limits}): its evidence keeps the first of them`);
    }
    const merged = relation.key === undefined ? undefined : byKey.get(relation.key);
    const into = merged === undefined ? undefined : records[merged];
    if (merged === undefined || into === undefined) {
      if (relation.key !== undefined) byKey.set(relation.key, records.length);
      records.push(relation.record);
      rows.push([row]);
      return;
    }
    // One relation per (type, source, target), as the graph keeps them: this row is one more piece of its evidence.
    into.evidence.push(...relation.record.evidence);
    rows[merged]?.push(row);
    const differs = (['detail', 'role', 'startDate', 'endDate'] as const).filter((field) => relation.record[field] !== into[field]);
    if (differs.length > 0) {
      const first = rows[merged]?.[0] ?? row;
      notices.add(
        name,
        row,
        `is merged into the relation of row ${first} (same type, source and target), whose ${differs.join(', ')} differ and stand`,
      );
    }
  });
  return sourceFile(file.input.name, records, rows);
}

/**
 * Reads the files of a CSV/TSV import, streaming each. Which file holds entities and which relations, and which
 * column is which field, the mapping says, or conventional header names do. Rows become the contract's records,
 * unchecked: a bad cell is found by the checks, named by file, `row N` and field. A file that cannot be read as a
 * table (a row with more or fewer cells than the header, an unclosed quote) refuses the import whole.
 */
export async function readCsvDataset(files: InputFile[], mappingInput?: InputFile): Promise<DatasetSource> {
  const mapping = mappingInput === undefined ? CsvMappingSchema.parse({}) : await readCsvMapping(mappingInput);
  const mappingFile = mappingInput?.name;
  if (files.length === 0)
    throw new DatasetError([{ file: '(import)', reason: 'a CSV import needs an entities file, a relations file, or both' }]);
  const problems: DatasetProblem[] = [];
  const names = files.map((f) => f.name);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated !== undefined) throw new DatasetError([{ file: repeated, reason: 'is given twice' }]);
  const read = await readHeaders(files, mapping, problems);
  for (const { input, header } of read) problems.push(...checkHeaderNames(input.name, header.columns));
  const assigned = assignKinds(read, mapping, mappingFile, problems);
  if (problems.length > 0) throw new DatasetError(problems);

  const reading: CsvReading = { mapping, mappingFile, problems, notices: new RowNotices() };
  const entitiesFile = assigned.find((f) => f.kind === 'entities');
  const relationsFile = assigned.find((f) => f.kind === 'relations');
  // Entities first: a key may have replaced an id the relations file uses.
  const entities = entitiesFile === undefined ? undefined : await readEntities(entitiesFile, reading);
  const relations = relationsFile === undefined ? undefined : await readRelations(relationsFile, reading, entities?.renamed ?? new Map());
  if (problems.length > 0) throw new DatasetError(problems);

  // A kind the import lacks is an empty list under the other file's name, so no file is listed that was not given.
  const first = entitiesFile?.input.name ?? relationsFile?.input.name ?? '(import)';
  const entitySource = entities?.source ?? sourceFile(first, [], []);
  return {
    documents: sourceFile(first, [], []),
    entities: entitySource,
    relations: relations ?? sourceFile(first, [], []),
    ...(mappingFile === undefined ? {} : { otherFiles: [mappingFile] }),
    notices: [...findPossibleDuplicates(entitySource), ...reading.notices.list],
    readText: () => Promise.reject(new Error('a CSV import brings no documents')),
  };
}
