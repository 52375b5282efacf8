// Shows the explorer to whoever may see it: with accounts on, the sign-in page until someone is signed in.
import type { ReactNode } from 'react';
import { useSession } from '../state/session-store.ts';
import { SignInPage } from './SignInPage.tsx';

export function SessionGate({ children }: { children: ReactNode }) {
  const session = useSession();
  if (session.status === 'loading') return <div className="session-loading" data-testid="session-loading" />;
  // Unreachable: the explorer itself shows the API as down, with its banner.
  if (session.status === 'ready' && session.session.auth === 'on' && session.session.role === null) {
    return <SignInPage expired={session.expired === true} />;
  }
  return children;
}
