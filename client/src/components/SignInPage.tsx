// The sign-in page, shown in place of the explorer while accounts are on and nobody is signed in; the URL (the view) is kept.
import { useState, type FormEvent } from 'react';
import { describeError } from '../api/api-error.ts';
import { signIn } from '../state/session-store.ts';

export function SignInPage({ expired }: { expired: boolean }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [status, setStatus] = useState<{ kind: 'idle' | 'busy' } | { kind: 'error'; message: string }>({ kind: 'idle' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus({ kind: 'busy' });
    try {
      await signIn({ username: username.trim(), password });
    } catch (error) {
      setPassword('');
      setStatus({ kind: 'error', message: describeError(error) });
    }
  }

  return (
    <main className="sign-in-page" data-testid="sign-in-page">
      <form className="form sign-in-form" onSubmit={(event) => void submit(event)} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Graph Explorer</h1>
        <p className="muted">
          {expired ? 'Your session ended. Sign in again to return to the same view.' : 'Sign in to explore the investigation.'}
        </p>
        <label className="field">
          <span className="field-label">Username</span>
          <input
            className="input"
            name="username"
            autoComplete="username"
            autoFocus
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            data-testid="sign-in-username"
          />
        </label>
        <label className="field">
          <span className="field-label">Password</span>
          <input
            className="input"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            data-testid="sign-in-password"
          />
        </label>
        {status.kind === 'error' ? (
          <p className="error-box" role="alert" data-testid="sign-in-error">
            {status.message}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button is-primary" disabled={status.kind === 'busy'} data-testid="sign-in-submit">
            {status.kind === 'busy' ? 'Signing in…' : 'Sign in'}
          </button>
        </div>
      </form>
    </main>
  );
}
