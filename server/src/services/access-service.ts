// Who is calling, signing in and out, and account administration: the rules of access, away from HTTP.
import type { Account, CreateAccountBody, Role, SessionResponse, SignInBody, UpdateAccountBody } from '@kgx/contract';
import { AccountAdmin, type Actor } from '../accounts/account-admin.ts';
import type { AccountStore } from '../accounts/account-store.ts';
import type { AuditLog } from '../accounts/audit-log.ts';
import { verifyPassword } from '../accounts/passwords.ts';
import type { SessionTokens } from '../accounts/session-tokens.ts';
import { ConflictError, UnauthenticatedError } from '../errors.ts';

export type AuthMode = 'on' | 'off';

/** The caller of one request, as the session cookie (or, with accounts off, this machine) makes it. */
export interface Caller {
  /** For the audit trail: the account's name, or `local` with accounts off. */
  actor: string;
  account: { username: string; role: Role } | null;
  /** What the caller may do; null when nobody is signed in with accounts on. */
  role: Role | null;
  session?: { id: string; expires: number };
}

/** With accounts off, the server listens on loopback only, and the person at this machine may do everything. */
const LOCAL_CALLER: Caller = { actor: 'local', account: null, role: 'admin' };
const ANONYMOUS: Caller = { actor: 'anonymous', account: null, role: null };

/** One answer for an unknown account, a wrong password and a disabled account, so none can be told apart. */
const SIGN_IN_REFUSED = 'the username or password is wrong';

export interface AccessOptions {
  mode: AuthMode;
  store: AccountStore;
  tokens: SessionTokens;
  audit: AuditLog;
  sessionTtlMs: number;
  /** Session cookies only over HTTPS: on when the explorer is served through TLS. */
  secureCookies: boolean;
  /** The addresses the explorer is served at behind a proxy, whose pages may make changes. */
  trustedOrigins: readonly string[];
}

export class AccessService {
  readonly mode: AuthMode;
  readonly sessionTtlMs: number;
  readonly audit: AuditLog;
  readonly secureCookies: boolean;
  readonly trustedOrigins: readonly string[];
  private readonly store: AccountStore;
  private readonly tokens: SessionTokens;
  private readonly accounts: AccountAdmin;

  constructor(opts: AccessOptions) {
    this.mode = opts.mode;
    this.store = opts.store;
    this.tokens = opts.tokens;
    this.audit = opts.audit;
    this.sessionTtlMs = opts.sessionTtlMs;
    this.secureCookies = opts.secureCookies;
    this.trustedOrigins = opts.trustedOrigins;
    this.accounts = new AccountAdmin(opts.store, opts.audit);
  }

  /** A session counts while its signature holds, it has not expired or been signed out, and its account is enabled with the same password. */
  async callerOf(token: string | undefined): Promise<Caller> {
    if (this.mode === 'off') return LOCAL_CALLER;
    const payload = this.tokens.read(token);
    if (payload === undefined) return ANONYMOUS;
    const account = await this.store.sessionAccount(payload.user, payload.sid);
    if (account === undefined || account.disabled || account.sessionKey !== payload.key) return ANONYMOUS;
    return {
      actor: account.username,
      account: { username: account.username, role: account.role },
      role: account.role,
      session: { id: payload.sid, expires: payload.exp },
    };
  }

  sessionOf(caller: Caller): SessionResponse {
    return { auth: this.mode, account: caller.account, role: caller.role };
  }

  /** Checks the password (the same work when the account does not exist) and issues a new session. */
  async signIn(body: SignInBody, request: Omit<Actor, 'actor'>): Promise<{ token: string; session: SessionResponse }> {
    const account = await this.store.find(body.username);
    const matches = await verifyPassword(account?.passwordHash, body.password);
    const target = { kind: 'account' as const, id: body.username.slice(0, 200) };
    if (account === undefined || !matches || account.disabled) {
      // Under `anonymous`: whoever typed the name is not known to be its owner; the name is the target.
      await this.audit.record({ ...request, actor: 'anonymous', action: 'session.sign-in', outcome: 'refused', target });
      throw new UnauthenticatedError(SIGN_IN_REFUSED);
    }
    const { token } = this.tokens.issue(account.username, account.sessionKey, this.sessionTtlMs);
    await this.audit.record({ ...request, actor: account.username, action: 'session.sign-in', outcome: 'done', target });
    const signedIn = { username: account.username, role: account.role };
    return { token, session: { auth: this.mode, account: signedIn, role: account.role } };
  }

  /** Ends this session on every process that shares the store, not only in this browser; only a real session is recorded. */
  async signOut(caller: Caller, request: Omit<Actor, 'actor'>): Promise<SessionResponse> {
    if (caller.session !== undefined) {
      await this.store.revokeSession(caller.session.id, caller.session.expires);
      await this.audit.record({ ...request, actor: caller.actor, action: 'session.sign-out', outcome: 'done' });
    }
    return { auth: this.mode, account: null, role: this.mode === 'off' ? LOCAL_CALLER.role : null };
  }

  hasAdmin(): Promise<boolean> {
    return this.store.hasAdmin();
  }

  /** The first admin, from the environment: created when no account has that name, left alone when one has. */
  async ensureAccount(body: CreateAccountBody): Promise<'created' | 'exists'> {
    if ((await this.store.find(body.username)) !== undefined) return 'exists';
    try {
      await this.accounts.create(body, { actor: 'setup' });
    } catch (error) {
      // Another process starting at the same moment made it first.
      if (error instanceof ConflictError) return 'exists';
      throw error;
    }
    return 'created';
  }

  listAccounts(): Promise<Account[]> {
    return this.accounts.list();
  }

  createAccount(body: CreateAccountBody, by: Actor): Promise<Account> {
    return this.accounts.create(body, by);
  }

  updateAccount(username: string, change: UpdateAccountBody, by: Actor): Promise<Account> {
    return this.accounts.update(username, change, by);
  }
}
