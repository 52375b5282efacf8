// The audit trail: one JSON line per change, appended to a file only the server's user may read; never edited.
import { open } from 'node:fs/promises';
import path from 'node:path';
import { checkPrivate } from './private-files.ts';
import { AuditEntrySchema, type AuditEntry, type AuditQuery, type AuditResponse } from '@kgx/contract';

export const AUDIT_FILE = 'audit.jsonl';

export class AuditLog {
  readonly file: string;

  constructor(dir: string) {
    this.file = path.join(dir, AUDIT_FILE);
  }

  /** At start: a trail others may read is refused, as the account store is. */
  async checkPermissions(): Promise<void> {
    try {
      await checkPrivate(this.file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  /** Appends one entry. Each line is written in one append, so processes sharing the file do not interleave lines. */
  async record(entry: Omit<AuditEntry, 'at'> & { at?: string }): Promise<void> {
    const line = `${JSON.stringify(AuditEntrySchema.parse({ at: new Date().toISOString(), ...entry }))}\n`;
    const handle = await open(this.file, 'a', 0o600);
    try {
      await handle.appendFile(line, 'utf8');
    } finally {
      await handle.close();
    }
  }

  /**
   * Newest first, filtered; read from the end of the file backwards in chunks, so that a long trail costs what the
   * answer needs. A line that does not parse (a write cut short) is skipped, not fatal.
   */
  async read(query: AuditQuery): Promise<AuditResponse> {
    const entries: AuditEntry[] = [];
    for await (const line of linesFromTheEnd(this.file)) {
      let parsed;
      try {
        parsed = AuditEntrySchema.safeParse(JSON.parse(line));
      } catch {
        continue;
      }
      if (!parsed.success) continue;
      const entry = parsed.data;
      if (query.action !== undefined && entry.action !== query.action) continue;
      if (query.actor !== undefined && entry.actor !== query.actor) continue;
      if (entries.length === query.limit) return { entries, truncated: true };
      entries.push(entry);
    }
    return { entries, truncated: false };
  }
}

const CHUNK_BYTES = 64 * 1024;

/** The file's non-empty lines, last first; nothing when the file does not exist. */
async function* linesFromTheEnd(file: string): AsyncGenerator<string> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    let position = (await handle.stat()).size;
    // Bytes of a line whose start is in a chunk not read yet.
    let carried = Buffer.alloc(0);
    while (position > 0) {
      const size = Math.min(CHUNK_BYTES, position);
      position -= size;
      const chunk = Buffer.alloc(size);
      await handle.read(chunk, 0, size, position);
      const joined = Buffer.concat([chunk, carried]);
      let end = joined.length;
      // Lines are split on the newline byte, which never occurs inside a UTF-8 sequence.
      for (let index = joined.lastIndexOf(0x0a, end - 1); index >= 0; index = index > 0 ? joined.lastIndexOf(0x0a, index - 1) : -1) {
        const line = joined
          .subarray(index + 1, end)
          .toString('utf8')
          .trim();
        if (line !== '') yield line;
        end = index;
      }
      carried = joined.subarray(0, end);
    }
    const first = carried.toString('utf8').trim();
    if (first !== '') yield first;
  } finally {
    await handle.close();
  }
}
