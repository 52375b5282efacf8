// The shape of the explorer's view state: what is on the canvas, what is selected, and each panel's query.
import {
  DEFAULT_PATH_HOPS,
  DEFAULT_PATHS,
  type GraphEdge,
  type GraphNode,
  type NeighborsQueryInput,
  type Path,
  type PathsQueryInput,
  type RelationsQueryInput,
  type TimeOrderSearch,
  type Triple,
} from '@kgx/contract';
import { DEFAULT_LAYOUT, type LayoutName } from '../graph-view/layouts.ts';

export const PANELS = ['explore', 'paths', 'who', 'timeline', 'documents', 'cypher', 'data', 'review', 'admin'] as const;
export type PanelId = (typeof PANELS)[number];

export type TimelineMode = 'dim' | 'hide';

/**
 * A request's parameters as the contract names them, the way forms and state hold them: the chosen keys always present,
 * lists as arrays and integers as numbers (the contract also accepts both as strings, as they arrive in a query string).
 */
export type HeldQuery<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], string | undefined> };

/** Which neighbors a double-click (or "Expand") brings in: the neighbors request's filters. */
export type NeighborFilter = HeldQuery<Pick<NeighborsQueryInput, 'relation' | 'type'>, 'relation' | 'type'>;

/** Where the API capped a neighborhood: `shown` of `total` relations came back with `limit`. */
export interface Truncation {
  centerId: string;
  total: number;
  shown: number;
  limit: number;
}

/** A paths request with every parameter set; `timeOrdered` and `includeOrgans`, off when absent, are plain booleans here. */
export type PathQuery = Omit<
  HeldQuery<PathsQueryInput, 'maxHops' | 'k' | 'relation'>,
  'timeOrdered' | 'exclude' | 'includeOrgans' | 'throughHubs' | 'timeBudgetMs'
> & {
  timeOrdered?: boolean;
  /** With timeOrdered: how long the search may look, in ms; absent, the server's default. */
  timeBudgetMs?: number;
  /** Paths may also step through hubs, which the server otherwise leaves out of a path's middle. */
  throughHubs?: boolean;
  /** With relations chosen, paths may start and end at an organ or member of their ends. */
  includeOrgans?: boolean;
  /** Entities no path may pass through; absent when none. */
  exclude?: string[];
};

/** A path query without the longer time budget one search was given ("Keep looking"): what the next search asks. */
export function withoutTimeBudget(query: PathQuery): PathQuery {
  const { timeBudgetMs: _budget, ...rest } = query;
  return rest;
}

/** The path finder's fields while they are being filled in: a path query whose ends may not be chosen yet. */
export type PathForm = Omit<PathQuery, 'from' | 'to'> & Partial<Pick<PathQuery, 'from' | 'to'>>;

export const DEFAULT_PATH_QUERY: PathForm = { maxHops: DEFAULT_PATH_HOPS, k: DEFAULT_PATHS, relation: [] };

/** A who-did-what request as the panel asks it; the command adds the limit. `includeOrgans`, off when absent, is a boolean. */
export type RelationQuery = HeldQuery<Omit<RelationsQueryInput, 'limit' | 'includeOrgans'>, 'predicate' | 'subjectType' | 'objectType'> & {
  /** A chosen subject or object also stands for its organs and members. */
  includeOrgans?: boolean;
};

export const EMPTY_RELATION_QUERY: RelationQuery = { predicate: [], subjectType: [], objectType: [] };

export type RequestStatus = 'loading' | 'done' | 'error';

export interface PathResult {
  query: PathQuery;
  status: RequestStatus;
  paths: Path[];
  /** How far a time-ordered search looked, as the server reports it. */
  timeOrder?: TimeOrderSearch;
  /** The paths stepped through no entity with more relations than this (the server's cap on hubs). */
  hubDegree?: number;
  error?: string;
  /** The path singled out in the list; null highlights them all. */
  activeIndex: number | null;
  /** Found for a link that frames the view: the canvas does not fit the paths into view when they come. */
  keepView?: boolean;
}

export interface RelationResult {
  query: RelationQuery;
  status: RequestStatus;
  triples: Triple[];
  total: number;
  truncated: boolean;
  error?: string;
}

export interface TimelineState {
  from?: string;
  to?: string;
  mode: TimelineMode;
  /** What the timeline counts and plays: the canvas (absent), or the whole graph. */
  scope?: 'graph';
}

export interface ReaderState {
  documentId: string;
  quote?: string;
}

/** A point in the canvas's model coordinates (what Cytoscape calls a node's position), rounded to whole units. */
export interface CanvasPoint {
  x: number;
  y: number;
}

/**
 * How the canvas is zoomed and panned: the zoom, and the model point drawn at the middle of the canvas. The middle rather
 * than Cytoscape's pan (where the origin is drawn from the corner) because a canvas of another width, or one that widens
 * as panels open while a link is restored, then still shows the same things in the same place.
 */
export interface CanvasViewport {
  zoom: number;
  center: CanvasPoint;
}

/**
 * Where the canvas should put its entities, and how it should be zoomed and panned, instead of laying them out: a
 * restored link or an undo. `seq` makes each request distinct; an entity it does not place is laid out around the rest.
 */
export interface Placement {
  seq: number;
  positions: Record<string, CanvasPoint>;
  viewport: CanvasViewport | null;
}

/** What undo and redo bring back: the canvas's contents, how they are drawn, and what is selected. */
export interface CanvasSnapshot {
  nodes: Record<string, GraphNode>;
  edges: Record<string, GraphEdge>;
  hidden: string[];
  pinned: string[];
  selection: string[];
  truncations: Record<string, Truncation>;
  layout: LayoutName;
  positions: Record<string, CanvasPoint>;
  viewport: CanvasViewport | null;
}

/** A change that can be undone (or redone): what to call it, and the canvas as it was before it. */
export interface CanvasHistoryEntry {
  label: string;
  snapshot: CanvasSnapshot;
  /** Changes of one group made one after another (the steps of a timeline playback) share this one entry. */
  group?: string;
}

export interface CanvasHistory {
  /** Oldest first; the last entry is what Undo undoes. */
  past: CanvasHistoryEntry[];
  /** The last entry is what Redo redoes. */
  future: CanvasHistoryEntry[];
}

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  message: string;
}

export interface ExplorerState {
  nodes: Record<string, GraphNode>;
  edges: Record<string, GraphEdge>;
  hidden: string[];
  pinned: string[];
  /** Selected node and edge ids; the last one is the one the details panel shows. */
  selection: string[];
  panel: PanelId;
  layout: LayoutName;
  /** Increases each time the canvas should lay the graph out again. */
  layoutRun: number;
  neighborFilter: NeighborFilter;
  truncations: Record<string, Truncation>;
  pathForm: PathForm;
  path: PathResult | null;
  relationForm: RelationQuery;
  relations: RelationResult | null;
  timeline: TimelineState;
  /** Whether the map of the canvas's located entities is shown beside the canvas. */
  mapOpen: boolean;
  /** Entity types the legend has switched off: their entities stay on the canvas, not shown. */
  hiddenTypes: string[];
  /** Whether the canvas is read as tables (its entities, and the relations among them) instead of drawn. */
  tableOpen: boolean;
  reader: ReaderState | null;
  /** Where each node is drawn, as the canvas last reported it (after a layout, a drag, or a placement). */
  positions: Record<string, CanvasPoint>;
  /** How the canvas is zoomed and panned, as it last reported it; null before it has. */
  viewport: CanvasViewport | null;
  /** The last request to place the canvas's nodes rather than lay them out. */
  placement: Placement | null;
  /** Canvas changes that Undo and Redo step through. */
  history: CanvasHistory;
  /** The last change Undo records, counted, with its group: the address bar reads it to give a group one Back step. */
  lastCanvasChange: { seq: number; group?: string };
  /** An element the canvas should centre on; `seq` makes a repeated request distinct. */
  focus: { id: string; seq: number } | null;
  /** Operations under way, by key, with a label to show. */
  busy: Record<string, string>;
  notice: Notice | null;
  /** How many notices have been shown: the last one's id, so a repeated message still counts as new. */
  noticeCount: number;
}

export const INITIAL_STATE: ExplorerState = {
  nodes: {},
  edges: {},
  hidden: [],
  pinned: [],
  selection: [],
  panel: 'explore',
  layout: DEFAULT_LAYOUT,
  layoutRun: 0,
  neighborFilter: { relation: [], type: [] },
  truncations: {},
  pathForm: { ...DEFAULT_PATH_QUERY },
  path: null,
  relationForm: EMPTY_RELATION_QUERY,
  relations: null,
  timeline: { mode: 'dim' },
  mapOpen: false,
  hiddenTypes: [],
  tableOpen: false,
  reader: null,
  positions: {},
  viewport: null,
  placement: null,
  history: { past: [], future: [] },
  lastCanvasChange: { seq: 0 },
  focus: null,
  busy: {},
  notice: null,
  noticeCount: 0,
};
