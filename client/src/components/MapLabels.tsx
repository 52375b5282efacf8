// The names on the map: those that found room beside their markers, and always the selected and the hovered or focused
// ones (over their neighbours if need be). Plain SVG text: names are never read as markup.
import type { PlacedLabel } from '../map-view/label-placement.ts';
import type { MapMarker } from '../map-view/map-scene.ts';
import { emphasisOpacity } from './MapMarker.tsx';

/** A marker as drawn on screen. */
export interface PlacedMarker {
  marker: MapMarker;
  /** Where it is drawn, which may be nudged clear of other markers... */
  x: number;
  y: number;
  /** ...and its true place. */
  anchorX: number;
  anchorY: number;
  size: number;
}

export interface MapLabelsProps {
  labels: readonly PlacedLabel[];
  markers: readonly PlacedMarker[];
  /** The hovered or focused marker. */
  spotlight: string | null;
}

export function MapLabels({ labels, markers, spotlight }: MapLabelsProps) {
  const byId = new Map(markers.map((p) => [p.marker.node.id, p.marker]));
  const labelled = new Set(labels.map((label) => label.id));
  const spotlit = markers.filter(({ marker }) => !labelled.has(marker.node.id) && (marker.selected || marker.node.id === spotlight));
  return (
    <g className="map-labels" aria-hidden="true">
      {labels.map((label) => {
        const marker = byId.get(label.id);
        return (
          <text
            key={label.id}
            className={`map-label${marker?.selected ? ' is-selected' : ''}${marker && emphasisOpacity(marker) < 1 ? ' is-dimmed' : ''}`}
            x={label.x}
            y={label.y}
            textAnchor={label.anchor}
          >
            {label.text}
          </text>
        );
      })}
      {spotlit.map((p) => (
        <text
          key={p.marker.node.id}
          className={`map-label is-spotlit${p.marker.selected ? ' is-selected' : ''}`}
          x={p.x}
          y={p.y - p.size / 2 - 8}
          textAnchor="middle"
        >
          {p.marker.node.name}
        </text>
      ))}
    </g>
  );
}
