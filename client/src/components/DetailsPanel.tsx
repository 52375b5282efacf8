// The right-hand panel: details of the entity or relation selected last, or a summary of a multiple selection. What
// a selection shows loads with the first selection, not with the page: the page opens on the graph with nothing selected.

import { useExplorer } from '../state/explorer-context.ts';
import { LANDMARK_IDS } from './landmark-ids.ts';
import { DetailsPlaceholder } from './DetailsPlaceholder.tsx';
import { onDemand, OnDemand } from './on-demand.tsx';

const EntityDetails = onDemand(() => import('./EntityDetails.tsx'), 'EntityDetails');
const RelationDetails = onDemand(() => import('./RelationDetails.tsx'), 'RelationDetails');
const SelectionSummary = onDemand(() => import('./SelectionSummary.tsx'), 'SelectionSummary');

/** `narrow`: the panel is a drawer over the canvas, shown while something is selected, with a button that closes it. */
export function DetailsPanel({ narrow }: { narrow: boolean }) {
  const { state, dispatch } = useExplorer();
  const focusId = state.selection.at(-1);
  const node = focusId ? state.nodes[focusId] : undefined;
  const edge = focusId ? state.edges[focusId] : undefined;
  const kind = node ? 'entity' : edge ? 'relation' : 'none';
  return (
    <aside
      className="details-panel"
      id={LANDMARK_IDS.details}
      // With nothing selected the panel holds only text (help, what the graph is about): it takes a Tab stop of its own
      // so a keyboard can scroll it; otherwise its controls do, and the skip link lands on it.
      tabIndex={kind === 'none' ? 0 : -1}
      data-testid="details-panel"
      data-kind={kind}
      data-selected-id={focusId ?? ''}
      aria-label="Details"
    >
      {narrow && state.selection.length > 0 ? (
        <button
          type="button"
          className="drawer-close"
          data-testid="details-close"
          aria-label="Close the details (clears the selection)"
          onClick={() => dispatch({ type: 'selection/set', ids: [] })}
        >
          ×
        </button>
      ) : null}
      {/* Keyed by what is shown: a part that could not be fetched says so for that selection only. */}
      <OnDemand key={focusId ?? 'none'} fallback={<p className="muted panel-loading">Loading…</p>}>
        {state.selection.length > 1 ? <SelectionSummary /> : null}
        {node ? <EntityDetails key={node.id} node={node} /> : null}
        {edge ? <RelationDetails key={edge.id} edge={edge} /> : null}
      </OnDemand>
      {kind === 'none' ? <DetailsPlaceholder /> : null}
    </aside>
  );
}
