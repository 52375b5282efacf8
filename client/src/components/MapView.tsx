// The map beside the canvas: the canvas's entities that have coordinates as markers on an offline base map (Natural
// Earth through world-atlas, drawn with d3-geo), relations between them as lines. It reads the canvas's own scene, so it
// shows the same entities under the same timeline, and selecting on either selects on both. Loaded only when opened.
import { geoPath, type GeoProjection } from 'd3-geo';
import { useMemo, useState } from 'react';
import type { Scene } from '../graph-view/scene.ts';
import { nodeSize } from '../graph-view/to-elements.ts';
import { placeLabels, shortLabel } from '../map-view/label-placement.ts';
import { fitProjection } from '../map-view/map-projection.ts';
import { fitLocations, toMapScene } from '../map-view/map-scene.ts';
import { applyView, viewTransformAttribute } from '../map-view/map-viewport.ts';
import { dodgeMarkers } from '../map-view/marker-dodge.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { useVocabulary } from '../state/vocabulary-store.ts';
import { MapLabels, type PlacedMarker } from './MapLabels.tsx';
import { MapLines, type DrawnLine } from './MapLines.tsx';
import { MapMarker, emphasisOpacity } from './MapMarker.tsx';
import { MapUnlocatedNote } from './MapUnlocatedNote.tsx';
import { useBaseMap } from './use-base-map.ts';
import { useElementSize } from './use-element-size.ts';
import { useMapViewport } from './use-map-viewport.ts';
import '../styles/map.css';

/** Markers are drawn smaller than canvas nodes (a map is busier), growing with degree the same way. */
const MARKER_SCALE = 0.6;
const ZOOM_STEP = 1.5;
/** Mercator cannot draw the poles themselves: a place nearer to one is drawn at this latitude. */
const DRAWN_LATITUDE = 85;
/** A marker moved further than this from its true place (to keep clear of others) gets a leader back to it. */
const LEADER_MIN_PX = 2;

export function MapView({ scene }: { scene: Scene }) {
  const { dispatch, commands } = useExplorer();
  // Relation wording comes from the vocabulary; reading it here re-renders the lines' titles when it arrives.
  useVocabulary();
  const [surfaceRef, size] = useElementSize<HTMLDivElement>();
  const baseMap = useBaseMap();
  const [spotlight, setSpotlight] = useState<string | null>(null);

  const { nodes, hidden, selection } = scene;
  const places = useMemo(() => fitLocations({ nodes, hidden }), [nodes, hidden]);
  const projection = useMemo<GeoProjection | null>(
    () => (size.width > 0 && size.height > 0 ? fitProjection(places, size) : null),
    [places, size],
  );
  const fitKey = useMemo(
    () => `${size.width}x${size.height}:${places.map((p) => `${p.latitude},${p.longitude}`).join(';')}`,
    [places, size],
  );
  const { view, svgRef, zoomBy, reset, pointerHandlers } = useMapViewport({
    fitKey,
    size,
    // A click on the map itself, as a tap on the canvas's background, lets go of the selection.
    onBackgroundClick: () => {
      if (selection.length > 0) dispatch({ type: 'selection/set', ids: [] });
    },
  });

  const map = useMemo(() => toMapScene(scene), [scene]);
  const path = useMemo(() => (projection ? geoPath(projection) : null), [projection]);
  const countryPaths = useMemo(() => {
    if (!path || baseMap.status !== 'ready') return [];
    return baseMap.countries.map((country, i) => ({ key: String(country.id ?? i), d: path(country) ?? '' }));
  }, [path, baseMap]);
  const sphere = useMemo(() => path?.({ type: 'Sphere' }) ?? '', [path]);
  const lines = useMemo<DrawnLine[]>(() => {
    if (!path) return [];
    return map.lines.map((line) => ({
      line,
      d:
        path({
          type: 'LineString',
          coordinates: [
            [line.from.longitude, line.from.latitude],
            [line.to.longitude, line.to.latitude],
          ],
        }) ?? '',
    }));
  }, [path, map.lines]);

  const placed = useMemo<PlacedMarker[]>(() => {
    if (!projection) return [];
    const anchored: PlacedMarker[] = [];
    for (const marker of map.markers) {
      const at = projection([marker.longitude, Math.max(-DRAWN_LATITUDE, Math.min(DRAWN_LATITUDE, marker.latitude))]);
      if (!at) continue;
      const [x, y] = applyView(view, at);
      anchored.push({ marker, x, y, anchorX: x, anchorY: y, size: Math.round(nodeSize(marker.node.degree) * MARKER_SCALE) });
    }
    const dodged = dodgeMarkers(anchored.map((p) => ({ id: p.marker.node.id, x: p.anchorX, y: p.anchorY, radius: p.size / 2 })));
    // Drawn in name order (the order Tab walks them), the selected last so they sit on top.
    return anchored
      .map((p) => ({ ...p, ...dodged.get(p.marker.node.id) }))
      .sort((a, b) => Number(a.marker.selected) - Number(b.marker.selected) || a.marker.node.name.localeCompare(b.marker.node.name));
  }, [projection, map.markers, view]);

  const labels = useMemo(() => {
    const requests = placed
      .filter(({ x, y }) => x >= 0 && y >= 0 && x <= size.width && y <= size.height)
      .map(({ marker, x, y, size: markerSize }) => ({
        id: marker.node.id,
        text: shortLabel(marker.node.name),
        x,
        y,
        radius: markerSize / 2 + 2,
        priority: (marker.selected ? 1e6 : 0) + (marker.outOfRange ? 0 : 1e3) + (marker.node.degree ?? 0),
      }));
    return placeLabels(requests, size);
  }, [placed, size]);
  const names = useMemo(() => new Map(map.markers.map((m) => [m.node.id, m.node.name])), [map.markers]);

  function select(id: string, additive: boolean) {
    if (!additive) dispatch({ type: 'selection/set', ids: [id] });
    else if (selection.includes(id)) dispatch({ type: 'selection/set', ids: selection.filter((s) => s !== id) });
    else dispatch({ type: 'selection/set', ids: [...selection, id] });
  }

  return (
    <section
      className="map-pane"
      data-testid="map-view"
      data-marker-count={map.markers.length}
      data-line-count={map.lines.length}
      data-base-map={baseMap.status}
      data-drawn={projection ? 'true' : 'false'}
      aria-label="Map"
    >
      <div className="map-toolbar" role="toolbar" aria-label="Map controls">
        <span className="map-caption">Map · {map.markers.length} placed</span>
        <button
          type="button"
          className="tool-button"
          title="Zoom the map in"
          aria-label="Zoom the map in"
          onClick={() => zoomBy(ZOOM_STEP)}
        >
          +
        </button>
        <button
          type="button"
          className="tool-button"
          title="Zoom the map out"
          aria-label="Zoom the map out"
          onClick={() => zoomBy(1 / ZOOM_STEP)}
        >
          −
        </button>
        <button type="button" className="tool-button" title="Fit the places in the map" onClick={reset}>
          Fit
        </button>
      </div>
      <div ref={surfaceRef} className="map-surface">
        <svg
          ref={svgRef}
          className="map-svg"
          width={size.width}
          height={size.height}
          role="group"
          aria-label="Entities with coordinates"
          {...pointerHandlers}
        >
          <g transform={viewTransformAttribute(view)}>
            <path className="map-sphere" d={sphere} />
            <g className="map-countries" aria-hidden="true">
              {countryPaths.map((country) => (
                <path key={country.key} d={country.d} />
              ))}
            </g>
            <MapLines lines={lines} names={names} onSelect={select} />
          </g>
          <g className="map-leaders" aria-hidden="true">
            {placed
              .filter((p) => Math.hypot(p.x - p.anchorX, p.y - p.anchorY) > LEADER_MIN_PX)
              .map((p) => (
                <g key={p.marker.node.id} opacity={emphasisOpacity(p.marker)}>
                  <line x1={p.anchorX} y1={p.anchorY} x2={p.x} y2={p.y} />
                  <circle cx={p.anchorX} cy={p.anchorY} r={2.5} />
                </g>
              ))}
          </g>
          <g className="map-markers">
            {placed.map(({ marker, x, y, size: markerSize }) => (
              <MapMarker
                key={marker.node.id}
                marker={marker}
                x={x}
                y={y}
                size={markerSize}
                onSelect={select}
                onExpand={(id) => void commands.expand(id)}
                onSpotlight={setSpotlight}
              />
            ))}
          </g>
          <MapLabels labels={labels} markers={placed} spotlight={spotlight} />
        </svg>
        {map.markers.length === 0 ? (
          <p className="map-empty" role="status">
            No entity on the canvas has coordinates.
          </p>
        ) : null}
        {baseMap.status === 'failed' ? (
          <p className="map-base-failed" role="status">
            The base map could not be loaded; the places are shown without it.
          </p>
        ) : null}
        <span className="map-attribution">Natural Earth</span>
      </div>
      <MapUnlocatedNote unlocated={map.unlocated} entityCount={map.entityCount} />
    </section>
  );
}
