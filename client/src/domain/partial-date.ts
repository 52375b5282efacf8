// Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) in the explorer: day numbers and readable forms. Parsing, validation and
// day bounds are the contract's (`parsePartialDate`, `isPartialDate`, `earliestDay`, `latestDay`).
import { parsePartialDate, partialDatesOf, type GraphEdge } from '@kgx/contract';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const MS_PER_DAY = 86_400_000;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
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
  const parts = parsePartialDate(date);
  if (!parts) return date;
  if (parts.month === undefined) return String(parts.year);
  const month = MONTHS[parts.month - 1] ?? '';
  return parts.day === undefined ? `${month} ${parts.year}` : `${parts.day} ${month} ${parts.year}`;
}

/** "19–20 Sep 2023", "Dec 2022 – Sep 2023", or one date when only one is known or both are equal. */
export function formatDateRange(start: string | undefined, end: string | undefined): string {
  if (start && end && start !== end) {
    const a = parsePartialDate(start);
    const b = parsePartialDate(end);
    if (a?.day !== undefined && b?.day !== undefined && a.year === b.year && a.month === b.month) {
      return `${a.day}–${formatPartialDate(end)}`;
    }
    return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
  }
  const single = start ?? end;
  return single ? formatPartialDate(single) : '';
}

/**
 * When a relation happened, for reading: its own dates as given ("Sep 2023"), else the day bounds the server derived for
 * it (from its evidence or an event at either end); '' when it is undated.
 */
export function formatRelationDate(edge: GraphEdge): string {
  if (edge.startDate || edge.endDate) return formatDateRange(edge.startDate, edge.endDate);
  if (edge.dateFrom === undefined || edge.dateTo === undefined) return formatDateRange(edge.dateFrom, edge.dateTo);
  // Whole months or years read as such: "1988 – 1990", not "1 Jan 1988 – 31 Dec 1990".
  const { start, end } = partialDatesOf(edge.dateFrom, edge.dateTo);
  return formatDateRange(start, end);
}
