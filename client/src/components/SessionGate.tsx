// Shows the explorer to whoever may see it: with accounts on, the sign-in page until someone is signed in.
import { type ReactNode } from 'react';
import { useSession } from '../state/session-store.ts';
import { onDemand, OnDemand } from './on-demand.tsx';

// Only someone signed out sees it; the explorer's own page does not carry it.
const SignInPage = onDemand(() => import('./SignInPage.tsx'), 'SignInPage');

export function SessionGate({ children }: { children: ReactNode }) {
  const session = useSession();
  if (session.status === 'loading') return <div className="session-loading" data-testid="session-loading" />;
  // Unreachable: the explorer itself shows the API as down, with its banner.
  if (session.status === 'ready' && session.session.auth === 'on' && session.session.role === null) {
    return (
      <OnDemand fallback={<div className="session-loading" data-testid="session-loading" />}>
        <SignInPage expired={session.expired === true} />
      </OnDemand>
    );
  }
  return children;
}
