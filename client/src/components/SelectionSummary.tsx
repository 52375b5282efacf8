// When several elements are selected: what they are, and actions on all of them at once.
import { useMemo } from 'react';
import { selectionBrief } from '../domain/brief-request.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { EntityChip } from './EntityChip.tsx';
import { ExplainButton } from './ExplainButton.tsx';

export function SelectionSummary() {
  const { state, dispatch } = useExplorer();
  const nodeIds = state.selection.filter((id) => state.nodes[id]);
  const edgeCount = state.selection.length - nodeIds.length;
  const select = (id: string) => dispatch({ type: 'selection/set', ids: [id] });
  const explain = useMemo(() => selectionBrief(Object.values(state.edges), state.selection), [state.edges, state.selection]);
  return (
    <section className="selection-summary" data-testid="selection-summary">
      <h3 className="section-title">
        {nodeIds.length} entit{nodeIds.length === 1 ? 'y' : 'ies'}
        {edgeCount > 0 ? ` and ${edgeCount} relation${edgeCount === 1 ? '' : 's'}` : ''} selected
      </h3>
      <div className="chip-list">
        {nodeIds.slice(0, 12).map((id) => {
          const node = state.nodes[id];
          return node ? <EntityChip key={id} id={id} name={node.name} type={node.type} onClick={select} /> : null;
        })}
        {nodeIds.length > 12 ? <span className="muted">and {nodeIds.length - 12} more</span> : null}
      </div>
      {nodeIds.length > 0 || explain.total > 0 ? (
        <div className="details-actions">
          <ExplainButton ask={explain} testId="selection-explain" />
        </div>
      ) : null}
      {nodeIds.length > 0 ? (
        <div className="details-actions">
          <button type="button" className="button" onClick={() => dispatch({ type: 'nodes/pin', ids: nodeIds, pinned: true })}>
            Pin all
          </button>
          <button
            type="button"
            className="button"
            data-testid="hide-selected"
            onClick={() => dispatch({ type: 'nodes/hide', ids: nodeIds })}
          >
            Hide all
          </button>
          <button type="button" className="button" onClick={() => dispatch({ type: 'nodes/remove', ids: nodeIds })}>
            Remove all
          </button>
        </div>
      ) : null}
    </section>
  );
}
