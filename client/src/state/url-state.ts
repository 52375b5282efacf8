// The view as a URL query string, and back: a link reproduces what is on the canvas and which panel asks what.
import {
  ENTITY_ID_PATTERN,
  EntityTypeSchema,
  RelationTypeSchema,
  MAX_PATH_HOPS,
  MAX_PATHS,
  MAX_TIME_ORDER_BUDGET_MS,
  isPartialDate,
  type EntityType,
  type RelationType,
} from '@kgx/contract';
import { DEFAULT_LAYOUT, isLayoutName, type LayoutName } from '../graph-view/layouts.ts';
import {
  DEFAULT_PATH_QUERY,
  PANELS,
  type CanvasPoint,
  type CanvasViewport,
  type NeighborFilter,
  type PanelId,
  type PathQuery,
  type ReaderState,
  type RelationQuery,
  type TimelineState,
} from './explorer-state.ts';

/** The part of the view state that a link carries. */
export interface UrlView {
  entityIds: string[];
  hidden: string[];
  pinned: string[];
  selection: string[];
  panel: PanelId;
  layout: LayoutName;
  neighborFilter: NeighborFilter;
  pathQuery: PathQuery | null;
  relationQuery: RelationQuery | null;
  timeline: TimelineState;
  mapOpen: boolean;
  /** Entity types switched off in the legend. */
  hiddenTypes: EntityType[];
  /** The canvas read as tables. */
  tableOpen: boolean;
  reader: ReaderState | null;
  /** Where entities are drawn (`pos`, in the order of `e`); empty when the link leaves the canvas to lay them out. */
  positions: Record<string, CanvasPoint>;
  /** Zoom and the point at the middle of the canvas (`z`, `c`), carried with the positions they frame. */
  viewport: CanvasViewport | null;
}

/** The widest zoom range a link may ask for; the canvas clamps further to its own. */
export const LINK_ZOOM_RANGE = { min: 0.01, max: 10 } as const;
/** The largest coordinate a link may carry, far beyond any canvas, so a hostile link cannot ask for Infinity or 1e308. */
export const MAX_LINK_COORDINATE = 10_000_000;

export const EMPTY_URL_VIEW: UrlView = {
  entityIds: [],
  hidden: [],
  pinned: [],
  selection: [],
  panel: 'explore',
  layout: DEFAULT_LAYOUT,
  neighborFilter: { relation: [], type: [] },
  pathQuery: null,
  relationQuery: null,
  timeline: { mode: 'dim' },
  mapOpen: false,
  hiddenTypes: [],
  tableOpen: false,
  reader: null,
  positions: {},
  viewport: null,
};

/** Percent-encodes a value but keeps `:` readable, so ids stay legible in the address bar. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replaceAll('%3A', ':');
}

function encodeList(values: readonly string[]): string {
  return values.map(encodeValue).join(',');
}

function decodeValue(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replaceAll('+', ' '));
  } catch {
    return null;
  }
}

function decodeList(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw
    .split(',')
    .map(decodeValue)
    .filter((v): v is string => v !== null && v !== '');
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function isEntityId(value: string): boolean {
  return ENTITY_ID_PATTERN.test(value);
}

/** Types are checked by their form only: the vocabulary is the server's, and it refuses a type it does not have. */
function isEntityType(value: string): value is EntityType {
  return EntityTypeSchema.safeParse(value).success;
}

function isRelationType(value: string): value is RelationType {
  return RelationTypeSchema.safeParse(value).success;
}

function boundedInt(raw: string | undefined, min: number, max: number, fallback: number): number {
  if (raw === undefined || !/^\d+$/.test(raw)) return fallback;
  return Math.min(max, Math.max(min, Number(raw)));
}

/** An integer within bounds, or nothing when absent, malformed or out of bounds. */
function optionalInt(raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined || !/^\d{1,9}$/.test(raw)) return undefined;
  const value = Number(raw);
  return value >= min && value <= max ? value : undefined;
}

function optionalDate(raw: string | undefined): string | undefined {
  const value = raw === undefined ? null : decodeValue(raw);
  return value !== null && isPartialDate(value) ? value : undefined;
}

function optionalEntity(raw: string | undefined): string | undefined {
  const value = raw === undefined ? null : decodeValue(raw);
  return value !== null && isEntityId(value) ? value : undefined;
}

/** Rounds to `decimals` places, and never writes -0. */
function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor + 0;
}

/**
 * A point as `x_y` (`_` needs no escaping and cannot be mistaken for a minus sign). Positions go in whole units; the
 * middle of the view to a tenth, as at the largest zoom a whole unit would be several pixels.
 */
function encodePoint(point: CanvasPoint, decimals = 0): string {
  return `${round(point.x, decimals)}_${round(point.y, decimals)}`;
}

function decodeCoordinate(raw: string): number | null {
  if (!/^-?\d{1,8}(\.\d{1,3})?$/.test(raw)) return null;
  const value = Number(raw);
  return Number.isFinite(value) && Math.abs(value) <= MAX_LINK_COORDINATE ? value : null;
}

function decodePoint(raw: string | undefined): CanvasPoint | null {
  const parts = raw?.split('_');
  if (parts?.length !== 2) return null;
  const x = decodeCoordinate(parts[0] ?? '');
  const y = decodeCoordinate(parts[1] ?? '');
  return x === null || y === null ? null : { x, y };
}

function decodeViewport(zoomRaw: string | undefined, centerRaw: string | undefined): CanvasViewport | null {
  if (zoomRaw === undefined || !/^\d{1,3}(\.\d{1,6})?$/.test(zoomRaw)) return null;
  const zoom = Number(zoomRaw);
  const center = decodePoint(centerRaw);
  if (!Number.isFinite(zoom) || zoom < LINK_ZOOM_RANGE.min || zoom > LINK_ZOOM_RANGE.max || center === null) return null;
  return { zoom, center };
}

/**
 * The entities a link names (`e`), each with the position at the same place in `pos` if it has a valid one: ids that
 * are not entity ids, and repeats, are dropped with their positions.
 */
function decodeEntities(eRaw: string | undefined, posRaw: string | undefined): { ids: string[]; positions: Record<string, CanvasPoint> } {
  const ids: string[] = [];
  const positions: Record<string, CanvasPoint> = {};
  if (!eRaw) return { ids, positions };
  const points = posRaw ? posRaw.split(',') : [];
  eRaw.split(',').forEach((rawId, index) => {
    const id = decodeValue(rawId);
    if (id === null || !isEntityId(id) || ids.includes(id)) return;
    ids.push(id);
    const point = decodePoint(points[index]);
    if (point) positions[id] = point;
  });
  return { ids, positions };
}

/** Encodes a view; parameters at their defaults are left out so links stay short. */
export function encodeUrlView(view: UrlView): string {
  const params: [string, string][] = [];
  const add = (key: string, value: string | undefined) => {
    if (value !== undefined && value !== '') params.push([key, value]);
  };
  add('panel', view.panel === 'explore' ? undefined : view.panel);
  add('e', encodeList(view.entityIds));
  if (view.entityIds.some((id) => view.positions[id] !== undefined)) {
    add('pos', view.entityIds.map((id) => (view.positions[id] ? encodePoint(view.positions[id]) : '')).join(','));
  }
  if (view.viewport) {
    add('z', String(round(view.viewport.zoom, 4)));
    add('c', encodePoint(view.viewport.center, 1));
  }
  add('sel', encodeList(view.selection));
  add('hidden', encodeList(view.hidden));
  add('pinned', encodeList(view.pinned));
  add('layout', view.layout === DEFAULT_LAYOUT ? undefined : view.layout);
  add('xr', encodeList(view.neighborFilter.relation));
  add('xt', encodeList(view.neighborFilter.type));
  if (view.pathQuery) {
    add('pf', encodeValue(view.pathQuery.from));
    add('pt', encodeValue(view.pathQuery.to));
    add('hops', String(view.pathQuery.maxHops));
    add('k', String(view.pathQuery.k));
    add('pr', encodeList(view.pathQuery.relation));
    add('po', view.pathQuery.timeOrdered ? '1' : undefined);
    // A search given longer to look ("Keep looking") may have found paths the default budget does not reach.
    add('pb', view.pathQuery.timeOrdered && view.pathQuery.timeBudgetMs !== undefined ? String(view.pathQuery.timeBudgetMs) : undefined);
    add('pi', view.pathQuery.includeOrgans ? '1' : undefined);
    add('ph', view.pathQuery.throughHubs ? '1' : undefined);
    add('px', encodeList(view.pathQuery.exclude ?? []));
  }
  const rq = view.relationQuery;
  if (rq) {
    add('ws', rq.subject ? encodeValue(rq.subject) : undefined);
    add('wp', encodeList(rq.predicate));
    add('wo', rq.object ? encodeValue(rq.object) : undefined);
    add('wst', encodeList(rq.subjectType));
    add('wot', encodeList(rq.objectType));
    add('wf', rq.from);
    add('wt', rq.to);
    add('wi', rq.includeOrgans ? '1' : undefined);
    if (!params.some(([key]) => key.startsWith('w'))) add('w', '1');
  }
  add('t0', view.timeline.from);
  add('t1', view.timeline.to);
  add('tm', view.timeline.mode === 'dim' ? undefined : view.timeline.mode);
  add('ts', view.timeline.scope);
  add('map', view.mapOpen ? '1' : undefined);
  add('ht', encodeList(view.hiddenTypes));
  add('table', view.tableOpen ? '1' : undefined);
  if (view.reader) {
    add('doc', encodeValue(view.reader.documentId));
    add('quote', view.reader.quote ? encodeValue(view.reader.quote) : undefined);
  }
  return params.length > 0 ? `?${params.map(([k, v]) => `${k}=${v}`).join('&')}` : '';
}

function readRawParams(search: string): Map<string, string> {
  const raw = new Map<string, string>();
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const key = at < 0 ? pair : pair.slice(0, at);
    raw.set(key, at < 0 ? '' : pair.slice(at + 1));
  }
  return raw;
}

/** Decodes a query string; anything malformed or unknown is dropped rather than trusted. */
export function decodeUrlView(search: string): UrlView {
  const raw = readRawParams(search);
  const { ids: entityIds, positions } = decodeEntities(raw.get('e'), raw.get('pos'));
  const onCanvas = new Set(entityIds);
  const panelValue = decodeValue(raw.get('panel') ?? '') ?? '';
  const layoutValue = decodeValue(raw.get('layout') ?? '') ?? '';
  const relations = (key: string): RelationType[] => unique(decodeList(raw.get(key))).filter(isRelationType);
  const types = (key: string): EntityType[] => unique(decodeList(raw.get(key))).filter(isEntityType);

  const from = optionalEntity(raw.get('pf'));
  const to = optionalEntity(raw.get('pt'));
  const timeBudgetMs = optionalInt(raw.get('pb'), 1, MAX_TIME_ORDER_BUDGET_MS);
  const excluded = unique(decodeList(raw.get('px'))).filter((id) => ENTITY_ID_PATTERN.test(id) && id !== from && id !== to);
  const pathQuery: PathQuery | null =
    from && to
      ? {
          from,
          to,
          maxHops: boundedInt(raw.get('hops'), 1, MAX_PATH_HOPS, DEFAULT_PATH_QUERY.maxHops),
          k: boundedInt(raw.get('k'), 1, MAX_PATHS, DEFAULT_PATH_QUERY.k),
          relation: relations('pr'),
          ...(raw.get('po') === '1' ? { timeOrdered: true } : {}),
          ...(raw.get('po') === '1' && timeBudgetMs !== undefined ? { timeBudgetMs } : {}),
          ...(raw.get('pi') === '1' ? { includeOrgans: true } : {}),
          ...(raw.get('ph') === '1' ? { throughHubs: true } : {}),
          ...(excluded.length > 0 ? { exclude: excluded } : {}),
        }
      : null;

  const hasRelationQuery = [...raw.keys()].some((key) => ['w', 'ws', 'wp', 'wo', 'wst', 'wot', 'wf', 'wt', 'wi'].includes(key));
  const subject = optionalEntity(raw.get('ws'));
  const object = optionalEntity(raw.get('wo'));
  const relFrom = optionalDate(raw.get('wf'));
  const relTo = optionalDate(raw.get('wt'));
  const relationQuery: RelationQuery | null = hasRelationQuery
    ? {
        predicate: relations('wp'),
        subjectType: types('wst'),
        objectType: types('wot'),
        ...(subject ? { subject } : {}),
        ...(object ? { object } : {}),
        ...(relFrom ? { from: relFrom } : {}),
        ...(relTo ? { to: relTo } : {}),
        ...(raw.get('wi') === '1' ? { includeOrgans: true } : {}),
      }
    : null;

  const t0 = optionalDate(raw.get('t0'));
  const t1 = optionalDate(raw.get('t1'));
  const documentId = decodeValue(raw.get('doc') ?? '');
  const quote = decodeValue(raw.get('quote') ?? '');

  return {
    entityIds,
    selection: unique(decodeList(raw.get('sel'))),
    hidden: unique(decodeList(raw.get('hidden'))).filter((id) => onCanvas.has(id)),
    pinned: unique(decodeList(raw.get('pinned'))).filter((id) => onCanvas.has(id)),
    panel: (PANELS as readonly string[]).includes(panelValue) ? (panelValue as PanelId) : 'explore',
    layout: isLayoutName(layoutValue) ? layoutValue : DEFAULT_LAYOUT,
    neighborFilter: { relation: relations('xr'), type: types('xt') },
    pathQuery,
    relationQuery,
    timeline: {
      mode: raw.get('tm') === 'hide' ? 'hide' : 'dim',
      ...(t0 ? { from: t0 } : {}),
      ...(t1 ? { to: t1 } : {}),
      ...(raw.get('ts') === 'graph' ? { scope: 'graph' as const } : {}),
    },
    mapOpen: raw.get('map') === '1',
    hiddenTypes: types('ht'),
    tableOpen: raw.get('table') === '1',
    reader: documentId ? { documentId, ...(quote ? { quote } : {}) } : null,
    positions,
    viewport: decodeViewport(raw.get('z'), raw.get('c')),
  };
}
