// Which column of a CSV header is which field, and so whether a file holds entities or relations: the mapping first, conventional names after.
import { CSV_CONVENTIONAL_COLUMNS, normaliseColumnName, type CsvEntityField, type CsvMapping, type CsvRelationField } from '@kgx/contract';
import type { DatasetProblem } from './problems.ts';

export type CsvKind = 'entities' | 'relations';

/** The position in the header of each field's column; a field the file does not have is absent. */
export type EntityColumns = Partial<Record<CsvEntityField, number>>;
export type RelationColumns = Partial<Record<CsvRelationField, number>>;

/** Longest header name kept: the cells of a row are stored by it (SourceCellsSchema). */
const MAX_COLUMN_NAME_LENGTH = 200;

/** A column by the name a mapping gives (as written, else compared like conventional names), or by a conventional name. */
function findColumn(header: readonly string[], mapped: string | undefined, conventional: readonly string[] = []): number | undefined {
  if (mapped !== undefined) {
    const exact = header.indexOf(mapped);
    if (exact >= 0) return exact;
    const loose = header.findIndex((column) => normaliseColumnName(column) === normaliseColumnName(mapped));
    return loose >= 0 ? loose : undefined;
  }
  const found = header.findIndex((column) => conventional.includes(normaliseColumnName(column)));
  return found >= 0 ? found : undefined;
}

/** Header names that cannot key a row's cells: the same name twice (as compared) or one too long. A blank name only leaves its column out. */
export function checkHeaderNames(file: string, header: readonly string[]): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const seen = new Map<string, string>();
  for (const column of header) {
    if (column === '') continue;
    if (column.length > MAX_COLUMN_NAME_LENGTH) {
      problems.push({ file, field: column.slice(0, 40), reason: `is a header name longer than ${MAX_COLUMN_NAME_LENGTH} characters` });
      continue;
    }
    const earlier = seen.get(normaliseColumnName(column));
    if (earlier !== undefined) {
      problems.push({
        file,
        field: column,
        reason: `names the same column as '${earlier}' (case, spaces, "_" and "-" are not told apart)`,
      });
    } else seen.set(normaliseColumnName(column), column);
  }
  return problems;
}

/** What a file holds, judged by its header: source and target columns make relations, a name column entities. */
export function guessKind(header: readonly string[], mapping: CsvMapping): CsvKind | 'both' | undefined {
  const relation = mapping.relations.columns;
  const conventional = CSV_CONVENTIONAL_COLUMNS;
  const relations =
    findColumn(header, relation.source, conventional.relations.source) !== undefined &&
    findColumn(header, relation.target, conventional.relations.target) !== undefined;
  const entities = findColumn(header, mapping.entities.columns.name, conventional.entities.name) !== undefined;
  return relations && entities ? 'both' : relations ? 'relations' : entities ? 'entities' : undefined;
}

function locate<F extends string>(opts: {
  kind: CsvKind;
  file: string;
  header: readonly string[];
  fields: readonly F[];
  mapped: Partial<Record<F, string>>;
  conventional: Partial<Record<F, readonly string[]>>;
  mappingFile: string | undefined;
}): { columns: Partial<Record<F, number>>; problems: DatasetProblem[] } {
  const columns: Partial<Record<F, number>> = {};
  const problems: DatasetProblem[] = [];
  const claimed = new Set<number>();
  // The mapping's columns first, so that a conventional name never takes a column the mapping gave to another field.
  for (const field of opts.fields) {
    const mapped = opts.mapped[field];
    if (mapped === undefined) continue;
    const position = findColumn(opts.header, mapped);
    if (position === undefined) {
      problems.push({
        file: opts.mappingFile ?? '(mapping)',
        field: `${opts.kind}.columns.${field}`,
        reason: `names the column '${mapped}', which ${opts.file} does not have (its columns: ${opts.header.filter(Boolean).join(', ')})`,
      });
      continue;
    }
    columns[field] = position;
    claimed.add(position);
  }
  for (const field of opts.fields) {
    if (opts.mapped[field] !== undefined) continue;
    const position = findColumn(
      opts.header.map((column, index) => (claimed.has(index) ? '' : column)),
      undefined,
      opts.conventional[field],
    );
    if (position !== undefined) columns[field] = position;
  }
  return { columns, problems };
}

const ENTITY_FIELDS: readonly CsvEntityField[] = [
  'id',
  'type',
  'name',
  'aliases',
  'description',
  'startDate',
  'endDate',
  'latitude',
  'longitude',
  'key',
];
const RELATION_FIELDS: readonly CsvRelationField[] = [
  'source',
  'target',
  'type',
  'detail',
  'role',
  'startDate',
  'endDate',
  'documentId',
  'quote',
];

/** A field every row needs, and no column for it: the file is refused whole rather than every row one by one. */
function requireColumns<F extends string>(
  kind: CsvKind,
  file: string,
  located: { columns: Partial<Record<F, number>>; problems: DatasetProblem[] },
  required: readonly F[],
  mapped: Partial<Record<F, string>>,
): void {
  for (const field of required) {
    // A column the mapping names and the file lacks is already said, against the mapping.
    if (located.columns[field] !== undefined || mapped[field] !== undefined) continue;
    const conventional = (CSV_CONVENTIONAL_COLUMNS[kind] as Partial<Record<F, readonly string[]>>)[field] ?? [];
    const names = conventional.map((name) => `'${name}'`).join(' or ');
    const orDefault = field === 'type' ? `, or give every row one type (${kind}.defaultType)` : '';
    located.problems.push({
      file,
      reason: `has no ${field} column: call one ${names}, or name it in a mapping file (${kind}.columns.${field})${orDefault}`,
    });
  }
}

export function locateEntityColumns(file: string, header: readonly string[], mapping: CsvMapping, mappingFile?: string) {
  const located = locate({
    kind: 'entities',
    file,
    header,
    fields: ENTITY_FIELDS,
    mapped: mapping.entities.columns,
    conventional: CSV_CONVENTIONAL_COLUMNS.entities,
    mappingFile,
  });
  requireColumns(
    'entities',
    file,
    located,
    mapping.entities.defaultType === undefined ? ['name', 'type'] : ['name'],
    mapping.entities.columns,
  );
  return located;
}

export function locateRelationColumns(file: string, header: readonly string[], mapping: CsvMapping, mappingFile?: string) {
  const located = locate({
    kind: 'relations',
    file,
    header,
    fields: RELATION_FIELDS,
    mapped: mapping.relations.columns,
    conventional: CSV_CONVENTIONAL_COLUMNS.relations,
    mappingFile,
  });
  requireColumns(
    'relations',
    file,
    located,
    mapping.relations.defaultType === undefined ? ['source', 'target', 'type'] : ['source', 'target'],
    mapping.relations.columns,
  );
  return located;
}
