import { chmod, mkdtemp, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AccountAdmin } from './account-admin.ts';
import { ACCOUNTS_FILE, AccountStore } from './account-store.ts';
import { AuditLog } from './audit-log.ts';
import { withFileLock } from './private-files.ts';

async function freshDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'kgx-accounts-'));
}

describe('AccountStore', () => {
  it('writes the store with mode 600 and leaves no temporary file or lock behind', async () => {
    const dir = await freshDir();
    const admin = new AccountAdmin(new AccountStore(dir), new AuditLog(dir));
    await admin.create({ username: 'alice', password: 'a long passphrase!', role: 'admin' }, { actor: 'test' });
    expect((await stat(path.join(dir, ACCOUNTS_FILE))).mode & 0o777).toBe(0o600);
    expect((await readdir(dir)).sort()).toEqual(['accounts.json', 'audit.jsonl']);
  });

  it('refuses at start a store that other users may read', async () => {
    const dir = await freshDir();
    await writeFile(path.join(dir, ACCOUNTS_FILE), '{"version":1,"accounts":[],"revokedSessions":[]}');
    await chmod(path.join(dir, ACCOUNTS_FILE), 0o644);
    await expect(new AccountStore(dir).checkPermissions()).rejects.toThrow(/mode 644.*chmod 600/);
  });

  it('loses no account when two processes add accounts at the same time', async () => {
    const dir = await freshDir();
    // Two stores on one folder stand for two server processes; each keeps its own cache.
    const first = new AccountAdmin(new AccountStore(dir), new AuditLog(dir));
    const second = new AccountAdmin(new AccountStore(dir), new AuditLog(dir));
    const names = Array.from({ length: 12 }, (_, i) => `user-${i}`);
    await Promise.all(
      names.map((username, i) =>
        (i % 2 === 0 ? first : second).create({ username, password: 'a long passphrase!', role: 'viewer' }, { actor: 'test' }),
      ),
    );
    expect((await new AccountStore(dir).list()).map((a) => a.username).sort()).toEqual([...names].sort());
  });

  it('keeps the last enabled admin: neither demoted nor disabled', async () => {
    const dir = await freshDir();
    const admin = new AccountAdmin(new AccountStore(dir), new AuditLog(dir));
    await admin.create({ username: 'alice', password: 'a long passphrase!', role: 'admin' }, { actor: 'test' });
    await expect(admin.update('alice', { role: 'editor' }, { actor: 'test' })).rejects.toMatchObject({ status: 409 });
    await expect(admin.update('alice', { disabled: true }, { actor: 'test' })).rejects.toMatchObject({ status: 409 });
    await admin.create({ username: 'bob', password: 'a long passphrase!', role: 'admin' }, { actor: 'test' });
    await expect(admin.update('alice', { disabled: true }, { actor: 'test' })).resolves.toMatchObject({ disabled: true });
  });

  it('never shows a password hash', async () => {
    const dir = await freshDir();
    const admin = new AccountAdmin(new AccountStore(dir), new AuditLog(dir));
    const created = await admin.create({ username: 'alice', password: 'a long passphrase!', role: 'admin' }, { actor: 'test' });
    expect(JSON.stringify([created, await admin.list()])).not.toMatch(/argon2|passwordHash|sessionKey/);
  });
});

describe('withFileLock', () => {
  it('breaks a lock left by a process that died holding it, and removes only its own lock', async () => {
    const dir = await freshDir();
    const file = path.join(dir, 'store.json');
    await writeFile(`${file}.lock`, 'a dead process');
    const old = new Date(Date.now() - 60_000);
    await utimes(`${file}.lock`, old, old);
    const seen = await withFileLock(file, async () => readFile(`${file}.lock`, 'utf8'), 10_000);
    expect(seen).not.toBe('a dead process');
    expect(await readdir(dir)).toEqual([]);
    // Taken over while working (it was thought stale): the holder leaves the other's lock alone.
    await withFileLock(file, async () => writeFile(`${file}.lock`, 'someone else'));
    expect(await readFile(`${file}.lock`, 'utf8')).toBe('someone else');
  });
});
