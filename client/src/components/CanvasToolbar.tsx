// Controls over the canvas: layout, fit and zoom, hidden nodes, overview, and export as PNG or JSON.
import type { GraphView } from '../graph-view/graph-view.ts';
import { downloadBlob } from '../export/download.ts';
import { exportFileName, toViewExport } from '../export/view-json.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { LAYOUTS, type LayoutName } from '../state/explorer-state.ts';
import { selectEdges, selectNodes } from '../state/view-selectors.ts';

const LAYOUT_TITLES: Record<LayoutName, string> = {
  fcose: 'Force-directed',
  concentric: 'Concentric (hubs in the middle)',
  breadthfirst: 'Tree from the selection',
  grid: 'Grid',
};

export interface CanvasToolbarProps {
  view: GraphView | null;
  exportPng: () => Blob | null;
}

export function CanvasToolbar({ view, exportPng }: CanvasToolbarProps) {
  const { state, dispatch, commands } = useExplorer();
  const nodeCount = Object.keys(state.nodes).length;
  const empty = nodeCount === 0;

  function savePng() {
    const blob = exportPng();
    if (blob) downloadBlob(blob, exportFileName('png', new Date()));
  }

  function saveJson() {
    const exported = toViewExport({
      nodes: selectNodes(state),
      edges: selectEdges(state),
      hidden: state.hidden,
      pinned: state.pinned,
      link: window.location.href,
      now: new Date(),
    });
    downloadBlob(new Blob([JSON.stringify(exported, null, 2)], { type: 'application/json' }), exportFileName('json', new Date()));
  }

  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Canvas controls">
      <div className="toolbar-group">
        <label className="visually-hidden" htmlFor="kgx-layout">
          Layout
        </label>
        <select
          id="kgx-layout"
          className="select"
          value={state.layout}
          data-testid="layout-select"
          onChange={(e) => dispatch({ type: 'layout/set', layout: e.target.value as LayoutName })}
        >
          {LAYOUTS.map((name) => (
            <option key={name} value={name}>
              {LAYOUT_TITLES[name]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="tool-button"
          title="Lay out again"
          data-testid="layout-rerun"
          disabled={empty}
          onClick={() => dispatch({ type: 'layout/rerun' })}
        >
          ↻
        </button>
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          className="tool-button"
          title="Zoom in"
          aria-label="Zoom in"
          data-testid="zoom-in"
          disabled={empty}
          onClick={() => view?.zoomBy(1.3)}
        >
          +
        </button>
        <button
          type="button"
          className="tool-button"
          title="Zoom out"
          aria-label="Zoom out"
          data-testid="zoom-out"
          disabled={empty}
          onClick={() => view?.zoomBy(1 / 1.3)}
        >
          −
        </button>
        <button
          type="button"
          className="tool-button"
          title="Fit the graph in view"
          data-testid="fit"
          disabled={empty}
          onClick={() => view?.fit()}
        >
          Fit
        </button>
      </div>
      <div className="toolbar-group">
        {state.hidden.length > 0 ? (
          <button type="button" className="tool-button" data-testid="show-hidden" onClick={() => dispatch({ type: 'nodes/show' })}>
            Show {state.hidden.length} hidden
          </button>
        ) : null}
        <button
          type="button"
          className="tool-button"
          data-testid="load-overview"
          title="Replace the canvas with the overview"
          onClick={() => void commands.loadOverview()}
        >
          Overview
        </button>
        <button
          type="button"
          className="tool-button"
          data-testid="clear-canvas"
          disabled={empty}
          onClick={() => dispatch({ type: 'graph/clear' })}
        >
          Clear
        </button>
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          className="tool-button"
          data-testid="export-png"
          disabled={empty}
          onClick={savePng}
          title="Download the canvas as a PNG image"
        >
          PNG
        </button>
        <button
          type="button"
          className="tool-button"
          data-testid="export-json"
          disabled={empty}
          onClick={saveJson}
          title="Download nodes, relations and evidence as JSON"
        >
          JSON
        </button>
      </div>
    </div>
  );
}
