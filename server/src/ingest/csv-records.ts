// One CSV row as the contract's entity or relation record (unchecked: check.ts judges it), and as the record evidence it is.
import {
  MAX_RECORD_CELLS,
  MAX_RECORD_CELL_LENGTH,
  type CsvEntityMapping,
  type CsvRelationMapping,
  type QuoteEvidenceRecord,
  type RecordEvidenceRecord,
  relationId,
} from '@kgx/contract';
import type { EntityColumns, RelationColumns } from './csv-columns.ts';
import { keyEntityId, nameEntityId } from './derived-ids.ts';

/** A row's cell for a field: trimmed, and absent when the file has no such column or the cell is empty. */
function cellOf<F extends string>(cells: readonly string[], columns: Partial<Record<F, number>>, field: F): string | undefined {
  const position = columns[field];
  const cell = position === undefined ? undefined : cells[position];
  return cell === undefined || cell === '' ? undefined : cell;
}

/** Only a plain decimal is a number (`40.18`, `-3`); anything else stays text, so the check names the field and shows why. */
function numberOrText(cell: string | undefined): number | string | undefined {
  if (cell === undefined) return undefined;
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cell) ? Number(cell) : cell;
}

/** `person` → `Person`, `public body` → `PublicBody`, `LegalEntity` stays: the vocabulary's entity types are written so. */
export function entityTypeOf(cell: string): string {
  return cell
    .split(/[\s_-]+/)
    .filter((word) => word !== '')
    .map((word) => {
      const rest = word.slice(1);
      return word.charAt(0).toUpperCase() + (rest === rest.toUpperCase() ? rest.toLowerCase() : rest);
    })
    .join('');
}

/** `member of` → `MEMBER_OF`; `MEMBER_OF` stays: the vocabulary's relation types are written so. */
export function relationTypeOf(cell: string): string {
  return cell
    .trim()
    .replace(/[\s-]+/g, '_')
    .toUpperCase();
}

function withoutAbsent(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

export interface EntityRow {
  /** The contract's entity record, unchecked. */
  record: Record<string, unknown>;
  /** The id cell, where a key made the entity's id instead: relations of the import name the entity by it. */
  givenId?: string;
}

/**
 * An entity row. Its id is, in order: made from its key (when the mapping names a key column and the cell is filled),
 * the id cell (when the file has an id column), or made from its type and name (`person:ruben-vardanyan`).
 */
export function toEntityRecord(cells: readonly string[], columns: EntityColumns, mapping: CsvEntityMapping): EntityRow {
  const cell = (field: keyof EntityColumns) => cellOf(cells, columns, field);
  const typeCell = cell('type');
  const type = typeCell === undefined ? mapping.defaultType : entityTypeOf(typeCell);
  const name = cell('name');
  const key = cell('key');
  const givenId = cell('id');
  const id =
    key !== undefined
      ? keyEntityId(type ?? 'Entity', key)
      : columns.id !== undefined
        ? givenId
        : name === undefined
          ? undefined
          : nameEntityId(type ?? 'Entity', name);
  const aliases = cell('aliases')
    ?.split(mapping.aliasSeparator)
    .map((alias) => alias.trim())
    .filter((alias) => alias !== '');
  const record = withoutAbsent({
    id,
    type,
    name,
    aliases: aliases === undefined ? undefined : [...new Set(aliases)],
    description: cell('description'),
    startDate: cell('startDate'),
    endDate: cell('endDate'),
    latitude: numberOrText(cell('latitude')),
    longitude: numberOrText(cell('longitude')),
  });
  return key !== undefined && givenId !== undefined && givenId !== id ? { record, givenId } : { record };
}

/** A row's cells by column name, as its record evidence keeps them: blank cells and nameless columns left out, the contract's limits kept. */
export function rowCells(header: readonly string[], cells: readonly string[]): { cells: Record<string, string>; cut: boolean } {
  const kept: Record<string, string> = {};
  let count = 0;
  let cut = false;
  header.forEach((column, position) => {
    const value = cells[position] ?? '';
    if (column === '' || value === '') return;
    if (count === MAX_RECORD_CELLS) {
      cut = true;
      return;
    }
    count += 1;
    if (value.length > MAX_RECORD_CELL_LENGTH) cut = true;
    kept[column] = value.length > MAX_RECORD_CELL_LENGTH ? `${value.slice(0, MAX_RECORD_CELL_LENGTH - 1)}…` : value;
  });
  return { cells: kept, cut };
}

export interface RelationRow {
  /** The contract's relation record, unchecked, with this row's one piece of evidence. */
  record: Record<string, unknown> & { evidence: (QuoteEvidenceRecord | RecordEvidenceRecord)[] };
  /** Type, source and target, when the row gives all three: rows sharing them are one relation. */
  key?: string;
  /** One of the document id and quote cells is filled and the other is not: the row is its own evidence instead. */
  halfQuote: boolean;
  /** The row's cells were too many or too long for record evidence, which keeps the first of them. */
  cut: boolean;
}

/**
 * A relation row. Its evidence is the quote it gives (document id and quote both filled: a document an earlier import
 * brought, since a CSV import brings no documents), or else the row itself: file, row number and cells.
 */
export function toRelationRecord(opts: {
  file: string;
  row: number;
  header: readonly string[];
  cells: readonly string[];
  columns: RelationColumns;
  mapping: CsvRelationMapping;
  /** Ids the entities file gave that a key replaced: a relation naming one means that entity. */
  renamed: ReadonlyMap<string, string>;
}): RelationRow {
  const cell = (field: keyof RelationColumns) => cellOf(opts.cells, opts.columns, field);
  const end = (field: 'source' | 'target') => {
    const id = cell(field);
    return id === undefined ? undefined : (opts.renamed.get(id) ?? id);
  };
  const typeCell = cell('type');
  const type = typeCell === undefined ? opts.mapping.defaultType : relationTypeOf(typeCell);
  const source = end('source');
  const target = end('target');
  const documentId = cell('documentId');
  const quote = cell('quote');
  const provenance = rowCells(opts.header, opts.cells);
  const evidence =
    documentId !== undefined && quote !== undefined ? { documentId, quote } : { file: opts.file, row: opts.row, record: provenance.cells };
  const record = {
    ...withoutAbsent({
      type,
      source,
      target,
      detail: cell('detail'),
      role: cell('role'),
      startDate: cell('startDate'),
      endDate: cell('endDate'),
    }),
    evidence: [evidence],
  };
  return {
    record,
    ...(type === undefined || source === undefined || target === undefined ? {} : { key: relationId({ type, source, target }) }),
    halfQuote: (documentId === undefined) !== (quote === undefined),
    cut: provenance.cut && !('quote' in evidence),
  };
}
