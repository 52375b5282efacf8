// The map's projection: Mercator, turned to face the places shown and fitted to them with room around, so the map zooms
// to the data rather than to the world. Mercator because the map is a pane beside the canvas: it keeps shapes, fills the
// pane edge to edge (no empty corners round a globe), and at the regional scale most investigations need it barely
// stretches anything.
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import type { LatLon } from './map-scene.ts';

export interface MapSize {
  width: number;
  height: number;
}

/** The least the fitted view spans, in degrees each way: one place, or a few close together, still shows its region. */
export const MIN_SPAN_DEGREES = 8;

/** Room between the places and the map's edge, in pixels, for markers and their labels. */
export const MAP_PADDING = 48;

/** Mercator runs to infinity at the poles: the fitted view stays between these latitudes. */
const MAX_LATITUDE = 80;
/** With nothing placed, the inhabited world: every longitude, from southern Patagonia to the Arctic coasts. */
const WORLD: MultiPoint = {
  type: 'MultiPoint',
  coordinates: [
    [-179.9, -56],
    [179.9, 76],
  ],
};

/** A longitude brought into [-180, 180). */
export function normaliseLongitude(longitude: number): number {
  return ((((longitude + 180) % 360) + 360) % 360) - 180;
}

/**
 * The middle of the shortest arc of longitudes that holds them all, which crosses the antimeridian when that is
 * shorter (places in Alaska and Kamchatka centre on the Pacific, not on Greenwich).
 */
export function centralLongitude(longitudes: readonly number[]): number {
  const sorted = longitudes.map(normaliseLongitude).sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return 0;
  // The arc is what remains of the circle once the widest gap between neighbouring longitudes is left out.
  let gapEnd = first;
  let gap = first + 360 - last;
  for (let i = 1; i < sorted.length; i++) {
    const here = sorted[i] ?? 0;
    const before = sorted[i - 1] ?? 0;
    if (here - before > gap) {
      gap = here - before;
      gapEnd = here;
    }
  }
  return normaliseLongitude(gapEnd + (360 - gap) / 2);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** The corners of a box around the places, widened to the least span. */
function fitOutline(places: readonly LatLon[], centre: number): MultiPoint {
  const offsets = places.map((p) => normaliseLongitude(p.longitude - centre));
  const latitudes = places.map((p) => clamp(p.latitude, -MAX_LATITUDE, MAX_LATITUDE));
  let west = Math.min(...offsets);
  let east = Math.max(...offsets);
  let south = Math.min(...latitudes);
  let north = Math.max(...latitudes);
  if (east - west < MIN_SPAN_DEGREES) {
    const middle = (east + west) / 2;
    west = middle - MIN_SPAN_DEGREES / 2;
    east = middle + MIN_SPAN_DEGREES / 2;
  }
  if (north - south < MIN_SPAN_DEGREES) {
    const middle = clamp((north + south) / 2, -MAX_LATITUDE + MIN_SPAN_DEGREES / 2, MAX_LATITUDE - MIN_SPAN_DEGREES / 2);
    south = middle - MIN_SPAN_DEGREES / 2;
    north = middle + MIN_SPAN_DEGREES / 2;
  }
  return {
    type: 'MultiPoint',
    coordinates: [
      [normaliseLongitude(centre + west), south],
      [normaliseLongitude(centre + east), north],
    ],
  };
}

/** A projection that shows every given place inside the map, less the padding; the whole world when there are none. */
export function fitProjection(places: readonly LatLon[], size: MapSize, padding: number = MAP_PADDING): GeoProjection {
  const inset = Math.min(padding, size.width / 4, size.height / 4);
  const extent: [[number, number], [number, number]] = [
    [inset, inset],
    [Math.max(inset + 1, size.width - inset), Math.max(inset + 1, size.height - inset)],
  ];
  const projection = geoMercator().precision(0.3);
  if (places.length === 0) return projection.fitExtent(extent, WORLD);
  const centre = centralLongitude(places.map((p) => p.longitude));
  return projection.rotate([-centre, 0]).fitExtent(extent, fitOutline(places, centre));
}
