// What the canvas says when nothing is on it: loading, or how to begin.
import { useExplorer } from '../state/explorer-context.ts';

export function CanvasEmptyState({ loading }: { loading: boolean }) {
  const { commands } = useExplorer();
  if (loading) {
    return (
      <div className="canvas-empty" role="status" data-testid="canvas-loading">
        <span className="spinner" aria-hidden="true" />
        <p>Loading the graph…</p>
      </div>
    );
  }
  return (
    <div className="canvas-empty" data-testid="canvas-empty">
      <p className="canvas-empty-title">Nothing on the canvas yet</p>
      <p>
        Search for a person, organisation, place or event above (press <kbd>/</kbd>), or start from the overview of the most connected
        entities.
      </p>
      <button type="button" className="button is-primary" data-testid="empty-load-overview" onClick={() => void commands.loadOverview()}>
        Show the overview
      </button>
    </div>
  );
}
