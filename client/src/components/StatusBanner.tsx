// The banner that says the API or its database is unavailable, from health polling and failed requests.
import { useState } from 'react';
import { checkHealth, useHealthPolling, useHealthStatus } from '../state/health-store.ts';

export function StatusBanner() {
  useHealthPolling();
  const health = useHealthStatus();
  const [checking, setChecking] = useState(false);
  if (health.availability !== 'unavailable') return null;

  function retry() {
    setChecking(true);
    void checkHealth().finally(() => setChecking(false));
  }

  return (
    <div className="status-banner" role="alert" data-testid="status-banner">
      <strong>API or database unavailable.</strong> <span>{health.reason ?? 'The server is not answering.'}</span>{' '}
      <span className="muted">Retrying automatically.</span>
      <button
        type="button"
        className="link-button"
        data-testid="status-retry"
        data-checking={checking ? 'true' : 'false'}
        disabled={checking}
        onClick={retry}
      >
        {checking ? 'Checking…' : 'Retry now'}
      </button>
    </div>
  );
}
