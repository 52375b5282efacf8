import { appendFile, mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditLog } from './audit-log.ts';

async function freshLog(): Promise<AuditLog> {
  return new AuditLog(await mkdtemp(path.join(tmpdir(), 'kgx-audit-')));
}

describe('AuditLog', () => {
  it('reads newest first across many chunks of the file, and says when it left older entries out', async () => {
    const log = await freshLog();
    // Long enough (about 400 KB) that reading from the end crosses several chunk boundaries, accents included.
    for (let i = 0; i < 2_000; i++) {
      await log.record({
        actor: `użytkownik-${i % 7}`,
        action: 'dataset.preview',
        outcome: 'done',
        detail: `files région-${i}.csv ${'x'.repeat(150)}`,
      });
    }
    expect((await stat(log.file)).size).toBeGreaterThan(3 * 64 * 1024);
    const all = await log.read({ limit: 1000 });
    expect(all.truncated).toBe(true);
    expect(all.entries).toHaveLength(1000);
    expect(all.entries.map((e) => e.detail?.split(' ')[1])).toEqual(Array.from({ length: 1000 }, (_, i) => `région-${1999 - i}.csv`));
    const byActor = await log.read({ limit: 1000, actor: 'użytkownik-3' });
    expect(byActor.truncated).toBe(false);
    expect(byActor.entries).toHaveLength(Array.from({ length: 2000 }, (_, i) => i).filter((i) => i % 7 === 3).length);
  });

  it('skips a line cut short by a crash, and reads an absent trail as empty', async () => {
    const log = await freshLog();
    expect(await log.read({ limit: 10 })).toEqual({ entries: [], truncated: false });
    await log.record({ actor: 'a', action: 'account.create', outcome: 'done' });
    await appendFile(log.file, '{"at":"2026-01-01T00:00:00.000Z","actor":"b","acti');
    await appendFile(log.file, '\n');
    await log.record({ actor: 'c', action: 'account.update', outcome: 'done' });
    expect((await log.read({ limit: 10 })).entries.map((e) => e.actor)).toEqual(['c', 'a']);
    expect((await stat(log.file)).mode & 0o777).toBe(0o600);
  });
});
