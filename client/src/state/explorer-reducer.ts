// The explorer's reducer: the only code that changes view state.
import type { Graph, GraphEdge, GraphNode } from '@kgx/contract';
import type { ExplorerAction, HistoryAction } from './explorer-actions.ts';
import {
  EMPTY_RELATION_QUERY,
  withoutTimeBudget,
  type CanvasPoint,
  type CanvasViewport,
  type ExplorerState,
  type TimelineState,
} from './explorer-state.ts';
import { withCanvasHistory } from './canvas-history.ts';

function without(list: readonly string[], drop: ReadonlySet<string>): string[] {
  return list.filter((id) => !drop.has(id));
}

function union(list: readonly string[], add: readonly string[]): string[] {
  const seen = new Set(list);
  return [...list, ...add.filter((id) => !seen.has(id) && seen.add(id))];
}

/** Adds nodes and edges; an edge comes in only when both its ends are on the canvas. */
function mergeGraph(nodes: Record<string, GraphNode>, edges: Record<string, GraphEdge>, graph: Graph) {
  const nextNodes = { ...nodes };
  for (const node of graph.nodes) nextNodes[node.id] = { ...nextNodes[node.id], ...node };
  const nextEdges = { ...edges };
  for (const edge of graph.edges) {
    if (nextNodes[edge.source] && nextNodes[edge.target]) nextEdges[edge.id] = edge;
  }
  return { nodes: nextNodes, edges: nextEdges };
}

function keepPresent(state: ExplorerState, ids: readonly string[]): string[] {
  return ids.filter((id) => state.nodes[id] !== undefined || state.edges[id] !== undefined);
}

function samePositions(a: Record<string, CanvasPoint>, b: Record<string, CanvasPoint>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((id) => {
    const p = a[id];
    const q = b[id];
    return p !== undefined && q !== undefined && p.x === q.x && p.y === q.y;
  });
}

function sameViewport(a: CanvasViewport | null, b: CanvasViewport | null): boolean {
  if (a === null || b === null) return a === b;
  return a.zoom === b.zoom && a.center.x === b.center.x && a.center.y === b.center.y;
}

/** Every change but undo and redo, which the canvas history wraps around this. */
function reduceView(state: ExplorerState, action: Exclude<ExplorerAction, HistoryAction>): ExplorerState {
  switch (action.type) {
    case 'graph/merge': {
      const merged = mergeGraph(state.nodes, state.edges, action.graph);
      const keepPlaces = action.keepPlaces === true && Object.keys(state.positions).length > 0;
      const placement = { seq: (state.placement?.seq ?? 0) + 1, positions: state.positions, viewport: state.viewport };
      const next = { ...state, ...merged, ...(keepPlaces ? { placement } : {}) };
      return action.select ? { ...next, selection: keepPresent(next, action.select) } : next;
    }
    case 'graph/replace': {
      const merged = mergeGraph({}, {}, action.graph);
      const next: ExplorerState = { ...state, ...merged, hidden: [], pinned: [], selection: [], truncations: {}, path: null };
      return { ...next, selection: keepPresent(next, action.select ?? []) };
    }
    case 'graph/clear':
      return { ...state, nodes: {}, edges: {}, hidden: [], pinned: [], selection: [], truncations: {}, path: null };
    case 'nodes/remove': {
      const drop = new Set(action.ids);
      const nodes = { ...state.nodes };
      for (const id of drop) delete nodes[id];
      const edges: Record<string, GraphEdge> = {};
      for (const edge of Object.values(state.edges)) {
        if (drop.has(edge.source) || drop.has(edge.target)) drop.add(edge.id);
        else edges[edge.id] = edge;
      }
      const truncations = { ...state.truncations };
      for (const id of action.ids) delete truncations[id];
      return {
        ...state,
        nodes,
        edges,
        truncations,
        hidden: without(state.hidden, drop),
        pinned: without(state.pinned, drop),
        selection: without(state.selection, drop),
      };
    }
    case 'nodes/hide': {
      const ids = action.ids.filter((id) => state.nodes[id] !== undefined);
      return { ...state, hidden: union(state.hidden, ids), selection: without(state.selection, new Set(ids)) };
    }
    case 'nodes/show':
      return { ...state, hidden: action.ids ? without(state.hidden, new Set(action.ids)) : [] };
    case 'nodes/pin': {
      const ids = action.ids.filter((id) => state.nodes[id] !== undefined);
      return { ...state, pinned: action.pinned ? union(state.pinned, ids) : without(state.pinned, new Set(ids)) };
    }
    case 'selection/set':
      return { ...state, selection: keepPresent(state, action.ids) };
    case 'panel/set':
      return { ...state, panel: action.panel };
    case 'layout/set':
      return { ...state, layout: action.layout, layoutRun: state.layoutRun + 1 };
    case 'layout/rerun':
      return { ...state, layoutRun: state.layoutRun + 1 };
    case 'neighbor-filter/set':
      return { ...state, neighborFilter: action.filter };
    case 'truncation/set': {
      const truncations = { ...state.truncations };
      if (action.truncation.shown < action.truncation.total) truncations[action.truncation.centerId] = action.truncation;
      else delete truncations[action.truncation.centerId];
      return { ...state, truncations };
    }
    case 'path-form/set':
      return { ...state, pathForm: { ...state.pathForm, ...action.form } };
    case 'path/start': {
      const keepView = action.keepView ? { keepView: true } : {};
      return {
        ...state,
        pathForm: withoutTimeBudget(action.query),
        path: { query: action.query, status: 'loading', paths: [], activeIndex: null, ...keepView },
      };
    }
    case 'path/done':
      return {
        ...state,
        path: {
          query: action.query,
          status: 'done',
          paths: action.paths,
          ...(action.timeOrder ? { timeOrder: action.timeOrder } : {}),
          ...(action.hubDegree !== undefined ? { hubDegree: action.hubDegree } : {}),
          activeIndex: null,
          ...(state.path?.keepView && state.path.query === action.query ? { keepView: true } : {}),
        },
      };
    case 'path/fail':
      return { ...state, path: { query: action.query, status: 'error', paths: [], error: action.error, activeIndex: null } };
    case 'path/activate':
      return state.path ? { ...state, path: { ...state.path, activeIndex: action.index } } : state;
    case 'path/clear':
      return { ...state, path: null };
    case 'relation-form/set':
      return { ...state, relationForm: { ...state.relationForm, ...action.form } };
    case 'relations/start':
      return {
        ...state,
        relationForm: { ...action.query },
        relations: { query: action.query, status: 'loading', triples: [], total: 0, truncated: false },
      };
    case 'relations/done':
      return {
        ...state,
        relations: { query: action.query, status: 'done', triples: action.triples, total: action.total, truncated: action.truncated },
      };
    case 'relations/fail':
      return {
        ...state,
        relations: { query: action.query, status: 'error', triples: [], total: 0, truncated: false, error: action.error },
      };
    case 'relations/clear':
      return { ...state, relations: null };
    case 'relations/reset':
      // Replaced, not merged: an empty form merged over a filled one left its subject, object and dates in place.
      return { ...state, relationForm: EMPTY_RELATION_QUERY, relations: null };
    case 'timeline/set':
      return { ...state, timeline: action.timeline };
    case 'timeline/patch': {
      const timeline: TimelineState = { ...state.timeline, ...action.patch };
      if (!timeline.from) delete timeline.from;
      if (!timeline.to) delete timeline.to;
      if (!timeline.scope) delete timeline.scope;
      return { ...state, timeline };
    }
    case 'map/set':
      return { ...state, mapOpen: action.open };
    case 'table/set':
      return { ...state, tableOpen: action.open };
    case 'types/set-hidden':
      return { ...state, hiddenTypes: [...new Set(action.types)].sort() };
    case 'reader/open':
      return { ...state, reader: action.reader };
    case 'reader/close':
      return { ...state, reader: null };
    case 'view/restore': {
      const merged = mergeGraph({}, {}, action.graph);
      const present = (ids: readonly string[]) => ids.filter((id) => merged.nodes[id] !== undefined);
      const truncations = Object.fromEntries(Object.entries(state.truncations).filter(([id]) => merged.nodes[id] !== undefined));
      const next: ExplorerState = {
        ...state,
        ...merged,
        hidden: present(action.hidden),
        pinned: present(action.pinned),
        truncations,
        layout: action.layout,
      };
      next.selection = keepPresent(next, state.selection);
      const positions = Object.fromEntries(Object.entries(action.positions).filter(([id]) => merged.nodes[id] !== undefined));
      if (Object.keys(positions).length === 0) return next;
      const seq = (state.placement?.seq ?? 0) + 1;
      return { ...next, positions, viewport: action.viewport, placement: { seq, positions, viewport: action.viewport } };
    }
    case 'canvas/arranged':
      // Reported after every layout, drag and pan: an unchanged report must not wake every component.
      if (samePositions(state.positions, action.positions) && sameViewport(state.viewport, action.viewport)) return state;
      return { ...state, positions: action.positions, viewport: action.viewport };
    case 'focus':
      return { ...state, focus: { id: action.id, seq: (state.focus?.seq ?? 0) + 1 } };
    case 'busy/start':
      return { ...state, busy: { ...state.busy, [action.key]: action.label } };
    case 'busy/end': {
      if (!(action.key in state.busy)) return state;
      const busy = { ...state.busy };
      delete busy[action.key];
      return { ...state, busy };
    }
    case 'notice/show': {
      const id = state.noticeCount + 1;
      return { ...state, notice: { ...action.notice, id }, noticeCount: id };
    }
    case 'notice/dismiss':
      return { ...state, notice: null };
  }
}

/** The explorer's reducer: every change, with the canvas changes recorded so that they can be undone. */
export const explorerReducer = withCanvasHistory(reduceView);
