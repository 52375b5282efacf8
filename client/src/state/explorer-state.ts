// The shape of the explorer's view state: what is on the canvas, what is selected, and each panel's query.
import {
  DEFAULT_PATH_HOPS,
  DEFAULT_PATHS,
  type EntityType,
  type GraphEdge,
  type GraphNode,
  type Path,
  type RelationType,
  type Triple,
} from '@kgx/contract';

export const PANELS = ['explore', 'paths', 'who', 'timeline', 'cypher'] as const;
export type PanelId = (typeof PANELS)[number];

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export type TimelineMode = 'dim' | 'hide';

/** Which neighbours a double-click (or "Expand") brings in. */
export interface NeighbourFilter {
  relations: RelationType[];
  types: EntityType[];
}

/** Where the API capped a neighbourhood: `shown` of `total` relations came back with `limit`. */
export interface Truncation {
  centerId: string;
  total: number;
  shown: number;
  limit: number;
}

export interface PathQuery {
  from: string;
  to: string;
  maxHops: number;
  k: number;
  relations: RelationType[];
}

export const DEFAULT_PATH_QUERY: Omit<PathQuery, 'from' | 'to'> = { maxHops: DEFAULT_PATH_HOPS, k: DEFAULT_PATHS, relations: [] };

/** The path finder's fields while they are being filled in. */
export interface PathForm {
  from?: string;
  to?: string;
  maxHops: number;
  k: number;
  relations: RelationType[];
}

export interface RelationQuery {
  subject?: string;
  predicates: RelationType[];
  object?: string;
  subjectTypes: EntityType[];
  objectTypes: EntityType[];
  from?: string;
  to?: string;
}

export const EMPTY_RELATION_QUERY: RelationQuery = { predicates: [], subjectTypes: [], objectTypes: [] };

export type RequestStatus = 'loading' | 'done' | 'error';

export interface PathResult {
  query: PathQuery;
  status: RequestStatus;
  paths: Path[];
  error?: string;
  /** The path singled out in the list; null highlights them all. */
  activeIndex: number | null;
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
}

export interface ReaderState {
  documentId: string;
  quote?: string;
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
  neighbourFilter: NeighbourFilter;
  truncations: Record<string, Truncation>;
  pathForm: PathForm;
  path: PathResult | null;
  relationForm: RelationQuery;
  relations: RelationResult | null;
  timeline: TimelineState;
  reader: ReaderState | null;
  /** An element the canvas should centre on; `seq` makes a repeated request distinct. */
  focus: { id: string; seq: number } | null;
  /** Operations under way, by key, with a label to show. */
  busy: Record<string, string>;
  notice: Notice | null;
}

export const INITIAL_STATE: ExplorerState = {
  nodes: {},
  edges: {},
  hidden: [],
  pinned: [],
  selection: [],
  panel: 'explore',
  layout: 'fcose',
  layoutRun: 0,
  neighbourFilter: { relations: [], types: [] },
  truncations: {},
  pathForm: { ...DEFAULT_PATH_QUERY },
  path: null,
  relationForm: EMPTY_RELATION_QUERY,
  relations: null,
  timeline: { mode: 'dim' },
  reader: null,
  focus: null,
  busy: {},
  notice: null,
};
