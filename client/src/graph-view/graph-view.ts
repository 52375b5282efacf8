// The Cytoscape instance behind the canvas: keeps it in step with a Scene, runs layouts, and reports what the user does.
import cytoscape, {
  type CollectionReturnValue,
  type Core,
  type ElementDefinition,
  type LayoutOptions,
  type Layouts,
  type NodeCollection,
  type NodeSingular,
  type Position,
} from 'cytoscape';
import type { GraphEdge, GraphNode } from '@kgx/contract';
import type { ForceLayoutJob } from './force-layout-job.ts';
import { ForceLayoutRunner, type LayoutThread } from './force-layout-runner.ts';
import {
  ANIMATION_MS,
  FORCE_LAYOUT,
  LAYOUT_PADDING,
  forceLayoutCountsLabels,
  forceLayoutPlacement,
  forceLayoutSettings,
  isDraftLayout,
  layoutOptions,
  spreadFactor,
  type LayoutName,
  type LayoutRequest,
} from './layouts.ts';
import { MAX_PICTURE_SIDE, pictureScaleFor } from './picture-scale.ts';
import { hasHardwareWebgl } from './graphics.ts';
import { renderingOptionsFor, sameRenderingOptions, type RenderingOptions, type WebglPolicy } from './rendering-options.ts';
import type { Scene } from './scene.ts';
import { buildStylesheet } from './stylesheet.ts';
import { toEdgeElement, toEdgeData, toNodeData, toNodeElement } from './to-elements.ts';
import { bindNeighborhoodHover } from './neighborhood-hover.ts';
import { KeyboardFocus, type FocusReport, type KeyboardAction } from './keyboard-focus.ts';

const MAX_ZOOM = 4;
/** The closest a fit may zoom: a few nodes stay at a readable size instead of filling the canvas. */
const FIT_MAX_ZOOM = 1.4;

export type LayoutStatus = 'idle' | 'running' | 'done';

export interface GraphViewEvents {
  onSelect(ids: string[]): void;
  onExpand(nodeId: string): void;
  /** A right-click on a node, at a position relative to the canvas container. */
  onNodeMenu(nodeId: string, at: Position): void;
  /** Any tap or viewport change that should close floating menus. */
  onDismissMenus(): void;
  /** The keyboard's focus moved to an entity or relation (or found the canvas empty): for announcing. */
  onKeyboardFocus(report: FocusReport | { kind: 'empty' }): void;
  /** A key asked for something to be done to the entity or relation in focus. */
  onKeyboardAction(action: KeyboardAction, focus: FocusReport): void;
  /** Where the nodes are and how the view is framed, once a layout, a drag, a placement or a pan or zoom has ended. */
  onArrange(arrangement: Arrangement): void;
}

/** How the view is framed: the zoom, and the model point at the middle of the canvas (which a resize keeps in place). */
export interface ViewFrame {
  zoom: number;
  center: Position;
}

/** Node positions in model coordinates, rounded to whole units, and the frame. */
export interface Arrangement {
  positions: Record<string, Position>;
  viewport: ViewFrame;
}

/** A request to put nodes where they were (a restored link, an undo) rather than lay them out; `seq` tells requests apart. */
export interface Placement {
  seq: number;
  positions: Readonly<Record<string, Position>>;
  viewport: ViewFrame | null;
}

/** How long the view must be still before its arrangement is reported: a pan or zoom reports once, not every frame. */
const ARRANGEMENT_REPORT_MS = 250;

/** How long what an action added stays marked. */
const JUST_ADDED_MS = 2500;

/** What a sync added to the canvas. */
export interface SyncResult {
  addedNodes: string[];
  addedEdges: string[];
  /** When a new placement was applied: the nodes it placed, and the nodes added that it had no position for. */
  placed: { placedIds: string[]; unplaced: string[] } | null;
}

export interface LayoutRun {
  name: LayoutName;
  incremental: boolean;
  rootIds: readonly string[];
  /**
   * After an incremental layout, what must be in view (what was added, and what it was added around): the viewport
   * keeps its zoom and moves only as far as needed, zooming out only if they cannot all be seen at the current zoom.
   */
  keepInView?: readonly string[];
  /** Nodes the force-directed layout must leave where they are (placed ones, while the others are laid out around them). */
  fixedIds?: readonly string[];
}

/** A force layout's job, and how far each node sits from the middle of the box the job gives it. */
interface PreparedForceLayout {
  job: Omit<ForceLayoutJob, 'seq'>;
  offsets: Map<string, Position>;
}

/** A layout under way, which can be stopped; stopping finishes it at once. */
interface RunningLayout {
  stop(): void;
}

/** Node positions from the places of their boxes, given how far each node sits from the middle of its box. */
function toNodePositions(boxMiddles: Readonly<Record<string, Position>>, offsets: ReadonlyMap<string, Position>): Record<string, Position> {
  const positions: Record<string, Position> = {};
  for (const [id, middle] of Object.entries(boxMiddles)) {
    const offset = offsets.get(id) ?? { x: 0, y: 0 };
    positions[id] = { x: middle.x + offset.x, y: middle.y + offset.y };
  }
  return positions;
}

/** From this many nodes, a graph laid out afresh is drawn only once its positions are known (see runLayout). */
const HOLD_DRAWING_MIN_NODES = 300;

/** The elements with these ids that exist, as one collection. */
function collectById(cy: Core, ids: readonly string[]): CollectionReturnValue {
  return ids.reduce((found, id) => found.union(cy.getElementById(id)), cy.collection());
}

function sameMembers(a: ReadonlySet<string>, b: readonly string[]): boolean {
  return a.size === b.length && b.every((id) => a.has(id));
}

export class GraphView {
  #cy: Core;
  readonly #container: HTMLElement;
  readonly #events: GraphViewEvents;
  readonly #records = new Map<string, GraphNode | GraphEdge>();
  #options: RenderingOptions = renderingOptionsFor(0, 0);
  #webglPolicy: WebglPolicy = 'auto';
  /** The layout running now: being computed in the worker, or moving nodes to where it put them. */
  #layout: RunningLayout | null = null;
  readonly #forceLayouts = new ForceLayoutRunner();
  /** A fresh force layout was stopped before its positions were applied: the next layout must start afresh. */
  #freshLayoutOwed = false;
  #layoutDone: Promise<void> = Promise.resolve();
  #selection: readonly string[] = [];
  #selectionReportQueued = false;
  #addedTimer: ReturnType<typeof setTimeout> | undefined = undefined;
  readonly #keyboard: KeyboardFocus;
  #arrangementTimer: ReturnType<typeof setTimeout> | undefined = undefined;
  /** The last placement applied, so that each is applied once. */
  #placementSeq = 0;
  // Cytoscape only watches the window; panels opening and closing resize the container without one.
  // Keeps the middle of the view where it was, so content does not slide out of sight when a panel widens.
  readonly #resizeObserver = new ResizeObserver(() => {
    const cy = this.#cy;
    if (cy.destroyed()) return;
    const before = { w: cy.width(), h: cy.height() };
    cy.resize();
    const dw = cy.width() - before.w;
    const dh = cy.height() - before.h;
    if ((dw !== 0 || dh !== 0) && before.w > 0 && before.h > 0) cy.panBy({ x: dw / 2, y: dh / 2 });
  });

  constructor(container: HTMLElement, events: GraphViewEvents) {
    this.#container = container;
    this.#events = events;
    this.#keyboard = new KeyboardFocus({
      container,
      cy: () => this.#cy,
      selection: () => this.#selection,
      events: { onFocus: (report) => events.onKeyboardFocus(report), onAction: (action, focus) => events.onKeyboardAction(action, focus) },
    });
    this.#cy = this.#createCore([]);
    this.#setLayoutStatus('idle');
    this.#container.dataset.nodeCount = '0';
    this.#resizeObserver.observe(container);
  }

  get cy(): Core {
    return this.#cy;
  }

  /** Resolves when the layout running now (if any) has finished. */
  whenLayoutDone(): Promise<void> {
    return this.#layoutDone;
  }

  /** Where force layouts are computed; the page's thread is a benchmark's baseline (and the fallback without workers). */
  get layoutThread(): LayoutThread {
    return this.#forceLayouts.thread;
  }

  set layoutThread(thread: LayoutThread) {
    this.#forceLayouts.thread = thread;
  }

  #createCore(elements: ElementDefinition[]): Core {
    const cy = cytoscape({
      container: this.#container,
      elements,
      style: buildStylesheet(this.#options),
      minZoom: 0.03,
      maxZoom: MAX_ZOOM,
      boxSelectionEnabled: true,
      selectionType: 'single',
      textureOnViewport: this.#options.viewportShortcuts,
      hideEdgesOnViewport: this.#options.viewportShortcuts,
      webgl: this.#options.webgl,
    });
    cy.on('select unselect', () => this.#queueSelectionReport());
    // Cytoscape calls any two taps in quick succession a double tap, even on two different nodes: only the same node
    // tapped twice expands. 'tap' fires before 'dbltap', so the tap before the last one is the first of the pair.
    let lastTap: unknown = null;
    let tapBefore: unknown = null;
    cy.on('tap', (event) => {
      tapBefore = lastTap;
      lastTap = event.target;
    });
    // The keys carry on from whatever was last clicked.
    cy.on('tap', 'node, edge', (event) => this.#keyboard.follow((event.target as NodeSingular).id()));
    cy.on('dbltap', 'node', (event) => {
      if (tapBefore === event.target) this.#events.onExpand(event.target.id());
    });
    cy.on('cxttap', 'node', (event) => {
      const node: NodeSingular = event.target;
      const at = node.renderedPosition();
      this.#events.onNodeMenu(node.id(), { x: at.x, y: at.y });
    });
    cy.on('tap viewport', () => this.#events.onDismissMenus());
    // Cytoscape keeps a press on the canvas from moving the focus; the canvas takes it itself, as a focusable
    // application area should, so the keys act on what was clicked and a field being typed in lets go.
    cy.on('tapstart', () => this.#container.focus({ preventScroll: true }));
    cy.on('dragfree', 'node', () => this.#scheduleArrangementReport());
    cy.on('viewport', () => this.#scheduleArrangementReport());
    cy.on('mouseover', 'node', () => this.#container.classList.add('is-over-node'));
    cy.on('mouseout', 'node', () => this.#container.classList.remove('is-over-node'));
    bindNeighborhoodHover(cy);
    return cy;
  }

  #scheduleArrangementReport(): void {
    clearTimeout(this.#arrangementTimer);
    this.#arrangementTimer = setTimeout(() => this.#reportArrangement(), ARRANGEMENT_REPORT_MS);
  }

  /** Reports where the nodes are, unless a layout is moving them (its end reports instead). */
  #reportArrangement(): void {
    const cy = this.#cy;
    if (cy.destroyed() || this.#layout !== null) return;
    const positions: Record<string, Position> = {};
    cy.nodes().forEach((node) => {
      const p = node.position();
      positions[node.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
    });
    const zoom = cy.zoom();
    const pan = cy.pan();
    const center = { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
    this.#events.onArrange({ positions, viewport: { zoom, center } });
  }

  /** Frames the view as a placement asks, clamped to the zoom the canvas allows. */
  #applyFrame(frame: ViewFrame): void {
    const cy = this.#cy;
    const zoom = Math.min(MAX_ZOOM, Math.max(cy.minZoom(), frame.zoom));
    cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * frame.center.x, y: cy.height() / 2 - zoom * frame.center.y } });
  }

  #setLayoutStatus(status: LayoutStatus): void {
    this.#container.dataset.layout = status;
  }

  #queueSelectionReport(): void {
    if (this.#selectionReportQueued) return;
    this.#selectionReportQueued = true;
    queueMicrotask(() => {
      this.#selectionReportQueued = false;
      if (this.#cy.destroyed()) return;
      const selected = new Set(this.#cy.$(':selected').map((ele) => ele.id()));
      if (sameMembers(selected, this.#selection)) return;
      const kept = this.#selection.filter((id) => selected.has(id));
      const added = [...selected].filter((id) => !this.#selection.includes(id));
      this.#selection = [...kept, ...added];
      this.#events.onSelect([...this.#selection]);
    });
  }

  /** When the WebGL renderer draws; the benchmark sets `always` or `never` to compare the two renderers. */
  get webglPolicy(): WebglPolicy {
    return this.#webglPolicy;
  }

  set webglPolicy(policy: WebglPolicy) {
    this.#webglPolicy = policy;
    this.#adaptToSize(this.#cy.nodes().length, this.#cy.edges().length);
  }

  /**
   * Switches stylesheet (and, past the largest threshold, the renderer's viewport shortcuts, and WebGL where the
   * browser draws it on a graphics processor) by graph size.
   */
  #adaptToSize(nodeCount: number, edgeCount: number): void {
    const next = renderingOptionsFor(nodeCount, edgeCount, { policy: this.#webglPolicy, hardware: hasHardwareWebgl });
    if (sameRenderingOptions(next, this.#options)) return;
    const recreate = next.viewportShortcuts !== this.#options.viewportShortcuts || next.webgl !== this.#options.webgl;
    this.#options = next;
    if (!recreate) {
      this.#cy.style(buildStylesheet(next));
      return;
    }
    // The renderer reads its viewport options and WebGL only when created, so a new instance takes over the elements.
    const elements = this.#cy.elements().jsons() as unknown as ElementDefinition[];
    const viewport = { zoom: this.#cy.zoom(), pan: { ...this.#cy.pan() } };
    this.#layout?.stop();
    this.#cy.destroy();
    this.#cy = this.#createCore(elements);
    this.#cy.viewport(viewport);
  }

  /** Where a new node should appear: next to a neighbor already placed, else in the middle of the view. */
  #startingPositions(scene: Scene, newIds: ReadonlySet<string>, placed: Readonly<Record<string, Position>> = {}): Map<string, Position> {
    const positions = new Map<string, Position>();
    if (this.#cy.nodes().length === 0 && Object.keys(placed).length === 0) return positions;
    const jitter = () => (Math.random() - 0.5) * 80;
    for (const edge of scene.edges) {
      const [fresh, anchor] = newIds.has(edge.source) ? [edge.source, edge.target] : [edge.target, edge.source];
      if (!newIds.has(fresh) || newIds.has(anchor) || positions.has(fresh)) continue;
      const anchorNode = this.#cy.getElementById(anchor);
      const p = placed[anchor] ?? (anchorNode.nonempty() ? anchorNode.position() : undefined);
      if (p) {
        positions.set(fresh, { x: p.x + jitter(), y: p.y + jitter() });
      }
    }
    const extent = this.#cy.extent();
    const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
    for (const id of newIds) if (!positions.has(id)) positions.set(id, { x: centre.x + jitter(), y: centre.y + jitter() });
    return positions;
  }

  /**
   * Brings the canvas in line with the scene; returns the ids of the nodes and edges that were added. A placement not yet
   * applied puts the nodes it has positions for there (new or not) and frames the view as it says, stopping any layout.
   */
  sync(scene: Scene, placement: Placement | null = null): SyncResult {
    this.#adaptToSize(scene.nodes.length, scene.edges.length);
    const cy = this.#cy;
    const placing = placement !== null && placement.seq !== this.#placementSeq ? placement : null;
    if (placing) {
      this.#placementSeq = placing.seq;
      // The layout running now stops and finishes at once (the placement takes over; its waiters must not hang), and
      // the placement puts the nodes where they belong, so no fresh layout is owed.
      this.#layout?.stop();
      this.#freshLayoutOwed = false;
      cy.stop(true, false);
      if (placing.viewport) this.#applyFrame(placing.viewport);
    }
    const placedIds: string[] = [];
    const unplaced: string[] = [];
    const wanted = new Set<string>();
    for (const node of scene.nodes) wanted.add(node.id);
    for (const edge of scene.edges) wanted.add(edge.id);
    const addedNodes = new Set<string>();
    const addedEdges: string[] = [];

    cy.batch(() => {
      const stale = cy.elements().filter((ele) => !wanted.has(ele.id()));
      stale.forEach((ele) => {
        this.#records.delete(ele.id());
      });
      cy.remove(stale);

      for (const node of scene.nodes) {
        const known = this.#records.get(node.id);
        if (known === undefined) addedNodes.add(node.id);
        else if (known !== node) cy.getElementById(node.id).data(toNodeData(node));
        const place = placing?.positions[node.id];
        if (placing && place) placedIds.push(node.id);
        else if (placing && known === undefined) unplaced.push(node.id);
        if (place && known !== undefined) {
          // A pinned node is locked, and Cytoscape ignores a position set on a locked node; the pin is set again below.
          const ele = cy.getElementById(node.id);
          ele.unlock();
          ele.position({ x: place.x, y: place.y });
        }
      }
      const positions = placing
        ? new Map([
            ...Object.entries(placing.positions).filter(([id]) => addedNodes.has(id)),
            ...this.#startingPositions(scene, new Set(unplaced), placing.positions),
          ])
        : this.#startingPositions(scene, addedNodes);
      const additions: ElementDefinition[] = [];
      for (const node of scene.nodes) {
        if (addedNodes.has(node.id)) additions.push(toNodeElement(node, positions.get(node.id)));
        this.#records.set(node.id, node);
      }
      for (const edge of scene.edges) {
        const known = this.#records.get(edge.id);
        if (known === undefined) {
          additions.push(toEdgeElement(edge));
          addedEdges.push(edge.id);
        } else if (known !== edge) cy.getElementById(edge.id).data(toEdgeData(edge));
        this.#records.set(edge.id, edge);
      }
      if (additions.length > 0) cy.add(additions);
    });

    this.#applyClasses(scene);
    this.#applySelection(scene.selection);
    this.#keyboard.refresh();
    this.#container.dataset.nodeCount = String(cy.nodes().length);
    this.#container.dataset.edgeCount = String(cy.edges().length);
    if (cy.nodes().length === 0) {
      // Emptied while a layout was being computed: there is nothing left for it to place.
      this.#layout?.stop();
      this.#setLayoutStatus(this.#container.dataset.layout === 'idle' ? 'idle' : 'done');
    } else if (placing) this.#setLayoutStatus('done');
    if (placing) this.#scheduleArrangementReport();
    return { addedNodes: [...addedNodes], addedEdges, placed: placing ? { placedIds, unplaced } : null };
  }

  /** Reads every relation's wording again from the vocabulary: it arrived after them, or an import changed it. */
  rereadWording(): void {
    this.#cy.batch(() => {
      for (const record of this.#records.values()) {
        if ('source' in record) this.#cy.getElementById(record.id).data(toEdgeData(record));
      }
    });
  }

  /** Marks elements just added for a moment (`just-added`), so the eye finds what an action brought. */
  markAdded(ids: readonly string[], ms = JUST_ADDED_MS): void {
    clearTimeout(this.#addedTimer);
    const cy = this.#cy;
    cy.batch(() => {
      cy.elements('.just-added').removeClass('just-added');
      collectById(cy, ids).addClass('just-added');
    });
    this.#addedTimer = setTimeout(() => {
      if (!this.#cy.destroyed()) this.#cy.elements('.just-added').removeClass('just-added');
    }, ms);
  }

  #applyClasses(scene: Scene): void {
    const cy = this.#cy;
    const hideOutOfRange = scene.timelineMode === 'hide';
    let visibleNodes = 0;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const id = node.id();
        const pinned = scene.pinned.has(id);
        node.toggleClass('hidden', scene.hidden.has(id));
        node.toggleClass('pinned', pinned);
        if (pinned) node.lock();
        else node.unlock();
        node.toggleClass('truncated', scene.truncated.has(id));
        const outside = scene.outOfRange.has(id);
        node.toggleClass('out-of-range', outside && !hideOutOfRange);
        node.toggleClass('timeline-hidden', outside && hideOutOfRange);
        if (!scene.hidden.has(id) && !(outside && hideOutOfRange)) visibleNodes++;
        node.toggleClass('on-path', scene.pathIds?.has(id) ?? false);
        node.toggleClass('off-path', scene.pathIds !== null && !scene.pathIds.has(id));
      });
      cy.edges().forEach((edge) => {
        const id = edge.id();
        const outside = scene.outOfRange.has(id);
        edge.toggleClass('out-of-range', outside && !hideOutOfRange);
        edge.toggleClass('timeline-hidden', outside && hideOutOfRange);
        edge.toggleClass('on-path', scene.pathIds?.has(id) ?? false);
        edge.toggleClass('off-path', scene.pathIds !== null && !scene.pathIds.has(id));
      });
    });
    this.#container.dataset.visibleNodeCount = String(visibleNodes);
  }

  #applySelection(ids: readonly string[]): void {
    this.#selection = ids;
    const wanted = new Set(ids);
    this.#cy.batch(() => {
      this.#cy.$(':selected').forEach((ele) => {
        if (!wanted.has(ele.id())) ele.unselect();
      });
      for (const id of ids) {
        const ele = this.#cy.getElementById(id);
        if (ele.nonempty() && !ele.selected()) ele.select();
      }
    });
  }

  /**
   * Lays out what is visible; resolves when the layout (and its animation) has finished. The force layout is computed in
   * a worker while the canvas goes on answering, then its positions are applied here.
   */
  runLayout(run: LayoutRun): Promise<void> {
    const cy = this.#cy;
    this.#layout?.stop();
    const nodes = cy.nodes().not('.hidden, .timeline-hidden');
    if (nodes.length === 0) {
      // Nothing to lay out: an empty canvas that was never laid out stays 'idle' so tests keep waiting for real content.
      if (this.#container.dataset.layout !== 'idle') this.#setLayoutStatus('done');
      this.#layoutDone = Promise.resolve();
      return this.#layoutDone;
    }
    const roots = collectById(cy, run.rootIds).nodes();
    // A fresh force layout stopped before its positions came back left its nodes where they started, all in a heap: the
    // next layout starts afresh too rather than from the heap.
    const incremental = run.incremental && !this.#freshLayoutOwed;
    const request = {
      name: run.name,
      nodes,
      animate: this.#options.animate,
      incremental,
      roots,
      ...(run.fixedIds ? { fixedIds: new Set(run.fixedIds) } : {}),
    };
    const draft = isDraftLayout(request);
    this.#setLayoutStatus('running');
    // A large graph laid out afresh would first be drawn where its nodes start, all in a heap: a second or more of the
    // page's time spent on a picture nobody needs. Drawing waits for the positions instead.
    if (request.name === FORCE_LAYOUT && !incremental) this.#freshLayoutOwed = true;
    const holdDrawing = request.name === FORCE_LAYOUT && !incremental && nodes.length >= HOLD_DRAWING_MIN_NODES;
    if (holdDrawing) {
      cy.startBatch();
      this.#container.dataset.layoutHold = 'true';
      this.#container.setAttribute('aria-busy', 'true');
    }
    let drawingHeld = holdDrawing;
    const releaseDrawing = () => {
      if (!drawingHeld) return;
      drawingHeld = false;
      delete this.#container.dataset.layoutHold;
      this.#container.removeAttribute('aria-busy');
      if (!cy.destroyed()) cy.endBatch();
    };
    this.#layoutDone = new Promise<void>((resolve) => {
      let finished = false;
      let stopping = false;
      let moving: Layouts | null = null;
      const handle: RunningLayout = {
        stop: () => {
          // Cytoscape ends a layout it is told to stop at once, with its usual 'layoutstop': not a completion.
          stopping = true;
          this.#forceLayouts.cancel();
          moving?.stop();
          finish(false);
        },
      };
      const finish = (completed: boolean) => {
        if (finished) return;
        finished = true;
        releaseDrawing();
        const current = this.#layout === handle && !cy.destroyed();
        if (!cy.destroyed()) cy.maxZoom(MAX_ZOOM);
        if (completed && current && incremental && !draft) {
          this.#bringIntoView(
            collectById(cy, run.keepInView ?? run.rootIds)
              .nodes()
              .not('.hidden, .timeline-hidden'),
          );
        }
        if (completed && current && draft) this.#spread(nodes);
        if (this.#layout === handle) {
          this.#layout = null;
          this.#setLayoutStatus('done');
          this.#scheduleArrangementReport();
        }
        resolve();
      };
      const move = (options: LayoutOptions) => {
        releaseDrawing();
        this.#freshLayoutOwed = false;
        // A layout fits its result; cap that fit so a handful of nodes is not blown up to fill the screen.
        cy.maxZoom(FIT_MAX_ZOOM);
        // Nodes removed or hidden while the layout was computed are left out; the edges count in the fit.
        const shown = nodes.filter((node) => node.inside() && !node.is('.hidden, .timeline-hidden'));
        const layout = shown.union(shown.edgesWith(shown)).layout(options);
        moving = layout;
        layout.one('layoutstop', () => finish(!stopping));
        try {
          layout.run();
        } catch (error) {
          console.error('Layout failed', error);
          finish(false);
        }
      };
      this.#layout = handle;
      if (request.name !== FORCE_LAYOUT) {
        move(layoutOptions({ ...request, name: request.name }));
        return;
      }
      let prepared: PreparedForceLayout;
      try {
        prepared = this.#forceLayoutJob(request);
      } catch (error) {
        // Whatever went wrong, the layout ends: drawing released, waiters answered.
        console.error('Layout failed', error);
        finish(false);
        return;
      }
      const { job, offsets } = prepared;
      void this.#forceLayouts.run(job).then(
        (outcome) => {
          // Stopped, replaced, or the canvas rebuilt meanwhile: whoever took over has finished this one.
          if (finished || this.#layout !== handle || cy.destroyed()) return;
          if (outcome === null) {
            finish(false);
            return;
          }
          if ('error' in outcome) {
            console.error('Layout failed', outcome.error);
            finish(false);
            return;
          }
          move(forceLayoutPlacement(request, toNodePositions(outcome.positions, offsets)));
        },
        (error: unknown) => {
          console.error('Layout failed', error);
          finish(false);
        },
      );
    });
    return this.#layoutDone;
  }

  /**
   * The force layout's job: each node as the box it takes (with its label while labels count) and where that box starts,
   * and how far each node sits from the middle of its box, to turn the boxes' new places back into node positions.
   */
  #forceLayoutJob(request: LayoutRequest): PreparedForceLayout {
    const labels = forceLayoutCountsLabels(request.nodes.length);
    const offsets = new Map<string, Position>();
    const middles = new Map<string, Position>();
    const jobNodes: ForceLayoutJob['nodes'] = [];
    request.nodes.forEach((node) => {
      const at = node.position();
      // Without labels a node's box is centred on it; its size is cheap to read, where a bounding box costs a measure.
      const box = labels
        ? node.boundingBox({ includeLabels: true, includeOverlays: false, includeUnderlays: false })
        : { x1: at.x - node.outerWidth() / 2, y1: at.y - node.outerHeight() / 2, w: node.outerWidth(), h: node.outerHeight() };
      const middle = { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
      offsets.set(node.id(), { x: at.x - middle.x, y: at.y - middle.y });
      middles.set(node.id(), middle);
      jobNodes.push({ id: node.id(), x: middle.x, y: middle.y, w: box.w, h: box.h });
    });
    const edges = request.nodes
      .edgesWith(request.nodes)
      .map((edge) => ({ id: edge.id(), source: edge.source().id(), target: edge.target().id() }));
    return { job: { nodes: jobNodes, edges, settings: forceLayoutSettings(request, middles) }, offsets };
  }

  /**
   * Moves the viewport as little as it can so the nodes are all in view: not at all when they already are; else at the
   * current zoom, centred on them; zoomed out only as far as they need (never zoomed in).
   */
  #bringIntoView(nodes: NodeCollection): void {
    const cy = this.#cy;
    if (nodes.empty()) return;
    const pad = LAYOUT_PADDING;
    const width = cy.width();
    const height = cy.height();
    const shown = nodes.renderedBoundingBox({ includeLabels: true });
    if (shown.x1 >= pad / 2 && shown.y1 >= pad / 2 && shown.x2 <= width - pad / 2 && shown.y2 <= height - pad / 2) return;
    const box = nodes.boundingBox({ includeLabels: true });
    const fitting = Math.min((width - 2 * pad) / Math.max(1, box.w), (height - 2 * pad) / Math.max(1, box.h));
    const zoom = Math.max(cy.minZoom(), Math.min(cy.zoom(), fitting));
    const pan = { x: width / 2 - zoom * (box.x1 + box.w / 2), y: height / 2 - zoom * (box.y1 + box.h / 2) };
    if (this.#options.animate) cy.animate({ zoom, pan }, { duration: ANIMATION_MS });
    else cy.viewport({ zoom, pan });
  }

  /** Scales a draft layout about its centre so nodes stop piling on each other, then fits it. */
  #spread(nodes: NodeCollection): void {
    const box = nodes.boundingBox({ includeLabels: false });
    const factor = spreadFactor(nodes.length, box);
    const cx = box.x1 + box.w / 2;
    const cy = box.y1 + box.h / 2;
    this.#cy.batch(() => {
      nodes.positions((node) => {
        const p = node.position();
        return { x: cx + (p.x - cx) * factor, y: cy + (p.y - cy) * factor };
      });
    });
    this.#cy.maxZoom(FIT_MAX_ZOOM);
    this.#cy.fit(nodes, 40);
    this.#cy.maxZoom(MAX_ZOOM);
  }

  /** Fits the given elements once any running layout has settled. */
  async fitWhenSettled(ids: readonly string[]): Promise<void> {
    await this.#layoutDone;
    if (!this.#cy.destroyed()) this.fit(ids);
  }

  fit(ids?: readonly string[]): void {
    const cy = this.#cy;
    const eles = ids && ids.length > 0 ? collectById(cy, ids) : cy.elements(':visible');
    if (eles.length === 0) return;
    cy.maxZoom(FIT_MAX_ZOOM);
    cy.animate({ fit: { eles, padding: 60 } }, { duration: 300, complete: () => cy.maxZoom(MAX_ZOOM) });
  }

  zoomBy(factor: number): void {
    const cy = this.#cy;
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    cy.animate({ zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: 150 });
  }

  /** Centres on an element once any running layout has settled, zooming in if the view is far out. */
  async focus(id: string): Promise<void> {
    await this.#layoutDone;
    const cy = this.#cy;
    const ele = cy.getElementById(id);
    if (ele.empty() || cy.destroyed()) return;
    cy.animate({ center: { eles: ele }, zoom: Math.max(cy.zoom(), 1) }, { duration: 350 });
  }

  /** The canvas as a picture, and the pixels per CSS pixel it was drawn at (less than usual for a very large graph). */
  exportPng(): { blob: Blob; scale: number } {
    const cy = this.#cy;
    const box = cy.elements().boundingBox();
    const scale = pictureScaleFor(box.w, box.h);
    // Given a maximum size, Cytoscape leaves the screen's pixel ratio out of the scale, so the picture is as sized here.
    const blob = cy.png({ output: 'blob', full: true, scale, bg: '#ffffff', maxWidth: MAX_PICTURE_SIDE, maxHeight: MAX_PICTURE_SIDE });
    return { blob, scale };
  }

  destroy(): void {
    clearTimeout(this.#addedTimer);
    this.#keyboard.destroy();
    clearTimeout(this.#arrangementTimer);
    this.#resizeObserver.disconnect();
    this.#layout?.stop();
    this.#forceLayouts.dispose();
    this.#cy.destroy();
  }
}
