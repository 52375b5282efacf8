// The header's corner: who is signed in, with which role, and signing out; with accounts off, says so.
import { useState } from 'react';
import { describeError } from '../api/api-error.ts';
import { signOut, useSession } from '../state/session-store.ts';

export function AccountMenu() {
  const session = useSession();
  const [error, setError] = useState<string | null>(null);
  if (session.status !== 'ready') return null;
  const { auth, account } = session.session;
  if (auth === 'off') {
    return (
      <span className="account-menu muted" data-testid="account-menu" title="Accounts are off: only this machine can reach the explorer">
        local · accounts off
      </span>
    );
  }
  if (account === null) return null;
  return (
    <span className="account-menu" data-testid="account-menu">
      <span data-testid="account-name">{account.username}</span>
      <span className="account-role" data-testid="account-role">
        {account.role}
      </span>
      <button
        type="button"
        className="button is-small"
        data-testid="sign-out"
        title={error ?? 'Sign out'}
        onClick={() => void signOut().catch((reason: unknown) => setError(describeError(reason)))}
      >
        Sign out
      </button>
    </span>
  );
}
