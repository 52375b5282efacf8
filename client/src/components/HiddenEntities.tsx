// The entities hidden from the canvas, each a chip that shows it again; in the Explore tab once something is hidden.
import { useExplorer } from '../state/explorer-context.ts';
import { EntityChip } from './EntityChip.tsx';

export function HiddenEntities() {
  const { state, dispatch } = useExplorer();
  return (
    <div className="hidden-list" data-testid="hidden-list">
      <span className="muted small">Hidden (click to show):</span>
      <div className="chip-list">
        {state.hidden.map((id) => {
          const node = state.nodes[id];
          return node ? (
            <EntityChip key={id} id={id} name={node.name} type={node.type} onClick={() => dispatch({ type: 'nodes/show', ids: [id] })} />
          ) : null;
        })}
      </div>
    </div>
  );
}
