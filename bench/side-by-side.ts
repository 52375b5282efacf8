// Cases measured side by side: each round runs every case once, in order, so that a change in the machine's load falls
// on all of them alike; a warm-up round first. A failed answer (a 504 past the deadline) is timed and counted.
import { loadavg } from 'node:os';
import { formatMs, summarizeLatencies } from './latency-stats.ts';

export type BenchCase = [name: string, work: () => Promise<unknown>];

export interface SideBySide {
  p50(name: string): number;
  /** A Markdown table of p50, p95 and failures per case. */
  table(): string;
}

/** How long the work took, and whether it answered (a work that throws or answers false did not). */
async function timed(work: () => Promise<unknown>): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  const ok = await work().then(
    (answer) => answer !== false,
    () => false,
  );
  return { ms: performance.now() - started, ok };
}

export function loadAverage(): string {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
}

export async function runSideBySide(cases: readonly BenchCase[], rounds: number): Promise<SideBySide> {
  const samples = new Map<string, number[]>(cases.map(([name]) => [name, []]));
  const failed = new Map<string, number>(cases.map(([name]) => [name, 0]));
  for (const [, work] of cases) await timed(work); // warm-up: plans compiled, pages cached
  for (let round = 0; round < rounds; round++) {
    for (const [name, work] of cases) {
      const { ms, ok } = await timed(work);
      samples.get(name)!.push(ms);
      if (!ok) failed.set(name, (failed.get(name) ?? 0) + 1);
    }
  }
  return {
    p50: (name) => summarizeLatencies(samples.get(name) ?? []).p50,
    table: () =>
      [
        '| request | p50 ms | p95 ms | failed (504) |',
        '| --- | ---: | ---: | ---: |',
        ...cases.map(([name]) => {
          const stats = summarizeLatencies(samples.get(name)!);
          return `| ${name} | ${formatMs(stats.p50)} | ${formatMs(stats.p95)} | ${failed.get(name) ?? 0} of ${rounds} |`;
        }),
      ].join('\n'),
  };
}
