// Code loaded the first time it is shown (a tab, a dialog, the details of a selection): one way to declare it, and
// one boundary that says so when it cannot be fetched (the server stopped, or a newer build replaced its files)
// instead of leaving the page blank.
import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/** A component whose module loads on its first render: `onDemand(() => import('./PathFinder.tsx'), 'PathFinder')`. */
export function onDemand<K extends string, P extends object>(load: () => Promise<{ [name in K]: ComponentType<P> }>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

interface FailureState {
  failed: boolean;
}

class LoadFailure extends Component<{ children: ReactNode }, FailureState> {
  override state: FailureState = { failed: false };

  static getDerivedStateFromError(): FailureState {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <p className="load-failure" role="alert" data-testid="load-failure">
        This part of the explorer could not be shown.{' '}
        <button type="button" className="button is-small" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </p>
    );
  }
}

/** Where on-demand code shows: `fallback` while it loads, a short message with a way out if it cannot. */
export function OnDemand({ fallback = null, children }: { fallback?: ReactNode; children: ReactNode }) {
  return (
    <LoadFailure>
      <Suspense fallback={fallback}>{children}</Suspense>
    </LoadFailure>
  );
}
