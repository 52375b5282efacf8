// Latency summaries (mean and percentiles) from raw samples in milliseconds.

export interface LatencyStats {
  n: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  min: number;
  max: number;
}

/** Linear interpolation between the two nearest ranks, as most benchmark tools report. */
function quantileOfSorted(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const lower = sorted[below] ?? 0;
  const upper = sorted[below + 1] ?? lower;
  return lower + (position - below) * (upper - lower);
}

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  return values.length === 0
    ? Number.NaN
    : quantileOfSorted(
        [...values].sort((a, b) => a - b),
        0.5,
      );
}

/** Each figure's median over several runs of the same measurement. */
export function medianOfEach<T extends { [K in keyof T]: number }>(runs: readonly T[]): T {
  const first = runs[0];
  if (first === undefined) throw new Error('no runs to take the median of');
  return Object.fromEntries(Object.keys(first).map((key) => [key, median(runs.map((run) => run[key as keyof T]))])) as T;
}

export function summarizeLatencies(samples: readonly number[]): LatencyStats {
  if (samples.length === 0)
    return { n: 0, mean: Number.NaN, p50: Number.NaN, p95: Number.NaN, p99: Number.NaN, min: Number.NaN, max: Number.NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    mean: sorted.reduce((sum, v) => sum + v, 0) / sorted.length,
    p50: quantileOfSorted(sorted, 0.5),
    p95: quantileOfSorted(sorted, 0.95),
    p99: quantileOfSorted(sorted, 0.99),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** Milliseconds for a table: three significant digits, never scientific notation. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  return ms.toFixed(2);
}
