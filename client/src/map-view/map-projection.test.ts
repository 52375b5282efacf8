import { describe, expect, it } from 'vitest';
import type { LatLon } from './map-scene.ts';
import { MAP_PADDING, MIN_SPAN_DEGREES, centralLongitude, fitProjection, normaliseLongitude } from './map-projection.ts';

const SIZE = { width: 640, height: 360 };
const CAUCASUS: LatLon[] = [
  { latitude: 39.8153, longitude: 46.7519 },
  { latitude: 40.1792, longitude: 44.4991 },
  { latitude: 40.4093, longitude: 49.8671 },
];

function project(places: readonly LatLon[], fitted: readonly LatLon[] = places): [number, number][] {
  const projection = fitProjection(fitted, SIZE);
  return places.map((p) => {
    const at = projection([p.longitude, p.latitude]);
    if (at === null) throw new Error(`(${p.latitude}, ${p.longitude}) did not project`);
    return at;
  });
}

function insidePadding([x, y]: [number, number]): boolean {
  const slack = 0.5;
  return (
    x >= MAP_PADDING - slack && x <= SIZE.width - MAP_PADDING + slack && y >= MAP_PADDING - slack && y <= SIZE.height - MAP_PADDING + slack
  );
}

describe('centralLongitude', () => {
  it('is the middle of the places when they lie on one side of the antimeridian', () => {
    expect(centralLongitude([44, 50])).toBeCloseTo(47);
    expect(centralLongitude([-77, 46, 105])).toBeCloseTo(14);
  });

  it('crosses the antimeridian when that arc is the shorter one', () => {
    expect(Math.abs(centralLongitude([170, -170]))).toBeCloseTo(180);
    expect(centralLongitude([160, -150])).toBeCloseTo(-175);
  });

  it('is Greenwich when there is nothing to centre on', () => {
    expect(centralLongitude([])).toBe(0);
  });
});

describe('normaliseLongitude', () => {
  it('brings any longitude into [-180, 180)', () => {
    expect(normaliseLongitude(190)).toBe(-170);
    expect(normaliseLongitude(-540)).toBe(-180);
    expect(normaliseLongitude(46.75)).toBeCloseTo(46.75);
  });
});

describe('fitProjection', () => {
  it('fits the places inside the map with the padding kept clear', () => {
    const points = project(CAUCASUS);
    expect(points.every(insidePadding)).toBe(true);
    // Zoomed to the data: the places spread out many times wider than on a map of the whole world.
    const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
    const onWorldMap = project(CAUCASUS, []).map(([x]) => x);
    expect(spread(points.map(([x]) => x))).toBeGreaterThan(10 * spread(onWorldMap));
  });

  it('fits places on both sides of the antimeridian without sending them to opposite edges', () => {
    const pacific: LatLon[] = [
      { latitude: 61.2, longitude: -149.9 },
      { latitude: 53.0, longitude: 158.6 },
    ];
    const points = project(pacific);
    expect(points.every(insidePadding)).toBe(true);
    const [[alaska], [kamchatka]] = points as [[number, number], [number, number]];
    expect(kamchatka).toBeLessThan(alaska);
  });

  it('shows a region around a single place rather than zooming in without end', () => {
    const place = { latitude: 39.8153, longitude: 46.7519 };
    const projection = fitProjection([place], SIZE);
    const [x, y] = projection([place.longitude, place.latitude]) ?? [Number.NaN, Number.NaN];
    // In the middle, give or take Mercator's parallels drawing apart towards the pole.
    expect(Math.abs(x - SIZE.width / 2)).toBeLessThan(1);
    expect(Math.abs(y - SIZE.height / 2)).toBeLessThan(5);
    // The least span fits in the map: a place that far off still lies inside it.
    const away = projection([place.longitude + MIN_SPAN_DEGREES / 2 - 0.5, place.latitude + MIN_SPAN_DEGREES / 2 - 0.5]);
    expect(away !== null && insidePadding(away)).toBe(true);
  });

  it('shows the whole world when no entity has coordinates', () => {
    const projection = fitProjection([], SIZE);
    const edges: LatLon[] = [
      { latitude: 0, longitude: -179 },
      { latitude: 0, longitude: 179 },
      { latitude: 70, longitude: 0 },
      { latitude: -50, longitude: 0 },
    ];
    for (const p of edges) {
      const at = projection([p.longitude, p.latitude]);
      expect(at !== null && insidePadding(at)).toBe(true);
    }
  });
});
