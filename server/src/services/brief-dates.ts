// When a brief says something happened, in words: "on 27 September 2023", "in September 2023", "from 19 to 20 September 2023".
import { earliestDay, latestDay, parsePartialDate, partialDatesOf, type GraphEdge, type PartialDateParts } from '@kgx/contract';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** Day and month without the year: "27 September", "September". */
function withoutYear(parts: PartialDateParts): string {
  if (parts.month === undefined) return '';
  return parts.day === undefined ? monthName(parts.month) : `${parts.day} ${monthName(parts.month)}`;
}

/** "27 September 2023", "September 2023" or "2023"; anything that is not a partial date is returned as given. */
export function formatLongDate(date: string): string {
  const parts = parsePartialDate(date);
  if (!parts) return date;
  return parts.month === undefined ? String(parts.year) : `${withoutYear(parts)} ${parts.year}`;
}

function precision(parts: PartialDateParts): 'year' | 'month' | 'day' {
  if (parts.month === undefined) return 'year';
  return parts.day === undefined ? 'month' : 'day';
}

/** One partial date as a time adverbial: "on 27 September 2023", "in September 2023", "in 2023". */
function atDate(date: string): string {
  const parts = parsePartialDate(date);
  if (!parts) return `on ${date}`;
  return `${precision(parts) === 'day' ? 'on' : 'in'} ${formatLongDate(date)}`;
}

/** From one partial date to another, the year (and month) said once where they are shared. */
function betweenDates(start: string, end: string): string {
  if (start === end) return atDate(start);
  const a = parsePartialDate(start);
  const b = parsePartialDate(end);
  if (!a || !b) return `from ${start} to ${end}`;
  if (precision(a) === precision(b) && precision(a) !== 'year' && a.year === b.year) {
    if (precision(a) === 'day' && a.month === b.month) return `from ${a.day} to ${formatLongDate(end)}`;
    return `from ${withoutYear(a)} to ${formatLongDate(end)}`;
  }
  return `from ${formatLongDate(start)} to ${formatLongDate(end)}`;
}

/**
 * When a relation happened, as a phrase to open its sentence with; '' when no source says. Its own dates first ("since
 * 2018" when only its start is known), else the dates its evidence carries, read as precisely as they are. The days
 * derived at import from an Event at either end are not stated (no source cited says them for this relation, bug: a
 * brief dated a sentence by the event's dates); they still order the sentences.
 */
export function describeWhen(edge: Pick<GraphEdge, 'startDate' | 'endDate' | 'evidence'>): string {
  if (edge.startDate !== undefined && edge.endDate !== undefined) return betweenDates(edge.startDate, edge.endDate);
  if (edge.startDate !== undefined) return `since ${formatLongDate(edge.startDate)}`;
  if (edge.endDate !== undefined) return `until ${formatLongDate(edge.endDate)}`;
  const stated = [...new Set(edge.evidence.map((e) => e.date).filter((d): d is string => d !== undefined))];
  const [only] = stated;
  if (only === undefined) return '';
  if (stated.length === 1) return atDate(only);
  const from = stated.map(earliestDay).sort()[0] ?? earliestDay(only);
  const to = stated.map(latestDay).sort().at(-1) ?? latestDay(only);
  const { start, end } = partialDatesOf(from, to);
  return betweenDates(start, end);
}
