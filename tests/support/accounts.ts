// Accounts on, for tests: a fresh server data folder with one account per role, and signing in through the real API.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Role } from '@kgx/contract';
import { openAccess } from '../../server/src/accounts/open-access.ts';
import type { AccessService } from '../../server/src/services/access-service.ts';
import { call } from './test-app.ts';

export const PASSWORDS: Record<Role, string> = {
  viewer: 'viewer passphrase 1',
  editor: 'editor passphrase 2',
  admin: 'admin passphrase 3',
};

export interface AccountsOn {
  dir: string;
  access: AccessService;
}

/** A server data folder with the accounts `viewer`, `editor` and `admin`, and the access service over it. */
export async function accountsOn(opts: { dir?: string; sessionSecret?: string; secureCookies?: boolean } = {}): Promise<AccountsOn> {
  const dir = opts.dir ?? (await mkdtemp(path.join(tmpdir(), 'kgx-accounts-')));
  const access = await openAccess({
    mode: 'on',
    dir,
    sessionSecret: opts.sessionSecret,
    sessionTtlMs: 3_600_000,
    secureCookies: opts.secureCookies ?? false,
    trustedOrigins: [],
  });
  for (const role of ['viewer', 'editor', 'admin'] as const) {
    await access.ensureAccount({ username: role, password: PASSWORDS[role], role });
  }
  return { dir, access };
}

/** The session cookie set by a response, as a Cookie header; undefined when none was set. */
export function sessionCookieOf(headers: Headers): string | undefined {
  const cookie = headers.getSetCookie().find((line) => line.startsWith('kgx_session='));
  return cookie?.split(';')[0];
}

/** Signs in through POST /api/session and returns the Cookie header to send. */
export async function signIn(baseUrl: string, username: string, password = PASSWORDS[username as Role]): Promise<string> {
  const response = await call(baseUrl, '/api/session', { method: 'POST', body: { username, password } });
  const cookie = sessionCookieOf(response.headers);
  if (response.status !== 200 || cookie === undefined)
    throw new Error(`sign-in as ${username}: ${response.status} ${JSON.stringify(response.body)}`);
  return cookie;
}
