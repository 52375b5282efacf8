// The relations between placed entities, drawn as great-circle lines in the canvas's edge colours; a click selects one.
import { relationLabel } from '../domain/vocabulary.ts';
import { CANVAS_LOOK } from '../graph-view/stylesheet.ts';
import type { MapLine } from '../map-view/map-scene.ts';
import { emphasisOpacity } from './MapMarker.tsx';

export interface DrawnLine {
  line: MapLine;
  /** The line's path in projected coordinates. */
  d: string;
}

function lineStroke(line: MapLine): { stroke: string; width: number } {
  if (line.selected) return { stroke: CANVAS_LOOK.select, width: 3 };
  if (line.onPath) return { stroke: CANVAS_LOOK.path, width: 3.5 };
  return { stroke: CANVAS_LOOK.edge, width: 1.6 };
}

export interface MapLinesProps {
  lines: readonly DrawnLine[];
  /** Entity names by id, for each line's title. */
  names: ReadonlyMap<string, string>;
  onSelect(id: string, additive: boolean): void;
}

export function MapLines({ lines, names, onSelect }: MapLinesProps) {
  const name = (id: string) => names.get(id) ?? id;
  return (
    <g className="map-lines">
      {lines.map(({ line, d }) => {
        const { stroke, width } = lineStroke(line);
        return (
          <g
            key={line.edge.id}
            className="map-line"
            data-map-item="line"
            data-testid="map-line"
            data-relation-id={line.edge.id}
            data-selected={line.selected ? 'true' : 'false'}
            data-out-of-range={line.outOfRange ? 'true' : 'false'}
            opacity={emphasisOpacity(line)}
            onClick={(event) => onSelect(line.edge.id, event.shiftKey || event.ctrlKey || event.metaKey)}
          >
            <title>{`${name(line.edge.source)} ${relationLabel(line.edge.type)} ${name(line.edge.target)}`}</title>
            <path className="map-line-hit" d={d} />
            <path d={d} stroke={stroke} strokeWidth={width} fill="none" />
          </g>
        );
      })}
    </g>
  );
}
