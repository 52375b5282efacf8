// The Admin panel: accounts (create, change role, disable, reset password) and the audit trail, for admins.
import { useState, type FormEvent } from 'react';
import { ROLES, type Account, type AuditEntry, type Role, type UpdateAccountBody } from '@kgx/contract';
import { createAccount, fetchAccounts, fetchAudit, updateAccount } from '../api/accounts.ts';
import { describeError } from '../api/api-error.ts';
import { useSession } from '../state/session-store.ts';
import { useRequest } from './use-request.ts';

const AUDIT_ROWS = 100;

function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
}

function NewAccountForm({ onCreated }: { onCreated: () => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await createAccount({ username: username.trim(), password, role });
      setUsername('');
      setPassword('');
      onCreated();
    } catch (reason) {
      setError(describeError(reason));
    }
  }

  return (
    <form className="form account-form" onSubmit={(event) => void submit(event)} data-testid="account-create">
      <div className="field-row">
        <label className="field">
          <span className="field-label">Username</span>
          <input className="input" value={username} required onChange={(e) => setUsername(e.target.value)} data-testid="account-username" />
        </label>
        <label className="field">
          <span className="field-label">Role</span>
          <select className="input" value={role} onChange={(e) => setRole(e.target.value as Role)} data-testid="account-role-new">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span className="field-label">
          Password <span className="field-hint">at least 12 characters</span>
        </span>
        <input
          className="input"
          type="password"
          autoComplete="new-password"
          value={password}
          required
          onChange={(e) => setPassword(e.target.value)}
          data-testid="account-password"
        />
      </label>
      {error ? (
        <p className="error-box" role="alert" data-testid="account-error">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button is-primary" data-testid="account-create-submit">
          Create account
        </button>
      </div>
    </form>
  );
}

function AccountRow({ account, self, onChanged }: { account: Account; self: boolean; onChanged: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [resetting, setResetting] = useState(false);
  const [password, setPassword] = useState('');

  async function change(update: UpdateAccountBody) {
    setError(null);
    try {
      await updateAccount(account.username, update);
      setResetting(false);
      setPassword('');
      onChanged();
    } catch (reason) {
      setError(describeError(reason));
    }
  }

  return (
    <li className="account-item" data-testid="account-item" data-username={account.username} data-disabled={account.disabled}>
      <div className="account-line">
        <strong>{account.username}</strong>
        {self ? <span className="muted small">(you)</span> : null}
        <select
          className="input is-compact"
          aria-label={`Role of ${account.username}`}
          value={account.role}
          onChange={(e) => void change({ role: e.target.value as Role })}
          data-testid="account-role"
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button is-small"
          onClick={() => void change({ disabled: !account.disabled })}
          data-testid="account-toggle"
        >
          {account.disabled ? 'Enable' : 'Disable'}
        </button>
        <button type="button" className="button is-small" onClick={() => setResetting(!resetting)} data-testid="account-reset">
          New password…
        </button>
      </div>
      {account.disabled ? <p className="muted small">disabled: cannot sign in</p> : null}
      {resetting ? (
        <form
          className="account-reset"
          onSubmit={(event) => {
            event.preventDefault();
            void change({ password });
          }}
        >
          <input
            className="input"
            type="password"
            autoComplete="new-password"
            placeholder="new password, 12 characters or more"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-label={`New password for ${account.username}`}
          />
          <button type="submit" className="button is-small">
            Set
          </button>
        </form>
      ) : null}
      {error ? (
        <p className="error-text small" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}

function AuditTrail({ version }: { version: number }) {
  const [refresh, setRefresh] = useState(0);
  const audit = useRequest(`audit-${version}-${refresh}`, (signal) => fetchAudit(AUDIT_ROWS, { signal }));
  return (
    <section className="admin-section" aria-labelledby="audit-title">
      <div className="admin-section-head">
        <h3 id="audit-title">Audit trail</h3>
        <button type="button" className="button is-small" onClick={() => setRefresh((n) => n + 1)} data-testid="audit-refresh">
          Refresh
        </button>
      </div>
      {audit.status === 'loading' ? <p className="muted">Loading…</p> : null}
      {audit.status === 'error' ? <p className="error-box">{audit.error}</p> : null}
      {audit.status === 'done' ? (
        <ol className="audit-list" data-testid="audit-list" data-count={audit.value.entries.length}>
          {audit.value.entries.map((entry: AuditEntry, index) => (
            <li
              key={`${entry.at}-${index}`}
              className={`audit-item is-${entry.outcome}`}
              data-testid="audit-item"
              data-action={entry.action}
            >
              <span className="muted small">{formatWhen(entry.at)}</span> <strong>{entry.actor}</strong> {entry.action}
              {entry.outcome === 'done' ? '' : ` (${entry.outcome})`}
              {entry.target ? ` · ${entry.target.kind} ${entry.target.id}` : ''}
              {entry.detail ? <span className="muted"> · {entry.detail}</span> : null}
            </li>
          ))}
        </ol>
      ) : null}
      {audit.status === 'done' && audit.value.truncated ? <p className="muted small">Showing the latest {AUDIT_ROWS} entries.</p> : null}
    </section>
  );
}

export function AdminPanel() {
  const session = useSession();
  const [version, setVersion] = useState(0);
  const accountsOn = session.status === 'ready' && session.session.auth === 'on';
  const self = session.status === 'ready' ? session.session.account?.username : undefined;
  const accounts = useRequest(`accounts-${version}-${accountsOn}`, (signal) =>
    accountsOn ? fetchAccounts({ signal }) : Promise.resolve({ accounts: [] }),
  );
  const changed = () => setVersion((n) => n + 1);

  return (
    <div className="admin-panel" data-testid="admin-panel">
      <section className="admin-section" aria-labelledby="accounts-title">
        <h3 id="accounts-title">Accounts</h3>
        {!accountsOn ? (
          <p className="muted" data-testid="accounts-off">
            Accounts are off: the explorer listens on this machine only. Start it with AUTH=on to manage accounts here, or use{' '}
            <code>npm run user</code>.
          </p>
        ) : null}
        {accountsOn && accounts.status === 'error' ? <p className="error-box">{accounts.error}</p> : null}
        {accountsOn && accounts.status === 'done' ? (
          <>
            <ul className="account-list" data-testid="account-list">
              {accounts.value.accounts.map((account) => (
                <AccountRow key={account.username} account={account} self={account.username === self} onChanged={changed} />
              ))}
            </ul>
            <NewAccountForm onCreated={changed} />
          </>
        ) : null}
      </section>
      <AuditTrail version={version} />
    </div>
  );
}
