// Playback over the whole graph's timeline: a window of a week (Monday to Sunday) or a calendar month that steps
// forward or back, within the stretch being played.
import { earliestDay, latestDay } from '@kgx/contract';
import { formatDateRange, fromDayNumber, toDayNumber } from './partial-date.ts';

export type PlaybackStep = 'week' | 'month';

/** A window as the timeline's range holds it: two ISO days for a week, one month (YYYY-MM) at both ends for a month. */
export interface PlaybackWindow {
  from: string;
  to: string;
  label: string;
}

/** The stretch played: its first and last day (YYYY-MM-DD). */
export interface PlaybackStretch {
  first: string;
  last: string;
}

/** 1970-01-01 was a Thursday: day numbers count from there. */
const THURSDAY_OFFSET = 3;

/** The window of the given step that holds a day. */
export function windowAt(day: string, step: PlaybackStep): PlaybackWindow {
  if (step === 'month') {
    const month = day.slice(0, 7);
    return { from: month, to: month, label: formatDateRange(month, month) };
  }
  const number = toDayNumber(day);
  // Days before 1970 count down from zero: the remainder is brought back into 0–6.
  const monday = number - ((((number + THURSDAY_OFFSET) % 7) + 7) % 7);
  const from = fromDayNumber(monday);
  const to = fromDayNumber(monday + 6);
  return { from, to, label: `Week of ${formatDateRange(from, to)}` };
}

/** The window after (or before) one, or null past the stretch's end (or before its start). */
export function stepWindow(window: PlaybackWindow, step: PlaybackStep, direction: 1 | -1, stretch: PlaybackStretch): PlaybackWindow | null {
  const day = direction === 1 ? toDayNumber(latestDay(window.to)) + 1 : toDayNumber(earliestDay(window.from)) - 1;
  const next = windowAt(fromDayNumber(day), step);
  if (earliestDay(next.from) > stretch.last || latestDay(next.to) < stretch.first) return null;
  return next;
}
