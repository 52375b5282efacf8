// Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) in the explorer: validated day bounds, day numbers, and readable forms.
import { earliestDay, latestDay } from '@kgx/contract';

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const MS_PER_DAY = 86_400_000;

interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

function parseParts(date: string): DateParts | null {
  const match = PARTIAL_DATE.exec(date.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  return {
    year: Number(year),
    ...(month === undefined ? {} : { month: Number(month) }),
    ...(day === undefined ? {} : { day: Number(day) }),
  };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function isPartialDate(value: string): boolean {
  return parseParts(value) !== null;
}

/** The first day a partial date covers, as YYYY-MM-DD; null when the value is not a partial date. */
export function partialDateStart(date: string): string | null {
  return isPartialDate(date) ? earliestDay(date.trim()) : null;
}

/** The last day a partial date covers, as YYYY-MM-DD: `2023-02` ends on 2023-02-28. */
export function partialDateEnd(date: string): string | null {
  return isPartialDate(date) ? latestDay(date.trim()) : null;
}

/** Days since 1970-01-01 for a full YYYY-MM-DD date. */
export function toDayNumber(isoDay: string): number {
  const [year = 1970, month = 1, day = 1] = isoDay.split('-').map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): string {
  const date = new Date(dayNumber * MS_PER_DAY);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** "2023", "Sep 2023" or "19 Sep 2023"; anything unparseable is returned as given. */
export function formatPartialDate(date: string): string {
  const parts = parseParts(date);
  if (!parts) return date;
  if (parts.month === undefined) return String(parts.year);
  const month = MONTHS[parts.month - 1] ?? '';
  return parts.day === undefined ? `${month} ${parts.year}` : `${parts.day} ${month} ${parts.year}`;
}

/** "19–20 Sep 2023", "Dec 2022 – Sep 2023", or one date when only one is known or both are equal. */
export function formatDateRange(start: string | undefined, end: string | undefined): string {
  if (start && end && start !== end) {
    const a = parseParts(start);
    const b = parseParts(end);
    if (a?.day !== undefined && b?.day !== undefined && a.year === b.year && a.month === b.month) {
      return `${a.day}–${formatPartialDate(end)}`;
    }
    return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
  }
  const single = start ?? end;
  return single ? formatPartialDate(single) : '';
}
