// Shows the explorer to whoever may see it: with accounts on, the sign-in page until someone is signed in.
import { lazy, Suspense, type ReactNode } from 'react';
import { useSession } from '../state/session-store.ts';

// Only someone signed out sees it; the explorer's own page does not carry it.
const SignInPage = lazy(() => import('./SignInPage.tsx').then((m) => ({ default: m.SignInPage })));

export function SessionGate({ children }: { children: ReactNode }) {
  const session = useSession();
  if (session.status === 'loading') return <div className="session-loading" data-testid="session-loading" />;
  // Unreachable: the explorer itself shows the API as down, with its banner.
  if (session.status === 'ready' && session.session.auth === 'on' && session.session.role === null) {
    return (
      <Suspense fallback={<div className="session-loading" data-testid="session-loading" />}>
        <SignInPage expired={session.expired === true} />
      </Suspense>
    );
  }
  return children;
}
