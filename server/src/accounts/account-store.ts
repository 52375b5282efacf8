// The account store: one JSON file in the server's data folder, outside the graph, so the Cypher console cannot read it.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { RoleSchema, type Account } from '@kgx/contract';
import { checkPrivate, withFileLock, writePrivateFile } from './private-files.ts';

const StoredAccountSchema = z.object({
  username: z.string(),
  role: RoleSchema,
  passwordHash: z.string(),
  disabled: z.boolean(),
  /** Replaced when the password changes or the account is disabled: sessions issued before no longer count. */
  sessionKey: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type StoredAccount = z.infer<typeof StoredAccountSchema>;

const StoreFileSchema = z.object({
  version: z.literal(1),
  accounts: z.array(StoredAccountSchema),
  /** Sessions signed out before they expired, kept until they would have. */
  revokedSessions: z.array(z.object({ id: z.string(), until: z.number() })),
});
type StoreFile = z.infer<typeof StoreFileSchema>;

const EMPTY: StoreFile = { version: 1, accounts: [], revokedSessions: [] };

export const ACCOUNTS_FILE = 'accounts.json';

/** An account as the API shows it: never its hash or its session key. */
export function publicAccount(account: StoredAccount): Account {
  const { passwordHash: _hash, sessionKey: _key, ...shown } = account;
  return shown;
}

export class AccountStore {
  readonly file: string;
  private cache: { stamp: string; content: StoreFile } | undefined;

  constructor(dir: string) {
    this.file = path.join(dir, ACCOUNTS_FILE);
  }

  /** At start: a store others may read is refused, with the command that fixes it. */
  async checkPermissions(): Promise<void> {
    try {
      await checkPrivate(this.file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  /** The store as it is on disk now; another process may have changed it, so its stamp is checked on every read. */
  private async current(): Promise<StoreFile> {
    const info = await stat(this.file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (info === undefined) return EMPTY;
    const stamp = `${info.ino}:${info.size}:${info.mtimeMs}`;
    if (this.cache?.stamp === stamp) return this.cache.content;
    const parsed = StoreFileSchema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
    if (!parsed.success) throw new Error(`${this.file} is not an account store: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    this.cache = { stamp, content: parsed.data };
    return parsed.data;
  }

  async list(): Promise<StoredAccount[]> {
    return [...(await this.current()).accounts].sort((a, b) => a.username.localeCompare(b.username));
  }

  async find(username: string): Promise<StoredAccount | undefined> {
    return (await this.current()).accounts.find((account) => account.username === username);
  }

  async hasAdmin(): Promise<boolean> {
    return (await this.current()).accounts.some((account) => account.role === 'admin' && !account.disabled);
  }

  /** The account a session names, unless that session was signed out: one read of the store per request. */
  async sessionAccount(username: string, sessionId: string): Promise<StoredAccount | undefined> {
    const store = await this.current();
    if (store.revokedSessions.some((revoked) => revoked.id === sessionId)) return undefined;
    return store.accounts.find((account) => account.username === username);
  }

  /** Changes the store under the lock, from its latest content; what `change` returns is written. */
  async update<T>(change: (store: StoreFile) => { store: StoreFile; result: T }): Promise<T> {
    return withFileLock(this.file, async () => {
      this.cache = undefined;
      const { store, result } = change(await this.current());
      const now = Date.now();
      const kept = { ...store, revokedSessions: store.revokedSessions.filter((revoked) => revoked.until > now) };
      await writePrivateFile(this.file, `${JSON.stringify(kept, null, 2)}\n`);
      return result;
    });
  }

  async revokeSession(sessionId: string, until: number): Promise<void> {
    await this.update((store) => ({
      store: { ...store, revokedSessions: [...store.revokedSessions, { id: sessionId, until }] },
      result: undefined,
    }));
  }
}

/** Accounts an admin may not leave the store without: the last enabled admin stays one. */
export function keepsAnAdmin(accounts: readonly StoredAccount[]): boolean {
  return accounts.some((account) => account.role === 'admin' && !account.disabled);
}
