// The right-hand panel: details of the entity or relation selected last, or a summary of a multiple selection.
import { useExplorer } from '../state/explorer-context.ts';
import { DetailsPlaceholder } from './DetailsPlaceholder.tsx';
import { EntityDetails } from './EntityDetails.tsx';
import { RelationDetails } from './RelationDetails.tsx';
import { SelectionSummary } from './SelectionSummary.tsx';

export function DetailsPanel() {
  const { state } = useExplorer();
  const focusId = state.selection.at(-1);
  const node = focusId ? state.nodes[focusId] : undefined;
  const edge = focusId ? state.edges[focusId] : undefined;
  const kind = node ? 'entity' : edge ? 'relation' : 'none';
  return (
    <aside className="details-panel" data-testid="details-panel" data-kind={kind} data-selected-id={focusId ?? ''} aria-label="Details">
      {state.selection.length > 1 ? <SelectionSummary /> : null}
      {node ? <EntityDetails key={node.id} node={node} /> : null}
      {edge ? <RelationDetails key={edge.id} edge={edge} /> : null}
      {kind === 'none' ? <DetailsPlaceholder /> : null}
    </aside>
  );
}
