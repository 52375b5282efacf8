// Where the map writes the names of its markers: beside, under, over or at a corner of each one, never over another
// label or marker and never off the map. Labels that find no room are left out (the marker still names itself on hover and focus).

export interface LabelRequest {
  id: string;
  text: string;
  /** The marker's centre on screen. */
  x: number;
  y: number;
  /** Half the marker's size. */
  radius: number;
  /** Higher goes first: the selected entity, then the best connected. */
  priority: number;
}

export type LabelSide = 'right' | 'left' | 'below' | 'above' | 'above-right' | 'below-right' | 'above-left' | 'below-left';

export interface PlacedLabel {
  id: string;
  text: string;
  side: LabelSide;
  /** Where the text is drawn: its anchor point and baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface LabelMetrics {
  /** A generous average width of a character, so estimated boxes are not smaller than the drawn text. */
  charWidth: number;
  lineHeight: number;
  /** Space between a marker and its label. */
  gap: number;
}

export const LABEL_METRICS: LabelMetrics = { charWidth: 6.6, lineHeight: 14, gap: 4 };

/** Past this many characters a name is cut short on the map; the full name stays in the marker's accessible name. */
export const MAX_LABEL_CHARS = 26;

/** Tried in this order: beside, then under and over, then at the corners. */
const SIDES: readonly LabelSide[] = ['right', 'left', 'below', 'above', 'above-right', 'below-right', 'above-left', 'below-left'];
/** How far round a marker's corner a diagonal label starts, as a share of its radius. */
const DIAGONAL = 0.7;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** A long name cut at a word where it can be, with an ellipsis. */
export function shortLabel(name: string, max: number = MAX_LABEL_CHARS): string {
  const text = name.trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Where a label's box goes on a side of its marker (its top-left corner), and which end of the text is anchored. */
function boxOrigin(request: LabelRequest, side: LabelSide, width: number, height: number, gap: number) {
  const { x, y, radius } = request;
  const reach = radius + gap;
  const corner = radius * DIAGONAL + gap;
  switch (side) {
    case 'right':
      return { x0: x + reach, y0: y - height / 2, anchor: 'start' as const };
    case 'left':
      return { x0: x - reach - width, y0: y - height / 2, anchor: 'end' as const };
    case 'below':
      return { x0: x - width / 2, y0: y + reach, anchor: 'middle' as const };
    case 'above':
      return { x0: x - width / 2, y0: y - reach - height, anchor: 'middle' as const };
    case 'above-right':
      return { x0: x + corner, y0: y - corner - height, anchor: 'start' as const };
    case 'below-right':
      return { x0: x + corner, y0: y + corner, anchor: 'start' as const };
    case 'above-left':
      return { x0: x - corner - width, y0: y - corner - height, anchor: 'end' as const };
    case 'below-left':
      return { x0: x - corner - width, y0: y + corner, anchor: 'end' as const };
  }
}

function candidate(request: LabelRequest, side: LabelSide, metrics: LabelMetrics): { box: Box; label: PlacedLabel } {
  const width = request.text.length * metrics.charWidth;
  const height = metrics.lineHeight;
  const { x0, y0, anchor } = boxOrigin(request, side, width, height, metrics.gap);
  const x = anchor === 'start' ? x0 : anchor === 'end' ? x0 + width : x0 + width / 2;
  // The baseline sits about a third of a line below the middle of the box.
  const y = y0 + height / 2 + height * 0.35;
  return { box: { x0, y0, x1: x0 + width, y1: y0 + height }, label: { id: request.id, text: request.text, side, x, y, anchor } };
}

/** Places as many labels as fit, the highest priority first, each on the first side that has room. */
export function placeLabels(
  requests: readonly LabelRequest[],
  area: { width: number; height: number },
  metrics: LabelMetrics = LABEL_METRICS,
): PlacedLabel[] {
  const markers = new Map<string, Box>(
    requests.map((r) => [r.id, { x0: r.x - r.radius, y0: r.y - r.radius, x1: r.x + r.radius, y1: r.y + r.radius }]),
  );
  const taken: Box[] = [];
  const placed: PlacedLabel[] = [];
  const ordered = [...requests].sort((a, b) => b.priority - a.priority || a.text.localeCompare(b.text));
  for (const request of ordered) {
    if (request.text === '') continue;
    for (const side of SIDES) {
      const { box, label } = candidate(request, side, metrics);
      const inside = box.x0 >= 0 && box.y0 >= 0 && box.x1 <= area.width && box.y1 <= area.height;
      if (!inside || taken.some((other) => overlaps(box, other))) continue;
      if ([...markers].some(([id, marker]) => id !== request.id && overlaps(box, marker))) continue;
      taken.push(box);
      placed.push(label);
      break;
    }
  }
  return placed;
}
