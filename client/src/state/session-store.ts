// Who is signed in: read once from /api/session, set by signing in and out, cleared when any request answers 401.
import { useEffect, useSyncExternalStore } from 'react';
import { roleIncludes, type Role, type SessionResponse, type SignInBody } from '@kgx/contract';
import { describeError } from '../api/api-error.ts';
import { fetchSession, signIn as postSignIn, signOut as deleteSession } from '../api/session.ts';
import { onSessionChanged, onSignedOut } from '../api/session-events.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'unreachable'; message: string }
  | { status: 'ready'; session: SessionResponse; /** Set when a session ended under the user's feet. */ expired?: boolean };

let state: SessionState = { status: 'loading' };
const listeners = new Set<() => void>();

function setState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function loadSession(): Promise<void> {
  try {
    setState({ status: 'ready', session: await fetchSession() });
  } catch (error) {
    setState({ status: 'unreachable', message: describeError(error) });
  }
}

export async function signIn(body: SignInBody): Promise<void> {
  setState({ status: 'ready', session: await postSignIn(body) });
}

export async function signOut(): Promise<void> {
  setState({ status: 'ready', session: await deleteSession() });
}

onSignedOut(() => {
  if (state.status === 'ready' && state.session.auth === 'on') {
    if (state.session.account !== null)
      setState({ status: 'ready', session: { ...state.session, account: null, role: null }, expired: true });
  } else {
    // Not known to be signed in (the first answer never came): ask who we are now.
    void loadSession();
  }
});

onSessionChanged(() => void loadSession());

let started = false;

export function useSession(): SessionState {
  useEffect(() => {
    if (started) return;
    started = true;
    void loadSession();
  }, []);
  return useSyncExternalStore(subscribe, () => state);
}

/** The caller's role, for showing or disabling controls; the server decides, this only spares a refused click. */
export function useRole(): Role | null {
  const current = useSyncExternalStore(subscribe, () => state);
  return current.status === 'ready' ? current.session.role : null;
}

export function useMayDo(needed: Role): boolean {
  const role = useRole();
  return role !== null && roleIncludes(role, needed);
}
