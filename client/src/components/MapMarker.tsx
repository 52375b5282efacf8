// One entity on the map, drawn as the canvas draws it (its type's shape, colour and glyph), selected by click or keyboard.
import type { KeyboardEvent, MouseEvent } from 'react';
import { CANVAS_LOOK } from '../graph-view/stylesheet.ts';
import type { MapMarker as MapMarkerModel } from '../map-view/map-scene.ts';
import { TypeGlyphMark } from './TypeGlyph.tsx';

export interface MapMarkerProps {
  marker: MapMarkerModel;
  /** Where the marker's centre is on screen, and its size in pixels. */
  x: number;
  y: number;
  size: number;
  onSelect(id: string, additive: boolean): void;
  onExpand(id: string): void;
  /** Hovered or focused (id), or no longer (null): the map then writes its name even where labels have no room. */
  onSpotlight(id: string | null): void;
}

/** How strongly a marker or line is drawn: faded like the canvas fades what lies outside the timeline or a path. */
export function emphasisOpacity(item: { selected: boolean; outOfRange: boolean; offPath: boolean }): number {
  if (item.selected) return 1;
  if (item.outOfRange) return CANVAS_LOOK.outOfRangeOpacity;
  if (item.offPath) return CANVAS_LOOK.offPathOpacity;
  return 1;
}

export function MapMarker({ marker, x, y, size, onSelect, onExpand, onSpotlight }: MapMarkerProps) {
  const { node, selected, onPath } = marker;
  const ring = size / 2 + 5;

  function onClick(event: MouseEvent) {
    onSelect(node.id, event.shiftKey || event.ctrlKey || event.metaKey);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect(node.id, event.shiftKey);
  }

  return (
    <g
      className={`map-marker${selected ? ' is-selected' : ''}`}
      data-map-item="marker"
      data-testid="map-marker"
      data-entity-id={node.id}
      data-selected={selected ? 'true' : 'false'}
      data-out-of-range={marker.outOfRange ? 'true' : 'false'}
      transform={`translate(${x} ${y})`}
      opacity={emphasisOpacity(marker)}
      role="button"
      tabIndex={0}
      aria-label={`${node.name}, ${node.type}`}
      aria-pressed={selected}
      onClick={onClick}
      onDoubleClick={() => onExpand(node.id)}
      onKeyDown={onKeyDown}
      onPointerEnter={() => onSpotlight(node.id)}
      onPointerLeave={() => onSpotlight(null)}
      onFocus={() => onSpotlight(node.id)}
      onBlur={() => onSpotlight(null)}
    >
      <circle className="map-marker-focus" r={ring + 3} />
      {selected ? <circle r={ring} fill={CANVAS_LOOK.select} fillOpacity={0.15} stroke={CANVAS_LOOK.select} strokeWidth={3} /> : null}
      {onPath && !selected ? <circle r={ring} fill="none" stroke={CANVAS_LOOK.path} strokeWidth={3} /> : null}
      <g transform={`translate(${-size / 2} ${-size / 2}) scale(${size / 24})`}>
        <TypeGlyphMark type={node.type} strokeWidth={1.2} />
      </g>
    </g>
  );
}
