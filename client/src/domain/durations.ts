// Durations as a reader says them.

/** "250 ms", "1 s", "1.5 s", "10 s". */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} s`;
}
