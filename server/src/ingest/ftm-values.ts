// Reading one FollowTheMoney entity line, and turning its string values into ours: partial dates, names, record cells.
import { createHash } from 'node:crypto';
import { MAX_RECORD_CELLS, MAX_RECORD_CELL_LENGTH, PARTIAL_DATE_PATTERN, earliestDay, latestDay } from '@kgx/contract';
import type { FtmProperties } from './ftm-schemata.ts';

/** One entity of an FtM stream, as far as we read it. */
export interface FtmEntity {
  id: string;
  schema: string;
  /** In the order the line gives them. */
  properties: FtmProperties;
  /** The FtM data sets it comes from (`datasets`). */
  datasets: readonly string[];
  /** The display name some publishers add beside the properties. */
  caption?: string;
}

/** An FtM entity, or why the value is not one. */
export function toFtmEntity(value: unknown): FtmEntity | { problem: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'not a JSON object' };
  const fields = value as Record<string, unknown>;
  const { id, schema, caption } = fields;
  if (typeof id !== 'string' || id === '') return { problem: 'no "id"' };
  if (typeof schema !== 'string' || schema === '') return { problem: 'no "schema"' };
  const raw = fields['properties'] ?? {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { problem: '"properties" is not an object' };
  const properties = new Map<string, string[]>();
  for (const [name, values] of Object.entries(raw)) {
    const list = toStrings(values);
    if (list === undefined) return { problem: `property "${name}" is not a list of strings` };
    properties.set(name, list);
  }
  const datasets = toStrings(fields['datasets'] ?? []) ?? [];
  return { id, schema, properties, datasets, ...(typeof caption === 'string' && caption !== '' ? { caption } : {}) };
}

/** FtM values are lists of strings; a single string or number is taken as a list of one. */
function toStrings(value: unknown): string[] | undefined {
  const list: unknown[] = Array.isArray(value) ? value : [value];
  const strings: string[] = [];
  for (const item of list) {
    if (typeof item === 'string') strings.push(item);
    else if (typeof item === 'number' && Number.isFinite(item)) strings.push(String(item));
    else return undefined;
  }
  return strings;
}

/** Whitespace collapsed, ends trimmed: names and roles as a reader sees them. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** At most `max` characters, a cut shown by an ellipsis; never splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * A date as precise as it is valid: FtM dates are ISO prefixes (`2015`, `2015-03`, `2015-03-01`, or a time after
 * that), so the longest valid prefix is kept. Undefined when it does not start with a year.
 */
export function toPartialDate(value: string): string | undefined {
  const trimmed = value.trim();
  for (const length of [10, 7, 4]) {
    const prefix = trimmed.slice(0, length);
    if (prefix.length === length && PARTIAL_DATE_PATTERN.test(prefix) && !/^\d/.test(trimmed.slice(length))) return prefix;
  }
  return undefined;
}

/** A date that could not be read, kept for the report. */
export interface UnreadableValue {
  property: string;
  value: string;
}

/**
 * The earliest (or latest) date among the values of the first property that holds one. Values that are no date are
 * handed to `unreadable`, so the reader can say what it left out.
 */
export function pickDate(
  properties: FtmProperties,
  names: readonly string[],
  which: 'earliest' | 'latest',
  unreadable: (value: UnreadableValue) => void,
): string | undefined {
  for (const property of names) {
    const dates: string[] = [];
    for (const value of properties.get(property) ?? []) {
      const date = toPartialDate(value);
      if (date === undefined) unreadable({ property, value });
      else dates.push(date);
    }
    if (dates.length > 0) return extremeDate(dates, which);
  }
  return undefined;
}

/** The earliest or latest of partial dates, by the days each may cover: "2015" begins before "2015-03" and ends after it. */
export function extremeDate(dates: readonly string[], which: 'earliest' | 'latest'): string | undefined {
  const beats = (a: string, b: string) => (which === 'earliest' ? earliestDay(a) < earliestDay(b) : latestDay(a) > latestDay(b));
  return dates.reduce<string | undefined>((best, date) => (best === undefined || beats(date, best) ? date : best), undefined);
}

/** Whether an end comes before a start, comparing the widest days each may mean. */
export function endsBeforeStart(start: string | undefined, end: string | undefined): boolean {
  return start !== undefined && end !== undefined && latestDay(end) < earliestDay(start);
}

/** The distinct values, in order, tidied and clipped; two spellings that differ only in case are one. */
export function distinctNames(values: readonly string[], max: number): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const value of values) {
    const name = clip(tidy(value), max);
    const key = name.toLocaleLowerCase();
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

/**
 * The entity as evidence shows it: its id, schema and FtM data sets, then each property with its values joined by
 * `; `, within the limits of a stored record (long values end in an ellipsis, properties past the cap are left out).
 */
export function toRecordCells(entity: FtmEntity): Record<string, string> {
  const cells: Record<string, string> = {
    id: clip(entity.id, MAX_RECORD_CELL_LENGTH),
    schema: clip(entity.schema, MAX_RECORD_CELL_LENGTH),
  };
  if (entity.datasets.length > 0) cells['datasets'] = clip(entity.datasets.join('; '), MAX_RECORD_CELL_LENGTH);
  for (const [name, values] of entity.properties) {
    if (Object.keys(cells).length >= MAX_RECORD_CELLS) break;
    if (name === '' || name.length > 200 || Object.hasOwn(cells, name) || values.length === 0) continue;
    cells[name] = clip(values.join('; '), MAX_RECORD_CELL_LENGTH);
  }
  return cells;
}

/** The entity id an authority's name stands for: the name made a slug, or a digest when no letter of it survives. */
export function authorityId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 150)
    .replace(/^-+|-+$/g, '');
  return `sanctions-authority:${slug === '' ? createHash('sha256').update(tidy(name)).digest('hex').slice(0, 16) : slug}`;
}
