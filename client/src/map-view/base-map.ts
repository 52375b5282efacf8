// The base map: Natural Earth's countries at 1:110m from the world-atlas package, bundled with the explorer and loaded
// (once, on first use) as a chunk of its own. No tiles and no requests beyond the explorer's own files.
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type CountryShape = Feature<Geometry, { name?: string }>;

let loading: Promise<CountryShape[]> | null = null;

function isCountriesTopology(value: unknown): value is Topology<{ countries: GeometryCollection<{ name?: string }> }> {
  if (typeof value !== 'object' || value === null) return false;
  const topology = value as { type?: unknown; objects?: { countries?: { type?: unknown } } };
  return topology.type === 'Topology' && topology.objects?.countries?.type === 'GeometryCollection';
}

/** The countries as GeoJSON features; a failed load is tried again on the next call. */
export function loadCountries(): Promise<CountryShape[]> {
  if (loading === null) {
    const request = import('world-atlas/countries-110m.json').then((module) => {
      const atlas: unknown = module.default;
      if (!isCountriesTopology(atlas)) throw new Error('world-atlas/countries-110m.json holds no countries topology');
      return feature(atlas, atlas.objects.countries).features;
    });
    request.catch(() => {
      if (loading === request) loading = null;
    });
    loading = request;
  }
  return loading;
}
