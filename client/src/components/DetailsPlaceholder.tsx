// The details panel with nothing selected: how to get going, and the keyboard shortcuts.
import { Fragment } from 'react';
import { useExplorer } from '../state/explorer-context.ts';
import { countOf } from '../domain/counts.ts';
import { CANVAS_KEY_HELP } from '../graph-view/canvas-keys.ts';
import { onDemand, OnDemand } from './on-demand.tsx';

// What the graph holds shows once its two requests answer, so a moment after the page in any case; its code loads
// when the placeholder is first shown, and the requests follow (one more round trip, for a secondary part).
const GraphAbout = onDemand(() => import('./GraphAbout.tsx'), 'GraphAbout');

export function DetailsPlaceholder() {
  const { state } = useExplorer();
  const nodeCount = Object.keys(state.nodes).length;
  const edgeCount = Object.keys(state.edges).length;
  return (
    <div className="details-placeholder" data-testid="details-empty">
      <h2 className="details-title">Details</h2>
      <p>
        Click an entity or a relation on the canvas to see what is known about it and the quotes it rests on. Double-click an entity to
        bring in its neighbours; right-click for more. From the keyboard, Tab to the canvas and use the keys below.
      </p>
      {nodeCount > 0 ? (
        <p className="muted">
          On the canvas: {countOf(nodeCount, 'entity', 'entities')}, {countOf(edgeCount, 'relation')}
          {state.hidden.length > 0 ? `, ${state.hidden.length} hidden` : ''}.
        </p>
      ) : null}
      <OnDemand fallback={null}>
        <GraphAbout />
      </OnDemand>
      <h3 className="section-title">Keyboard</h3>
      <dl className="shortcuts">
        <dt>
          <kbd>/</kbd>
        </dt>
        <dd>Search</dd>
        <dt>
          <kbd>Esc</kbd>
        </dt>
        <dd>Close the reader, clear the selection</dd>
        <dt>
          <kbd>Delete</kbd>
        </dt>
        <dd>Hide the selected entities</dd>
        <dt>
          <kbd>Shift</kbd>+drag
        </dt>
        <dd>Select several</dd>
        <dt>
          <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
        </dt>
        <dd>Run the Cypher query</dd>
      </dl>
      <h3 className="section-title">On the canvas</h3>
      <dl className="shortcuts" data-testid="canvas-key-help">
        {CANVAS_KEY_HELP.map(({ keys, does }) => (
          <Fragment key={does}>
            <dt>
              {keys.map((key, i) => (
                <Fragment key={key}>
                  {i > 0 ? ' ' : null}
                  <kbd>{key}</kbd>
                </Fragment>
              ))}
            </dt>
            <dd>{does}</dd>
          </Fragment>
        ))}
      </dl>
    </div>
  );
}
