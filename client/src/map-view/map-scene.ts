// What the map shows, worked out from the canvas's own scene: a marker for each entity the canvas shows that has
// coordinates, a line for each relation the canvas shows between two of them, and the entities left without a place.
import type { GraphEdge, GraphNode } from '@kgx/contract';
import type { Scene } from '../graph-view/scene.ts';

/** A point on the globe, in degrees. */
export interface LatLon {
  latitude: number;
  longitude: number;
}

/** How an element stands against the timeline and a highlighted path: the same reading the canvas gives it. */
export interface MapEmphasis {
  selected: boolean;
  /** Dated outside the timeline's range while the timeline dims (rather than hides) such elements. */
  outOfRange: boolean;
  /** A path is highlighted and this is on it. */
  onPath: boolean;
  /** A path is highlighted and this is not on it. */
  offPath: boolean;
}

export interface MapMarker extends MapEmphasis, LatLon {
  node: GraphNode;
}

export interface MapLine extends MapEmphasis {
  edge: GraphEdge;
  from: LatLon;
  to: LatLon;
}

export interface MapScene {
  markers: MapMarker[];
  lines: MapLine[];
  /** Entities the canvas shows that have no coordinates, by name. */
  unlocated: GraphNode[];
  /** Entities the canvas shows (documents are not entities and are never placed). */
  entityCount: number;
}

/** Where an entity is, when it has both coordinates and they are a real place on the globe. */
export function locationOf(node: GraphNode): LatLon | null {
  const { latitude, longitude } = node;
  if (latitude === undefined || longitude === undefined) return null;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return { latitude, longitude };
}

function emphasis(id: string, scene: Scene, selected: ReadonlySet<string>): MapEmphasis {
  const onPath = scene.pathIds?.has(id) ?? false;
  return {
    selected: selected.has(id),
    outOfRange: scene.outOfRange.has(id),
    onPath,
    offPath: scene.pathIds !== null && !onPath,
  };
}

/** The canvas hides what the user hid, and what lies outside the timeline's range when the timeline hides rather than dims. */
function isShown(id: string, scene: Scene): boolean {
  return !scene.hidden.has(id) && !(scene.timelineMode === 'hide' && scene.outOfRange.has(id));
}

/**
 * The places the map is fitted to: every located entity on the canvas the user has not hidden, whatever the timeline
 * says, so moving the timeline fades or drops markers without moving the map under them.
 */
export function fitLocations(scene: Pick<Scene, 'nodes' | 'hidden'>): LatLon[] {
  const places: LatLon[] = [];
  for (const node of scene.nodes) {
    const location = node.type === 'Document' || scene.hidden.has(node.id) ? null : locationOf(node);
    if (location !== null) places.push(location);
  }
  return places;
}

export function toMapScene(scene: Scene): MapScene {
  const selected = new Set(scene.selection);
  const markers: MapMarker[] = [];
  const unlocated: GraphNode[] = [];
  const placed = new Map<string, LatLon>();
  let entityCount = 0;
  for (const node of scene.nodes) {
    if (node.type === 'Document' || !isShown(node.id, scene)) continue;
    entityCount++;
    const location = locationOf(node);
    if (location === null) {
      unlocated.push(node);
      continue;
    }
    placed.set(node.id, location);
    markers.push({ node, ...location, ...emphasis(node.id, scene, selected) });
  }
  const lines: MapLine[] = [];
  for (const edge of scene.edges) {
    const from = placed.get(edge.source);
    const to = placed.get(edge.target);
    if (from === undefined || to === undefined || !isShown(edge.id, scene)) continue;
    lines.push({ edge, from, to, ...emphasis(edge.id, scene, selected) });
  }
  unlocated.sort((a, b) => a.name.localeCompare(b.name));
  return { markers, lines, unlocated, entityCount };
}
