// The canvas: keeps the Cytoscape view in step with the explorer state, with its toolbar, menus and notices.
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { Graph } from '@kgx/contract';
import { RELATION_DOES_NOT_EXPAND, describeNoQuote, describeSelected } from '../domain/canvas-announcement.ts';
import { countOf } from '../domain/counts.ts';
import { firstQuoteAmong } from '../domain/first-quote.ts';
import { findOutsideRange } from '../domain/timeline.ts';
import { describeCanvasKeys } from '../graph-view/canvas-keys.ts';
import { GraphView } from '../graph-view/graph-view.ts';
import type { FocusReport, KeyboardAction } from '../graph-view/keyboard-focus.ts';
import { canLayOutIncrementally } from '../graph-view/layouts.ts';
import { anchorsOf, type Scene } from '../graph-view/scene.ts';
import { installTestHooks } from '../graph-view/test-hooks.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { useVocabulary } from '../state/vocabulary-store.ts';
import { selectHiddenIds, selectPathIds, selectTruncations } from '../state/view-selectors.ts';
import { CanvasEmptyState } from './CanvasEmptyState.tsx';
import { LANDMARK_IDS } from './landmark-ids.ts';
import { CanvasToolbar } from './CanvasToolbar.tsx';
import { entityNameOf, relationSentenceOf, wordsForFocus } from './canvas-focus-words.ts';
import type { NodeMenuPlacement } from './NodeMenu.tsx';
import { onDemand, OnDemand } from './on-demand.tsx';

/** How long "Added 6 entities and 9 relations" stays, a little past the halo on what was added. */
const CHANGE_SHOWN_MS = 4000;

/** The canvas's keys in words, which the canvas names as its description. */
const CANVAS_KEYS_ID = 'graph-canvas-keys';

// Shown only after a right-click, or once a neighbourhood was capped: loaded then, not with the page.
const NodeMenu = onDemand(() => import('./NodeMenu.tsx'), 'NodeMenu');
const TruncationNotices = onDemand(() => import('./TruncationNotices.tsx'), 'TruncationNotices');
// The table loads when first asked for; the map, d3-geo and the world's countries when the map is first opened.
const CanvasTable = onDemand(() => import('./CanvasTable.tsx'), 'CanvasTable');
const MapView = onDemand(() => import('./MapView.tsx'), 'MapView');

export function GraphCanvas() {
  const { state, dispatch, commands } = useExplorer();
  const containerRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<GraphView | null>(null);
  const [menu, setMenu] = useState<NodeMenuPlacement | null>(null);
  /** What the last action added, said for a moment; `seq` tells one addition from the next. */
  const [change, setChange] = useState<{ nodes: number; edges: number; seq: number } | null>(null);
  /** What the canvas last said aloud about the keyboard's focus; `seq` has the same words said again. */
  const [announcement, setAnnouncement] = useState<{ text: string; seq: number } | null>(null);
  const pendingLoad = useRef<(() => void) | null>(null);
  // Read when the canvas lays out, not watched: changing the layout or the selection alone does not lay out again.
  const currentLayout = useEffectEvent(() => state.layout);
  const currentSelection = useEffectEvent(() => state.selection);

  const say = useCallback((text: string) => setAnnouncement((previous) => ({ text, seq: (previous?.seq ?? 0) + 1 })), []);
  const announceFocus = useEffectEvent((report: FocusReport | { kind: 'empty' }) => {
    const words = wordsForFocus(report, state);
    if (words !== null) say(words);
  });
  const actOnFocus = useEffectEvent((action: KeyboardAction, focus: FocusReport) => {
    const what =
      focus.kind === 'entity' ? { entityName: entityNameOf(state, focus.id) } : { relation: relationSentenceOf(state, focus.id) };
    if (action === 'select') {
      dispatch({ type: 'selection/set', ids: [focus.id] });
      say(describeSelected(what));
    } else if (action === 'expand') {
      // The same command as a double-click or the menu's "Expand neighbours": its notices say how it went.
      if (focus.kind === 'entity') void commands.expand(focus.id);
      else say(RELATION_DOES_NOT_EXPAND);
    } else {
      const relationIds = focus.kind === 'entity' ? focus.relationIds : [focus.id];
      const found = firstQuoteAmong(relationIds.flatMap((id) => state.edges[id] ?? []));
      if (found) {
        commands.openDocument(found.quote.documentId, found.quote.quote);
        return;
      }
      // A relation read from records has nothing to open: the details panel lists the records.
      if (focus.kind === 'relation') dispatch({ type: 'selection/set', ids: [focus.id] });
      say(describeNoQuote(what));
    }
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const created = new GraphView(container, {
      onSelect: (ids) => dispatch({ type: 'selection/set', ids }),
      onExpand: (id) => void commands.expand(id),
      onNodeMenu: (nodeId, at) => setMenu({ nodeId, x: at.x, y: at.y }),
      onDismissMenus: () => setMenu(null),
      onKeyboardFocus: (report) => announceFocus(report),
      onKeyboardAction: (action, focus) => actOnFocus(action, focus),
      onArrange: ({ positions, viewport }) => dispatch({ type: 'canvas/arranged', positions, viewport }),
    });
    setView(created);
    const uninstall = installTestHooks({
      get cy() {
        return created.cy;
      },
      loadGraph: (graph: Graph) =>
        new Promise<void>((resolve) => {
          commands.cancelPending();
          pendingLoad.current = resolve;
          dispatch({ type: 'graph/replace', graph });
        }),
      whenLayoutDone: () => created.whenLayoutDone(),
      setLayoutThread: (thread) => {
        created.layoutThread = thread;
      },
      setWebglPolicy: (policy) => {
        created.webglPolicy = policy;
      },
    });
    return () => {
      uninstall();
      created.destroy();
      setView(null);
    };
  }, [dispatch, commands]);

  const nodeRecords = state.nodes;
  const edgeRecords = state.edges;
  const nodes = useMemo(() => Object.values(nodeRecords), [nodeRecords]);
  const edges = useMemo(() => Object.values(edgeRecords), [edgeRecords]);
  const { from, to, mode } = state.timeline;
  const outOfRange = useMemo(
    () => findOutsideRange(nodes, edges, { ...(from ? { from } : {}), ...(to ? { to } : {}) }),
    [nodes, edges, from, to],
  );
  const pathIds = useMemo(() => selectPathIds(state.path), [state.path]);
  const hidden = useMemo(
    () => selectHiddenIds({ nodes: nodeRecords, hidden: state.hidden, hiddenTypes: state.hiddenTypes }),
    [nodeRecords, state.hidden, state.hiddenTypes],
  );
  const pinned = useMemo(() => new Set(state.pinned), [state.pinned]);
  const truncated = useMemo(() => new Set(Object.keys(state.truncations)), [state.truncations]);

  const scene = useMemo<Scene>(
    () => ({ nodes, edges, hidden, pinned, selection: state.selection, outOfRange, timelineMode: mode, pathIds, truncated }),
    [nodes, edges, hidden, pinned, state.selection, outOfRange, mode, pathIds, truncated],
  );

  // Relations drawn before the vocabulary arrived (or changed with an import) read their wording again.
  const vocabulary = useVocabulary();
  useEffect(() => {
    view?.rereadWording();
  }, [view, vocabulary]);

  const placement = state.placement;
  useEffect(() => {
    if (!view) return;
    const { addedNodes: added, addedEdges, placed } = view.sync(scene, placement);
    const forced = pendingLoad.current;
    if (placed && !forced) {
      // Put back where they were (a link, Back, an undo): only what the placement had no position for is laid out, around
      // the rest, by the one layout that can leave nodes where they are; the others leave it beside a neighbour.
      if (placed.unplaced.length > 0 && canLayOutIncrementally(currentLayout())) {
        void view.runLayout({ name: currentLayout(), incremental: true, rootIds: [], keepInView: [], fixedIds: placed.placedIds });
      }
      return;
    }
    // What an action added to a canvas that held something: marked for a moment and said in words. A canvas filled
    // from nothing (the overview, a link, a loaded graph) is all new and says so itself.
    if (!forced && added.length < scene.nodes.length && added.length + addedEdges.length > 0) {
      view.markAdded([...added, ...addedEdges]);
      setChange((previous) => ({ nodes: added.length, edges: addedEdges.length, seq: (previous?.seq ?? 0) + 1 }));
    }
    if (added.length === 0 && !forced) return;
    pendingLoad.current = null;
    const layout = currentLayout();
    const incremental = !forced && canLayOutIncrementally(layout) && added.length < scene.nodes.length;
    const done = view.runLayout({
      name: layout,
      incremental,
      rootIds: scene.selection,
      ...(incremental ? { keepInView: [...added, ...scene.selection, ...anchorsOf(added, scene.edges)] } : {}),
    });
    if (forced) void done.then(forced);
  }, [view, scene, placement]);

  // Only an explicit request (layoutRun going up) re-runs the layout.
  const lastLayoutRun = useRef(state.layoutRun);
  useEffect(() => {
    if (!view || state.layoutRun === lastLayoutRun.current) return;
    lastLayoutRun.current = state.layoutRun;
    void view.runLayout({ name: currentLayout(), incremental: false, rootIds: currentSelection() });
  }, [view, state.layoutRun]);

  useEffect(() => {
    if (view && state.focus) void view.focus(state.focus.id);
  }, [view, state.focus]);

  // A path just found (or singled out) is brought into view, unless it came with a link that says how the view is framed.
  const keepPathView = useEffectEvent(() => state.path?.keepView === true && state.path.activeIndex === null);
  useEffect(() => {
    if (view && pathIds && pathIds.size > 0 && !keepPathView()) void view.fitWhenSettled([...pathIds]);
  }, [view, pathIds]);

  // The words go as the halo does.
  useEffect(() => {
    if (!change) return;
    const timer = setTimeout(() => setChange((current) => (current?.seq === change.seq ? null : current)), CHANGE_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [change]);

  const closeMenu = useCallback(() => setMenu(null), []);
  const exportPng = useCallback(() => view?.exportPng() ?? null, [view]);
  const busyLabels = Object.values(state.busy);
  const loadingCanvas = 'overview' in state.busy || 'restore' in state.busy;

  return (
    <div className={`canvas-area${state.mapOpen ? ' has-map' : ''}`}>
      <CanvasToolbar view={view} exportPng={exportPng} />
      <div
        ref={containerRef}
        id={LANDMARK_IDS.canvas}
        className="graph-canvas"
        data-testid="graph-canvas"
        data-busy={busyLabels.length > 0 ? 'true' : 'false'}
        role="application"
        aria-label="Entities and relations"
        aria-roledescription="graph canvas"
        aria-describedby={CANVAS_KEYS_ID}
        tabIndex={0}
      />
      <p id={CANVAS_KEYS_ID} className="visually-hidden">
        {describeCanvasKeys()}
      </p>
      <div
        className="visually-hidden"
        aria-live="polite"
        aria-atomic="true"
        data-testid="canvas-announcement"
        data-seq={announcement?.seq ?? 0}
      >
        {announcement ? <span key={announcement.seq}>{announcement.text}</span> : null}
      </div>
      {nodes.length === 0 ? <CanvasEmptyState loading={loadingCanvas} /> : null}
      {state.tableOpen ? (
        <OnDemand fallback={null}>
          <CanvasTable />
        </OnDemand>
      ) : null}
      {busyLabels.length > 0 && nodes.length > 0 ? (
        <div className="canvas-busy" role="status" data-testid="canvas-busy">
          <span className="spinner" aria-hidden="true" />
          {busyLabels[busyLabels.length - 1]}
        </div>
      ) : null}
      {change ? (
        <div className="canvas-change" role="status" data-testid="canvas-change" data-nodes={change.nodes} data-edges={change.edges}>
          Added {countOf(change.nodes, 'entity', 'entities')} and {countOf(change.edges, 'relation')}
        </div>
      ) : null}
      {selectTruncations(state).length > 0 ? (
        <OnDemand fallback={null}>
          <TruncationNotices />
        </OnDemand>
      ) : null}
      {menu ? (
        <OnDemand fallback={null}>
          <NodeMenu placement={menu} onClose={closeMenu} />
        </OnDemand>
      ) : null}
      {state.mapOpen ? (
        <OnDemand
          fallback={
            <div className="map-pane map-pane-loading" role="status">
              Loading the map…
            </div>
          }
        >
          <MapView scene={scene} />
        </OnDemand>
      ) : null}
    </div>
  );
}
