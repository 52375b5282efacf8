// The audit trail: one JSON line per change, appended to a file only the server's user may read; never edited.
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AuditEntrySchema, type AuditEntry, type AuditQuery, type AuditResponse } from '@kgx/contract';

export const AUDIT_FILE = 'audit.jsonl';

export class AuditLog {
  readonly file: string;

  constructor(dir: string) {
    this.file = path.join(dir, AUDIT_FILE);
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

  /** Newest first, filtered; a line that does not parse (a write cut short) is skipped, not fatal. */
  async read(query: AuditQuery): Promise<AuditResponse> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], truncated: false };
      throw error;
    }
    const entries: AuditEntry[] = [];
    const lines = text.split('\n');
    for (let index = lines.length - 1; index >= 0; index--) {
      const line = lines[index];
      if (line === undefined || line.trim() === '') continue;
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
