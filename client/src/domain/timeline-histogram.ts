// Bins dated spans into years, months or days, whichever gives a readable number of bars; far outliers go into end bins.
import { earliestDay, latestDay, overlaps } from '@kgx/contract';
import { formatPartialDate, toDayNumber } from './partial-date.ts';
import type { DateRange, DaySpan } from './timeline.ts';

export type BinUnit = 'year' | 'month' | 'day';

export interface HistogramBin {
  /** The bin as a partial date: `2023`, `2023-09` or `2023-09-19`; for an end bin, the nearest regular bin's key. */
  key: string;
  label: string;
  count: number;
  /** Set on the end bins that gather outliers: everything before or after the regular bins. */
  overflow?: 'before' | 'after';
}

export interface Histogram {
  unit: BinUnit;
  bins: HistogramBin[];
  max: number;
}

const MAX_DAY_BINS = 92;
const MAX_MONTH_BINS = 72;
/** Outliers are gathered only with enough items to tell, and only when they would squash the rest. */
const MIN_SPANS_FOR_TRIM = 8;
const TRIM_LOW = 0.1;
const TRIM_HIGH = 0.95;
const TRIM_WHEN_SHARE_BELOW = 0.25;

/** A day on which `count` dated items start. */
interface WeightedStart {
  day: string;
  count: number;
}

function chooseUnit(first: string, last: string, finest: BinUnit): BinUnit {
  const days = toDayNumber(last) - toDayNumber(first) + 1;
  if (finest === 'day' && days <= MAX_DAY_BINS) return 'day';
  const months = (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7)) + 1;
  return finest !== 'year' && months <= MAX_MONTH_BINS ? 'month' : 'year';
}

function keyOf(isoDay: string, unit: BinUnit): string {
  if (unit === 'year') return isoDay.slice(0, 4);
  if (unit === 'month') return isoDay.slice(0, 7);
  return isoDay;
}

function nextKey(key: string, unit: BinUnit): string {
  const end = latestDay(key);
  const nextDay = new Date(Date.UTC(Number(end.slice(0, 4)), Number(end.slice(5, 7)) - 1, Number(end.slice(8, 10)) + 1));
  return keyOf(nextDay.toISOString().slice(0, 10), unit);
}

/** The day of the item at a position, counting every item of every start in order. */
function dayAt(starts: readonly WeightedStart[], position: number): string {
  let seen = 0;
  for (const start of starts) {
    seen += start.count;
    if (position < seen) return start.day;
  }
  return starts[starts.length - 1]?.day ?? '';
}

/** The stretch the regular bins cover: all starts, or the bulk of them when a few outliers would squash the rest. */
function chooseStretch(starts: readonly WeightedStart[], total: number): { first: string; last: string } {
  const first = starts[0]?.day ?? '';
  const last = starts[starts.length - 1]?.day ?? first;
  if (total < MIN_SPANS_FOR_TRIM) return { first, last };
  const low = dayAt(starts, Math.floor(total * TRIM_LOW));
  const high = dayAt(starts, Math.ceil(total * TRIM_HIGH) - 1);
  const full = toDayNumber(last) - toDayNumber(first);
  const bulk = toDayNumber(high) - toDayNumber(low);
  return full > 0 && bulk < full * TRIM_WHEN_SHARE_BELOW ? { first: low, last: high } : { first, last };
}

/**
 * Bins weighted starts no finer than `finest`; bins run without gaps from the first to the last of the stretch (given,
 * or chosen from the starts), and what starts outside it goes into end bins.
 */
function binStarts(given: readonly WeightedStart[], finest: BinUnit, stretch?: { first: string; last: string }): Histogram {
  const starts = given.filter((s) => s.count > 0).sort((a, b) => a.day.localeCompare(b.day));
  if (starts.length === 0 && !stretch) return { unit: 'year', bins: [], max: 0 };
  const total = starts.reduce((sum, s) => sum + s.count, 0);
  const { first, last } = stretch ?? chooseStretch(starts, total);
  const unit = chooseUnit(first, last, finest);
  const firstKey = keyOf(first, unit);
  const lastKey = keyOf(last, unit);
  const counts = new Map<string, number>();
  let before = 0;
  let after = 0;
  for (const start of starts) {
    const key = keyOf(start.day, unit);
    if (key < firstKey) before += start.count;
    else if (key > lastKey) after += start.count;
    else counts.set(key, (counts.get(key) ?? 0) + start.count);
  }
  const bins: HistogramBin[] = [];
  if (before > 0) bins.push({ key: firstKey, label: `before ${formatPartialDate(firstKey)}`, count: before, overflow: 'before' });
  for (let key = firstKey; key <= lastKey; key = nextKey(key, unit)) {
    bins.push({ key, label: formatPartialDate(key), count: counts.get(key) ?? 0 });
  }
  if (after > 0) bins.push({ key: lastKey, label: `after ${formatPartialDate(lastKey)}`, count: after, overflow: 'after' });
  return { unit, bins, max: Math.max(0, ...bins.map((b) => b.count)) };
}

/** Counts each span in the bin where it starts: days, months or years, whichever gives a readable number of bars. */
export function buildHistogram(spans: readonly DaySpan[]): Histogram {
  return binStarts(
    spans.map((s) => ({ day: s.from, count: 1 })),
    'day',
  );
}

/**
 * The whole graph's histogram from the months the server counted (YYYY-MM with how many items start in each): months
 * or years, never days, which the counts cannot tell apart. With a stretch (two days), the bins cover its months only.
 */
export function buildMonthHistogram(
  months: readonly { month: string; count: number }[],
  stretch?: { first: string; last: string },
): Histogram {
  return binStarts(
    months.map((m) => ({ day: `${m.month}-01`, count: m.count })),
    'month',
    stretch && { first: `${stretch.first.slice(0, 7)}-01`, last: `${stretch.last.slice(0, 7)}-01` },
  );
}

/** Whether a bin lies inside a chosen range (open ends allowed); end bins count as in only while that end is open. */
export function isBinInRange(bin: HistogramBin, range: DateRange): boolean {
  if (bin.overflow === 'before') return !range.from;
  if (bin.overflow === 'after') return !range.to;
  return overlaps({ from: earliestDay(bin.key), to: latestDay(bin.key) }, range);
}
