// The Explore tab: what the canvas holds, the overview, the expansion filter and the legend.
import { countOf } from '../domain/counts.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { useStats } from '../state/use-stats.ts';
import { Legend } from './Legend.tsx';
import { NeighborFilter } from './NeighborFilter.tsx';
import { onDemand, OnDemand } from './on-demand.tsx';

// Shown once something is hidden.
const HiddenEntities = onDemand(() => import('./HiddenEntities.tsx'), 'HiddenEntities');

export function ExplorePanel() {
  const { state, dispatch, commands } = useExplorer();
  const stats = useStats();
  const nodeCount = Object.keys(state.nodes).length;
  const edgeCount = Object.keys(state.edges).length;
  return (
    <div className="panel-body explore-panel" data-testid="explore-panel">
      <p className="panel-intro">
        Search above, then double-click an entity to bring in its neighbours. Click a relation to read the quotes behind it.
      </p>
      <section className="canvas-summary" data-testid="canvas-summary">
        <h3 className="section-title">On the canvas</h3>
        <p>
          <strong data-testid="canvas-summary-counts">
            {countOf(nodeCount, 'entity', 'entities')} · {countOf(edgeCount, 'relation')}
          </strong>
          {stats ? (
            <span className="muted">
              {' '}
              of {countOf(stats.totals.entities, 'entity', 'entities')} and {countOf(stats.totals.relations, 'relation')} in the graph, from{' '}
              {countOf(stats.totals.documents, 'document')}
            </span>
          ) : null}
        </p>
        <div className="details-actions">
          <button type="button" className="button" data-testid="overview-button" onClick={() => void commands.loadOverview()}>
            Show the overview
          </button>
          {state.hidden.length > 0 ? (
            <button type="button" className="button" onClick={() => dispatch({ type: 'nodes/show' })}>
              Show {state.hidden.length} hidden
            </button>
          ) : null}
        </div>
        {state.hidden.length > 0 ? (
          <OnDemand>
            <HiddenEntities />
          </OnDemand>
        ) : null}
      </section>
      <NeighborFilter />
      <Legend />
    </div>
  );
}
