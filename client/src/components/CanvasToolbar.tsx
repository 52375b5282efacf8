// Controls over the canvas: undo and redo, layout, fit and zoom, hidden nodes, overview, export as PNG (captioned) or JSON, and the map beside it.
import { useState, type ReactNode } from 'react';
import type { GraphView } from '../graph-view/graph-view.ts';
import { LAYOUT_TITLES, LAYOUTS, isLayoutName } from '../graph-view/layouts.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { selectEdges, selectHiddenIds, selectNodes } from '../state/view-selectors.ts';

interface ToolButtonProps {
  testId: string;
  title?: string;
  ariaLabel?: string;
  /** For a toggle: whether it is on. */
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}

function ToolButton({ testId, title, ariaLabel, pressed, disabled, onClick, children }: ToolButtonProps) {
  return (
    <button
      type="button"
      className={`tool-button${pressed ? ' is-pressed' : ''}`}
      title={title}
      aria-label={ariaLabel}
      aria-pressed={pressed}
      data-testid={testId}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

export interface CanvasToolbarProps {
  view: GraphView | null;
  exportPng: () => { blob: Blob; scale: number } | null;
}

/** What saving a file takes: it loads with the first export, not with the page. */
function loadSaving() {
  return Promise.all([import('../export/download.ts'), import('../export/view-json.ts')]);
}

export function CanvasToolbar({ view, exportPng }: CanvasToolbarProps) {
  const { state, dispatch, commands } = useExplorer();
  const nodeCount = Object.keys(state.nodes).length;
  const empty = nodeCount === 0;
  const [composing, setComposing] = useState(false);
  const undoLabel = state.history.past.at(-1)?.label;
  const redoLabel = state.history.future.at(-1)?.label;

  async function savePng() {
    const now = new Date();
    let picture: Blob | null = null;
    let save: ((blob: Blob) => void) | null = null;
    setComposing(true);
    dispatch({ type: 'busy/start', key: 'export-png', label: 'Drawing the PNG…' });
    try {
      const [{ downloadBlob }, { exportFileName }] = await loadSaving();
      save = (blob) => downloadBlob(blob, exportFileName('png', now));
      const exported = exportPng();
      if (!exported) return;
      picture = exported.blob;
      // The caption and legend drawing loads on the first export.
      const { composeViewPng } = await import('../export/png-export.ts');
      const composed = await composeViewPng({
        picture,
        pictureScale: exported.scale,
        nodes: selectNodes(state),
        edges: selectEdges(state),
        hidden: [...selectHiddenIds(state)],
        timeline: state.timeline,
        link: window.location.href,
        now,
      });
      save(composed);
    } catch (error) {
      // The bare picture, if there is one, is still worth having.
      if (picture && save) save(picture);
      const reason = error instanceof Error ? error.message : String(error);
      const message = picture ? `The PNG has no caption or legend: ${reason}` : `Could not export the PNG: ${reason}`;
      dispatch({ type: 'notice/show', notice: { kind: 'error', message } });
    } finally {
      dispatch({ type: 'busy/end', key: 'export-png' });
      setComposing(false);
    }
  }

  async function saveJson() {
    try {
      const [{ downloadBlob }, { exportFileName, toViewExport }] = await loadSaving();
      const now = new Date();
      const exported = toViewExport({
        nodes: selectNodes(state),
        edges: selectEdges(state),
        hidden: state.hidden,
        pinned: state.pinned,
        link: window.location.href,
        now,
      });
      downloadBlob(new Blob([JSON.stringify(exported, null, 2)], { type: 'application/json' }), exportFileName('json', now));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      dispatch({ type: 'notice/show', notice: { kind: 'error', message: `Could not export the JSON: ${reason}` } });
    }
  }

  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Canvas controls" data-testid="canvas-toolbar">
      <div className="toolbar-group">
        <ToolButton
          title={undoLabel ? `Undo ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
          ariaLabel={undoLabel ? `Undo ${undoLabel}` : 'Undo'}
          testId="undo"
          disabled={!undoLabel}
          onClick={() => dispatch({ type: 'history/undo' })}
        >
          ↶
        </ToolButton>
        <ToolButton
          title={redoLabel ? `Redo ${redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}
          ariaLabel={redoLabel ? `Redo ${redoLabel}` : 'Redo'}
          testId="redo"
          disabled={!redoLabel}
          onClick={() => dispatch({ type: 'history/redo' })}
        >
          ↷
        </ToolButton>
      </div>
      <div className="toolbar-group">
        <label className="visually-hidden" htmlFor="kgx-layout">
          Layout
        </label>
        <select
          id="kgx-layout"
          className="select"
          value={state.layout}
          data-testid="layout-select"
          onChange={(e) => {
            if (isLayoutName(e.target.value)) dispatch({ type: 'layout/set', layout: e.target.value });
          }}
        >
          {LAYOUTS.map((name) => (
            <option key={name} value={name}>
              {LAYOUT_TITLES[name]}
            </option>
          ))}
        </select>
        <ToolButton title="Lay out again" testId="layout-rerun" disabled={empty} onClick={() => dispatch({ type: 'layout/rerun' })}>
          ↻
        </ToolButton>
      </div>
      <div className="toolbar-group">
        <ToolButton title="Zoom in" ariaLabel="Zoom in" testId="zoom-in" disabled={empty} onClick={() => view?.zoomBy(1.3)}>
          +
        </ToolButton>
        <ToolButton title="Zoom out" ariaLabel="Zoom out" testId="zoom-out" disabled={empty} onClick={() => view?.zoomBy(1 / 1.3)}>
          −
        </ToolButton>
        <ToolButton title="Fit the graph in view" testId="fit" disabled={empty} onClick={() => view?.fit()}>
          Fit
        </ToolButton>
      </div>
      <div className="toolbar-group">
        {state.hidden.length > 0 ? (
          <ToolButton testId="show-hidden" onClick={() => dispatch({ type: 'nodes/show' })}>
            Show {state.hidden.length} hidden
          </ToolButton>
        ) : null}
        <ToolButton title="Replace the canvas with the overview" testId="load-overview" onClick={() => void commands.loadOverview()}>
          Overview
        </ToolButton>
        <ToolButton testId="clear-canvas" disabled={empty} onClick={() => dispatch({ type: 'graph/clear' })}>
          Clear
        </ToolButton>
      </div>
      <div className="toolbar-group">
        <ToolButton
          title="Download the canvas as a PNG image, with a legend and a caption"
          testId="export-png"
          disabled={empty || composing}
          onClick={() => void savePng()}
        >
          PNG
        </ToolButton>
        <ToolButton
          title="Download nodes, relations and evidence as JSON"
          testId="export-json"
          disabled={empty}
          onClick={() => void saveJson()}
        >
          JSON
        </ToolButton>
      </div>
      <div className="toolbar-group">
        <ToolButton
          title={state.mapOpen ? 'Close the map' : 'Show the entities that have coordinates on a map beside the canvas'}
          testId="map-toggle"
          pressed={state.mapOpen}
          onClick={() => dispatch({ type: 'map/set', open: !state.mapOpen })}
        >
          Map
        </ToolButton>
        <ToolButton
          title={
            state.tableOpen
              ? 'Draw the canvas again'
              : 'Read what is on the canvas as tables: its entities, and the relations among them with their sources'
          }
          testId="table-toggle"
          pressed={state.tableOpen}
          onClick={() => dispatch({ type: 'table/set', open: !state.tableOpen })}
        >
          Table
        </ToolButton>
      </div>
    </div>
  );
}
