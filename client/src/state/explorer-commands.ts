// What the explorer does that takes a request: each command calls the API and dispatches the outcome.
import { MAX_NEIGHBORS, type Graph, type GraphEdge, type GraphNode, type TimelineResponse } from '@kgx/contract';
import { describeError, isAbortError } from '../api/api-error.ts';
import { fetchEntity, fetchNeighbors } from '../api/entities.ts';
import { findPaths } from '../api/paths.ts';
import { queryRelations } from '../api/relations.ts';
import { fetchOverview } from '../api/overview.ts';
import { fetchTimelineWindow } from '../api/timeline.ts';
import { formatDuration } from '../domain/durations.ts';
import type { ExplorerAction } from './explorer-actions.ts';
import type { ExplorerState, PathQuery, RelationQuery } from './explorer-state.ts';
import { samePathQuery, sameRelationQuery } from './address-change.ts';
import { mapConcurrently } from './map-concurrently.ts';
import type { UrlView } from './url-state.ts';

export interface CommandContext {
  dispatch: (action: ExplorerAction) => void;
  getState: () => ExplorerState;
}

export interface ExplorerCommands {
  loadOverview(): Promise<void>;
  /** Puts an entity on the canvas with its relations to what is already there, and selects it. */
  addEntity(id: string): Promise<void>;
  /** Brings in an entity's neighbors, filtered by the current neighbor filter. */
  expand(id: string, limit?: number): Promise<void>;
  /** Asks again for a capped neighborhood with a higher limit. */
  loadMore(id: string): Promise<void>;
  addGraph(graph: Graph, options?: { select?: string[]; replace?: boolean }): void;
  /**
   * Finds paths and puts them on the canvas; `keepView` leaves the view and what is drawn where it is, laying out the
   * steps not on the canvas around it, instead of fitting the paths into view.
   */
  runPaths(query: PathQuery, options?: { keepView?: boolean }): Promise<void>;
  runRelations(query: RelationQuery): Promise<void>;
  /**
   * Puts what happened in a window of the whole graph on the canvas (events and dated relations, the earliest first, up
   * to `limit` of each); answers what came, or null when it failed or was replaced by a newer window.
   */
  showPeriod(
    window: { from: string; to: string },
    limit: number,
    opts?: { group?: string; label?: string },
  ): Promise<TimelineResponse | null>;
  /**
   * Makes the view what a link (or a Back or Forward step) describes; what is already on the canvas is kept, and a path
   * or who-did-what query already answered is not asked again.
   */
  restoreView(view: UrlView): Promise<void>;
  openDocument(documentId: string, quote?: string): void;
  /** Cancels every request under way (a test or benchmark loading its own graph must not be overwritten). */
  cancelPending(): void;
}

const NEIGHBOR_STEP = 100;
const RESTORE_CONCURRENCY = 6;
const RELATION_QUERY_LIMIT = 200;

export function createExplorerCommands({ dispatch, getState }: CommandContext): ExplorerCommands {
  const inFlight = new Map<string, AbortController>();

  /** Starts a request under a key, cancelling the previous one with the same key. */
  function begin(key: string, label: string): AbortSignal {
    inFlight.get(key)?.abort();
    const controller = new AbortController();
    inFlight.set(key, controller);
    dispatch({ type: 'busy/start', key, label });
    return controller.signal;
  }

  /** The overview replaces the canvas, so it must not land on top of something the user has just put there. */
  function cancelOverview(): void {
    const controller = inFlight.get('overview');
    if (!controller) return;
    controller.abort();
    inFlight.delete('overview');
    dispatch({ type: 'busy/end', key: 'overview' });
  }

  function end(key: string, signal: AbortSignal): void {
    if (inFlight.get(key)?.signal !== signal) return;
    inFlight.delete(key);
    dispatch({ type: 'busy/end', key });
  }

  function fail(error: unknown, what: string): void {
    if (isAbortError(error)) return;
    dispatch({ type: 'notice/show', notice: { kind: 'error', message: `${what}: ${describeError(error)}` } });
  }

  function nameOf(id: string): string {
    return getState().nodes[id]?.name ?? id;
  }

  async function loadOverview(): Promise<void> {
    const signal = begin('overview', 'Loading the overview…');
    try {
      const overview = await fetchOverview({}, { signal });
      dispatch({ type: 'graph/replace', graph: { nodes: overview.nodes, edges: overview.edges }, label: 'load the overview' });
    } catch (error) {
      fail(error, 'Could not load the overview');
    } finally {
      end('overview', signal);
    }
  }

  async function addEntity(id: string): Promise<void> {
    cancelOverview();
    const key = `add:${id}`;
    const signal = begin(key, `Adding ${nameOf(id)}…`);
    try {
      const [entity, neighbors] = await Promise.all([
        fetchEntity(id, { signal }),
        fetchNeighbors(id, { limit: MAX_NEIGHBORS }, { signal }).catch(() => null),
      ]);
      const onCanvas = getState().nodes;
      const edges = (neighbors?.edges ?? []).filter((e) => onCanvas[e.source] !== undefined || onCanvas[e.target] !== undefined);
      dispatch({ type: 'graph/merge', graph: { nodes: [entity.entity], edges }, select: [id], label: `add ${entity.entity.name}` });
      dispatch({ type: 'focus', id });
    } catch (error) {
      fail(error, `Could not add ${id}`);
    } finally {
      end(key, signal);
    }
  }

  async function expand(id: string, limit = NEIGHBOR_STEP): Promise<void> {
    const key = `expand:${id}`;
    const signal = begin(key, `Expanding ${nameOf(id)}…`);
    const filter = getState().neighborFilter;
    try {
      const response = await fetchNeighbors(id, { ...filter, limit }, { signal });
      dispatch({ type: 'graph/merge', graph: { nodes: response.nodes, edges: response.edges }, label: `expand ${nameOf(id)}` });
      dispatch({ type: 'truncation/set', truncation: { centerId: id, total: response.total, shown: response.edges.length, limit } });
      if (response.edges.length === 0) {
        const filtered = filter.type.length > 0 || filter.relation.length > 0;
        dispatch({
          type: 'notice/show',
          notice: {
            kind: 'info',
            message: `${nameOf(id)} has no ${filtered ? 'relations matching the neighbour filter' : 'further relations'}.`,
          },
        });
      }
    } catch (error) {
      fail(error, `Could not expand ${nameOf(id)}`);
    } finally {
      end(key, signal);
    }
  }

  function loadMore(id: string): Promise<void> {
    const truncation = getState().truncations[id];
    const current = truncation?.limit ?? NEIGHBOR_STEP;
    const wanted = truncation ? Math.max(current * 2, Math.min(truncation.total, current + NEIGHBOR_STEP)) : current * 2;
    return expand(id, Math.min(MAX_NEIGHBORS, wanted));
  }

  function addGraph(graph: Graph, options: { select?: string[]; replace?: boolean } = {}): void {
    cancelOverview();
    const select = options.select ? { select: options.select } : {};
    const label = options.replace ? 'replace the canvas' : 'put on the canvas';
    dispatch({ type: options.replace ? 'graph/replace' : 'graph/merge', graph, label, ...select });
  }

  async function runPaths(query: PathQuery, options: { keepView?: boolean } = {}): Promise<void> {
    const longer = query.timeBudgetMs === undefined ? '' : `, for up to ${formatDuration(query.timeBudgetMs)}`;
    const signal = begin('paths', `Finding paths${longer}…`);
    dispatch({ type: 'path/start', query, ...(options.keepView ? { keepView: true } : {}) });
    try {
      const response = await findPaths(query, { signal });
      const nodes = response.paths.flatMap((p) => p.nodes);
      const edges = response.paths.flatMap((p) => p.edges);
      const label = `add the paths from ${nameOf(query.from)} to ${nameOf(query.to)}`;
      dispatch({ type: 'graph/merge', graph: { nodes, edges }, label, ...(options.keepView ? { keepPlaces: true } : {}) });
      dispatch({
        type: 'path/done',
        query,
        paths: response.paths,
        ...(response.timeOrder ? { timeOrder: response.timeOrder } : {}),
        ...(response.hubDegree !== undefined ? { hubDegree: response.hubDegree } : {}),
      });
    } catch (error) {
      if (!isAbortError(error)) dispatch({ type: 'path/fail', query, error: describeError(error) });
    } finally {
      end('paths', signal);
    }
  }

  async function runRelations(query: RelationQuery): Promise<void> {
    const signal = begin('relations', 'Querying relations…');
    dispatch({ type: 'relations/start', query });
    try {
      const response = await queryRelations({ ...query, limit: RELATION_QUERY_LIMIT }, { signal });
      dispatch({ type: 'relations/done', query, triples: response.triples, total: response.total, truncated: response.truncated });
    } catch (error) {
      if (!isAbortError(error)) dispatch({ type: 'relations/fail', query, error: describeError(error) });
    } finally {
      end('relations', signal);
    }
  }

  async function showPeriod(
    window: { from: string; to: string },
    limit: number,
    opts: { group?: string; label?: string } = {},
  ): Promise<TimelineResponse | null> {
    cancelOverview();
    const signal = begin('period', 'Finding what happened…');
    try {
      const response = await fetchTimelineWindow({ ...window, limit }, { signal });
      if (signal.aborted) return null;
      const label = opts.label ?? `add what happened from ${window.from} to ${window.to}`;
      dispatch({
        type: 'graph/merge',
        graph: { nodes: response.nodes, edges: response.edges },
        label,
        ...(opts.group !== undefined ? { group: opts.group } : {}),
      });
      return response;
    } catch (error) {
      fail(error, 'Could not show what happened');
      return null;
    } finally {
      end('period', signal);
    }
  }

  /**
   * Puts on the canvas the entities a view names and the relations among them, then its hidden and pinned entities,
   * layout and positions. Entities already on the canvas are kept with the relations drawn among them; only the others
   * are fetched, with their neighborhoods for the relations that join them to the rest.
   */
  async function restoreCanvas(view: UrlView, signal: AbortSignal): Promise<void> {
    const wanted = new Set(view.entityIds);
    const current = getState();
    const nodes = new Map<string, GraphNode>();
    const edges = new Map<string, GraphEdge>();
    for (const id of view.entityIds) {
      const known = current.nodes[id];
      if (known) nodes.set(id, known);
    }
    for (const edge of Object.values(current.edges)) if (wanted.has(edge.source) && wanted.has(edge.target)) edges.set(edge.id, edge);
    const unknown = view.entityIds.filter((id) => !nodes.has(id));
    const neighborhoods = await mapConcurrently(unknown, RESTORE_CONCURRENCY, (id) =>
      fetchNeighbors(id, { limit: MAX_NEIGHBORS }, { signal }),
    );
    for (const result of neighborhoods) {
      if (!result.ok) continue;
      for (const node of result.value.nodes) if (wanted.has(node.id) && !nodes.has(node.id)) nodes.set(node.id, node);
      for (const edge of result.value.edges) if (wanted.has(edge.source) && wanted.has(edge.target)) edges.set(edge.id, edge);
    }
    const missing = view.entityIds.filter((id) => !nodes.has(id));
    const records = await mapConcurrently(missing, RESTORE_CONCURRENCY, (id) => fetchEntity(id, { signal }));
    let lost = 0;
    for (const record of records) {
      if (record.ok) nodes.set(record.value.entity.id, record.value.entity);
      else lost++;
    }
    if (signal.aborted) return;
    const ordered = view.entityIds.map((id) => nodes.get(id)).filter((n): n is GraphNode => n !== undefined);
    dispatch({
      type: 'view/restore',
      graph: { nodes: ordered, edges: [...edges.values()] },
      hidden: view.hidden,
      pinned: view.pinned,
      layout: view.layout,
      positions: view.positions,
      viewport: view.viewport,
    });
    if (lost > 0) {
      dispatch({
        type: 'notice/show',
        notice: { kind: 'error', message: `${lost} of the ${view.entityIds.length} entities in this link could not be loaded.` },
      });
    }
  }

  async function restoreView(view: UrlView): Promise<void> {
    dispatch({ type: 'panel/set', panel: view.panel });
    // With entities to restore, the layout comes with them (a layout set first would lay out the old canvas again).
    if (view.entityIds.length === 0 && view.layout !== getState().layout) dispatch({ type: 'layout/set', layout: view.layout });
    dispatch({ type: 'neighbor-filter/set', filter: view.neighborFilter });
    dispatch({ type: 'timeline/set', timeline: view.timeline });
    dispatch({ type: 'map/set', open: view.mapOpen });
    dispatch({ type: 'types/set-hidden', types: view.hiddenTypes });
    dispatch({ type: 'table/set', open: view.tableOpen });
    if (view.reader) dispatch({ type: 'reader/open', reader: view.reader });
    else if (getState().reader) dispatch({ type: 'reader/close' });
    const signal = begin('restore', 'Restoring the linked view…');
    try {
      if (view.entityIds.length > 0) await restoreCanvas(view, signal);
      else if (!view.pathQuery) await loadOverview();
      if (signal.aborted) return;
      const path = getState().path;
      if (view.pathQuery) {
        const answered = path !== null && path.status === 'done' && samePathQuery(path.query, view.pathQuery);
        // A link that frames the view keeps its frame and its places: the paths' other steps are laid out around them,
        // and the paths are not fitted into view over it.
        if (!answered) await runPaths(view.pathQuery, { keepView: view.viewport !== null });
      } else if (path) dispatch({ type: 'path/clear' });
      if (signal.aborted) return;
      dispatch({ type: 'selection/set', ids: view.selection });
      const relations = getState().relations;
      if (view.relationQuery) {
        const answered = relations !== null && relations.status === 'done' && sameRelationQuery(relations.query, view.relationQuery);
        if (!answered) await runRelations(view.relationQuery);
      } else if (relations) dispatch({ type: 'relations/clear' });
    } catch (error) {
      fail(error, 'Could not restore the linked view');
    } finally {
      end('restore', signal);
    }
  }

  function openDocument(documentId: string, quote?: string): void {
    dispatch({ type: 'reader/open', reader: { documentId, ...(quote ? { quote } : {}) } });
  }

  function cancelPending(): void {
    for (const [key, controller] of inFlight) {
      controller.abort();
      dispatch({ type: 'busy/end', key });
    }
    inFlight.clear();
  }

  return {
    loadOverview,
    addEntity,
    expand,
    loadMore,
    addGraph,
    runPaths,
    runRelations,
    showPeriod,
    restoreView,
    openDocument,
    cancelPending,
  };
}
