// Creating and changing accounts, for the API and the command line alike; each change lands in the audit trail.
import { randomBytes } from 'node:crypto';
import type { Account, CreateAccountBody, UpdateAccountBody } from '@kgx/contract';
import { ConflictError, NotFoundError } from '../errors.ts';
import { keepsAnAdmin, publicAccount, type AccountStore, type StoredAccount } from './account-store.ts';
import type { AuditLog } from './audit-log.ts';
import { hashPassword } from './passwords.ts';

/** A random key per account, in each of its sessions: a new one ends them all, and another store's account of the same name never matches. */
function newSessionKey(): string {
  return randomBytes(18).toString('base64url');
}

/** Who asks, for the trail: an account name, `cli`, and the request that carried it. */
export interface Actor {
  actor: string;
  requestId?: string;
  address?: string;
}

export class AccountAdmin {
  constructor(
    private readonly store: AccountStore,
    private readonly audit: AuditLog,
  ) {}

  async list(): Promise<Account[]> {
    return (await this.store.list()).map(publicAccount);
  }

  async create(body: CreateAccountBody, by: Actor): Promise<Account> {
    const passwordHash = await hashPassword(body.password);
    const now = new Date().toISOString();
    const created = await this.store.update((store) => {
      if (store.accounts.some((account) => account.username === body.username)) {
        throw new ConflictError(`accounts: '${body.username}' already exists`);
      }
      const account: StoredAccount = {
        username: body.username,
        role: body.role,
        passwordHash,
        disabled: false,
        sessionKey: newSessionKey(),
        createdAt: now,
        createdBy: by.actor,
        updatedAt: now,
        updatedBy: by.actor,
      };
      return { store: { ...store, accounts: [...store.accounts, account] }, result: account };
    });
    await this.audit.record({
      ...by,
      action: 'account.create',
      outcome: 'done',
      target: { kind: 'account', id: body.username },
      detail: `role ${body.role}`,
    });
    return publicAccount(created);
  }

  /** A new password or disabling ends the account's sessions; the last enabled admin cannot be demoted or disabled. */
  async update(username: string, change: UpdateAccountBody, by: Actor): Promise<Account> {
    const passwordHash = change.password === undefined ? undefined : await hashPassword(change.password);
    const { updated, detail } = await this.store.update((store) => {
      const existing = store.accounts.find((account) => account.username === username);
      if (existing === undefined) throw new NotFoundError('ACCOUNT_NOT_FOUND', `accounts: no account '${username}'`);
      const endsSessions = passwordHash !== undefined || (change.disabled === true && !existing.disabled);
      const next: StoredAccount = {
        ...existing,
        ...(change.role === undefined ? {} : { role: change.role }),
        ...(change.disabled === undefined ? {} : { disabled: change.disabled }),
        ...(passwordHash === undefined ? {} : { passwordHash }),
        sessionKey: endsSessions ? newSessionKey() : existing.sessionKey,
        updatedAt: new Date().toISOString(),
        updatedBy: by.actor,
      };
      const accounts = store.accounts.map((account) => (account.username === username ? next : account));
      if (!keepsAnAdmin(accounts)) {
        throw new ConflictError(`accounts: '${username}' is the last enabled admin; make another admin first`);
      }
      return {
        store: { ...store, accounts },
        result: { updated: next, detail: describeChange(existing, next, passwordHash !== undefined) },
      };
    });
    await this.audit.record({ ...by, action: 'account.update', outcome: 'done', target: { kind: 'account', id: username }, detail });
    return publicAccount(updated);
  }
}

function describeChange(before: StoredAccount, after: StoredAccount, passwordChanged: boolean): string {
  const parts: string[] = [];
  if (before.role !== after.role) parts.push(`role ${before.role} → ${after.role}`);
  if (before.disabled !== after.disabled) parts.push(after.disabled ? 'disabled' : 'enabled');
  if (passwordChanged) parts.push('password changed');
  return parts.length === 0 ? 'no change' : parts.join(', ');
}
