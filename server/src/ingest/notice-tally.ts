// Counts what a reader left out, by kind, so a stream of a million records yields a few notices rather than a million.
import type { SourceNotice } from './source.ts';

/** How many lines a notice names before it only counts them. */
const LINES_NAMED = 5;

interface Tally {
  file: string;
  lines: number[];
  count: number;
  /** The reason, said for the final count. */
  reason: (count: number) => string;
}

export class NoticeTally {
  private readonly tallies = new Map<string, Tally>();

  /** One more of a kind (`kind` is the same string for the same reason), at a line of a file. */
  add(file: string, line: number, kind: string, reason: (count: number) => string): void {
    const key = `${file}\u0000${kind}`;
    const tally = this.tallies.get(key) ?? { file, lines: [], count: 0, reason };
    tally.count += 1;
    if (tally.lines.length < LINES_NAMED) tally.lines.push(line);
    this.tallies.set(key, tally);
  }

  /** One notice per kind and file, in the order each kind first came up, naming its first few lines. */
  notices(): SourceNotice[] {
    return [...this.tallies.values()].map(({ file, lines, count, reason }) => {
      const more = count - lines.length;
      const named = lines.join(', ') + (more > 0 ? ` and ${more} more` : '');
      return { file, record: `${count === 1 ? 'line' : 'lines'} ${named}`, reason: reason(count) };
    });
  }
}
