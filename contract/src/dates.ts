// Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) as day ranges, so "September 2023" overlaps "2023-09-20".

/** ISO 8601 date as precise as the source allows: `2023`, `2023-09` or `2023-09-19`. */
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export interface PartialDateParts {
  year: number;
  month?: number;
  day?: number;
}

/** The parts of a partial date; null when the value is not one. */
export function parsePartialDate(value: string): PartialDateParts | null {
  const match = PARTIAL_DATE_PATTERN.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  return {
    year: Number(year),
    ...(month === undefined ? {} : { month: Number(month) }),
    ...(day === undefined ? {} : { day: Number(day) }),
  };
}

export function isPartialDate(value: string): boolean {
  return PARTIAL_DATE_PATTERN.test(value);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a partial date may mean: `2023-09` → `2023-09-01`. */
export function earliestDay(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}`;
}

/** The last day a partial date may mean: `2023-09` → `2023-09-30`, `2023` → `2023-12-31`. */
export function latestDay(date: string): string {
  const [y = '0000', m, d] = date.split('-');
  if (m === undefined) return `${y}-12-31`;
  if (d === undefined) return `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}`;
  return `${y}-${m}-${d}`;
}

/**
 * Whether a window is upside down: its first possible day after its last. Partial dates are read as intervals, so
 * `2023-09-15` to `2023-09` (15–30 September) is a window, though the first string sorts after the second.
 */
export function isBackwardsWindow(from: string | undefined, to: string | undefined): boolean {
  return from !== undefined && to !== undefined && earliestDay(from) > latestDay(to);
}

/** The day range covered by a start and an end, either of which may be missing; null when both are. */
export function dayRange(start: string | undefined, end: string | undefined): { from: string; to: string } | null {
  const first = start ?? end;
  const last = end ?? start;
  if (first === undefined || last === undefined) return null;
  return { from: earliestDay(first), to: latestDay(last) };
}

/** Whether a day range overlaps the window [from, to]; an open side of the window is unbounded. */
export function overlaps(range: { from: string; to: string }, window: { from?: string | undefined; to?: string | undefined }): boolean {
  const windowFrom = window.from === undefined ? undefined : earliestDay(window.from);
  const windowTo = window.to === undefined ? undefined : latestDay(window.to);
  return (windowTo === undefined || range.from <= windowTo) && (windowFrom === undefined || range.to >= windowFrom);
}

/**
 * Day bounds (YYYY-MM-DD) read back as the partial dates they came from where they cover whole months or years:
 * 2023-09-01..2023-09-30 is "September 2023", not "from 1 to 30 September 2023", which would claim a precision the
 * sources do not have. Both ends must cover whole months (or years) for either to be read so.
 */
export function partialDatesOf(from: string, to: string): { start: string; end: string } {
  const wholeYears = from.endsWith('-01-01') && to.endsWith('-12-31');
  if (wholeYears) return { start: from.slice(0, 4), end: to.slice(0, 4) };
  const wholeMonths = from.endsWith('-01') && to === latestDay(to.slice(0, 7));
  if (wholeMonths) return { start: from.slice(0, 7), end: to.slice(0, 7) };
  return { start: from, end: to };
}
