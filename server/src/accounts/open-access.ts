// Opens the server's data folder for access control: the account store, the session key and the audit trail.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AccessService, type AuthMode } from '../services/access-service.ts';
import { AccountStore } from './account-store.ts';
import { AuditLog } from './audit-log.ts';
import { prepareDecoy } from './passwords.ts';
import { loadSessionSecret, SessionTokens } from './session-tokens.ts';

export interface AccessSettings {
  mode: AuthMode;
  /** The server's data folder: accounts.json, session.key and audit.jsonl, each mode 600. */
  dir: string;
  sessionSecret?: string | undefined;
  sessionTtlMs: number;
  secureCookies: boolean;
  trustedOrigins: readonly string[];
}

export async function openAccess(settings: AccessSettings): Promise<AccessService> {
  await mkdir(settings.dir, { recursive: true, mode: 0o700 });
  const store = new AccountStore(settings.dir);
  await store.checkPermissions();
  const secret = await loadSessionSecret(settings.dir, settings.sessionSecret);
  const audit = new AuditLog(settings.dir);
  await audit.checkPermissions();
  await prepareDecoy();
  return new AccessService({
    mode: settings.mode,
    store,
    tokens: new SessionTokens(secret),
    audit,
    sessionTtlMs: settings.sessionTtlMs,
    secureCookies: settings.secureCookies,
    trustedOrigins: settings.trustedOrigins,
  });
}

/** Accounts off, with the audit trail in a fresh temporary folder: for an app built without settings (tests, benchmarks). */
export function temporaryLocalAccess(): AccessService {
  const dir = mkdtempSync(path.join(tmpdir(), 'kgx-server-data-'));
  return new AccessService({
    mode: 'off',
    store: new AccountStore(dir),
    tokens: new SessionTokens(randomBytes(32)),
    audit: new AuditLog(dir),
    sessionTtlMs: 60_000,
    secureCookies: false,
    trustedOrigins: [],
  });
}
