// The banner that says the API or its database is unavailable, from health polling and failed requests.
import { checkHealth, useHealthPolling, useHealthStatus } from '../state/health-store.ts';

export function StatusBanner() {
  useHealthPolling();
  const health = useHealthStatus();
  if (health.availability !== 'unavailable') return null;
  return (
    <div className="status-banner" role="alert" data-testid="status-banner">
      <strong>API or database unavailable.</strong> <span>{health.reason ?? 'The server is not answering.'}</span>{' '}
      <span className="muted">Retrying automatically.</span>
      <button type="button" className="link-button" data-testid="status-retry" onClick={() => void checkHealth()}>
        Retry now
      </button>
    </div>
  );
}
