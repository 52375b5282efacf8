// The right-click menu on a node: expand, hide, pin, remove, and start a path or a who-did-what query from it.
import { useEffect, useRef } from 'react';
import { useExplorer } from '../state/explorer-context.ts';

export interface NodeMenuPlacement {
  nodeId: string;
  x: number;
  y: number;
}

export function NodeMenu({ placement, onClose }: { placement: NodeMenuPlacement; onClose: () => void }) {
  const { state, dispatch, commands } = useExplorer();
  const menuRef = useRef<HTMLDivElement>(null);
  const { nodeId } = placement;
  const node = state.nodes[nodeId];
  const pinned = state.pinned.includes(nodeId);

  useEffect(() => {
    menuRef.current?.querySelector('button')?.focus();
  }, [placement.nodeId]);

  useEffect(() => {
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', closeOnEscape);
    return () => window.removeEventListener('keydown', closeOnEscape);
  }, [onClose]);

  if (!node) return null;

  function run(action: () => void) {
    action();
    onClose();
  }

  return (
    <div
      ref={menuRef}
      className="node-menu"
      role="menu"
      aria-label={`Actions for ${node.name}`}
      data-testid="node-menu"
      style={{ left: placement.x + 12, top: placement.y + 40 }}
    >
      <div className="node-menu-title">{node.name}</div>
      <button type="button" role="menuitem" data-testid="node-menu-expand" onClick={() => run(() => void commands.expand(nodeId))}>
        Expand neighbours
      </button>
      <button
        type="button"
        role="menuitem"
        data-testid="node-menu-pin"
        onClick={() => run(() => dispatch({ type: 'nodes/pin', ids: [nodeId], pinned: !pinned }))}
      >
        {pinned ? 'Unpin' : 'Pin in place'}
      </button>
      <button
        type="button"
        role="menuitem"
        data-testid="node-menu-hide"
        onClick={() => run(() => dispatch({ type: 'nodes/hide', ids: [nodeId] }))}
      >
        Hide
      </button>
      <button
        type="button"
        role="menuitem"
        data-testid="node-menu-remove"
        onClick={() => run(() => dispatch({ type: 'nodes/remove', ids: [nodeId] }))}
      >
        Remove from canvas
      </button>
      <hr />
      <button
        type="button"
        role="menuitem"
        onClick={() =>
          run(() => {
            dispatch({ type: 'path-form/set', form: { from: nodeId } });
            dispatch({ type: 'panel/set', panel: 'paths' });
          })
        }
      >
        Find paths from here
      </button>
      <button
        type="button"
        role="menuitem"
        onClick={() =>
          run(() => {
            dispatch({ type: 'relation-form/set', form: { subject: nodeId } });
            dispatch({ type: 'panel/set', panel: 'who' });
          })
        }
      >
        What did it do?
      </button>
    </div>
  );
}
