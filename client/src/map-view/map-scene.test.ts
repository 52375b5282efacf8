import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '@kgx/contract';
import type { Scene } from '../graph-view/scene.ts';
import { fitLocations, locationOf, toMapScene } from './map-scene.ts';

const STEPANAKERT: GraphNode = {
  id: 'place:stepanakert',
  type: 'Place',
  name: 'Stepanakert',
  aliases: [],
  latitude: 39.8153,
  longitude: 46.7519,
};
const YEREVAN: GraphNode = { id: 'place:yerevan', type: 'Place', name: 'Yerevan', aliases: [], latitude: 40.1792, longitude: 44.4991 };
const CORRIDOR: GraphNode = { id: 'place:lachin-corridor', type: 'Place', name: 'Lachin corridor', aliases: [] };
const PERSON: GraphNode = { id: 'person:a', type: 'Person', name: 'Anna', aliases: [] };
const DOCUMENT: GraphNode = { id: 'doc-1', type: 'Document', name: 'A report', aliases: [] };

function edge(id: string, source: string, target: string): GraphEdge {
  return { id, type: 'CONNECTS', source, target, evidence: [] };
}

const ROAD = edge('road', STEPANAKERT.id, YEREVAN.id);
const TO_CORRIDOR = edge('to-corridor', STEPANAKERT.id, CORRIDOR.id);

function scene(overrides: Partial<Scene> = {}): Scene {
  return {
    nodes: [STEPANAKERT, YEREVAN, CORRIDOR, PERSON, DOCUMENT],
    edges: [ROAD, TO_CORRIDOR],
    hidden: new Set(),
    pinned: new Set(),
    selection: [],
    outOfRange: new Set(),
    timelineMode: 'dim',
    pathIds: null,
    truncated: new Set(),
    ...overrides,
  };
}

const ids = (items: readonly { node?: GraphNode; edge?: GraphEdge }[]) => items.map((i) => i.node?.id ?? i.edge?.id);

describe('toMapScene', () => {
  it('puts a marker on each located entity and a line between two of them, and lists the entities without a place', () => {
    const map = toMapScene(scene());
    expect(ids(map.markers)).toEqual([STEPANAKERT.id, YEREVAN.id]);
    expect(ids(map.lines)).toEqual(['road']);
    expect(map.lines[0]).toMatchObject({ from: { latitude: 39.8153, longitude: 46.7519 }, to: { latitude: 40.1792, longitude: 44.4991 } });
    expect(map.unlocated.map((n) => n.name)).toEqual(['Anna', 'Lachin corridor']);
    // Documents are not entities: never placed, never counted.
    expect(map.entityCount).toBe(4);
  });

  it('leaves out what the user hid, with the relations that end there', () => {
    const map = toMapScene(scene({ hidden: new Set([YEREVAN.id, PERSON.id]) }));
    expect(ids(map.markers)).toEqual([STEPANAKERT.id]);
    expect(map.lines).toEqual([]);
    expect(map.entityCount).toBe(2);
  });

  it('fades what lies outside the timeline while the timeline dims, as the canvas does', () => {
    const map = toMapScene(scene({ outOfRange: new Set([YEREVAN.id, 'road']) }));
    expect(map.markers.map((m) => [m.node.id, m.outOfRange])).toEqual([
      [STEPANAKERT.id, false],
      [YEREVAN.id, true],
    ]);
    expect(map.lines.map((l) => [l.edge.id, l.outOfRange])).toEqual([['road', true]]);
  });

  it('drops what lies outside the timeline while the timeline hides, and the lines to it', () => {
    const outside = toMapScene(scene({ timelineMode: 'hide', outOfRange: new Set([YEREVAN.id]) }));
    expect(ids(outside.markers)).toEqual([STEPANAKERT.id]);
    expect(outside.lines).toEqual([]);
    const lineOutside = toMapScene(scene({ timelineMode: 'hide', outOfRange: new Set(['road']) }));
    expect(ids(lineOutside.markers)).toEqual([STEPANAKERT.id, YEREVAN.id]);
    expect(lineOutside.lines).toEqual([]);
  });

  it('marks the selection and a highlighted path on markers and lines', () => {
    const map = toMapScene(scene({ selection: [YEREVAN.id, 'road'], pathIds: new Set([STEPANAKERT.id]) }));
    expect(map.markers.map((m) => [m.node.id, m.selected, m.onPath, m.offPath])).toEqual([
      [STEPANAKERT.id, false, true, false],
      [YEREVAN.id, true, false, true],
    ]);
    expect(map.lines[0]).toMatchObject({ selected: true, offPath: true });
  });
});

describe('fitLocations', () => {
  it('keeps the places the timeline drops, so the map does not move when the timeline does', () => {
    const places = fitLocations(scene({ timelineMode: 'hide', outOfRange: new Set([YEREVAN.id]), hidden: new Set([STEPANAKERT.id]) }));
    expect(places).toEqual([{ latitude: 40.1792, longitude: 44.4991 }]);
  });
});

describe('locationOf', () => {
  it('needs both coordinates, finite and on the globe', () => {
    expect(locationOf({ ...PERSON, latitude: 10 })).toBeNull();
    expect(locationOf({ ...PERSON, latitude: 91, longitude: 0 })).toBeNull();
    expect(locationOf({ ...PERSON, latitude: 0, longitude: Number.NaN })).toBeNull();
    expect(locationOf({ ...PERSON, latitude: 0, longitude: -180 })).toEqual({ latitude: 0, longitude: -180 });
  });
});
