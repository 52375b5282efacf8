// Markers that would cover each other are nudged apart on screen, just enough to be seen and clicked one by one; the map
// draws a leader from each moved marker to its true place. Zooming in spreads them by itself, and the nudges shrink.

export interface DodgeItem {
  id: string;
  /** The true place on screen. */
  x: number;
  y: number;
  radius: number;
}

export interface DodgedPosition {
  x: number;
  y: number;
}

/** Space kept between two markers' edges. */
export const DODGE_GAP = 3;
/** Past this many markers the nudging is left out; zooming in still separates them. */
export const MAX_DODGED = 400;
/** Vogel's spiral: candidate spots fill a disc evenly, nearest first, the same way every time. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const SPIRAL_STEP = 2.5;
const MAX_SPOTS = 4000;

/**
 * Where each marker is drawn: its true place, or the nearest spot around it that no marker placed before covers. The
 * larger (better connected) markers are placed first and so keep their true places; ties go by id, so the same markers
 * always land in the same spots.
 */
export function dodgeMarkers(items: readonly DodgeItem[], gap: number = DODGE_GAP): Map<string, DodgedPosition> {
  const ordered = [...items].sort((a, b) => b.radius - a.radius || a.id.localeCompare(b.id));
  const placed = new Map<string, DodgedPosition>();
  const taken: (DodgedPosition & { radius: number })[] = [];
  const dodging = ordered.length <= MAX_DODGED;
  for (const item of ordered) {
    let spot: DodgedPosition = { x: item.x, y: item.y };
    for (let k = 1; dodging && k < MAX_SPOTS && taken.some((other) => covers(other, spot, item.radius + gap)); k++) {
      const distance = SPIRAL_STEP * Math.sqrt(k);
      spot = { x: item.x + distance * Math.cos(k * GOLDEN_ANGLE), y: item.y + distance * Math.sin(k * GOLDEN_ANGLE) };
    }
    placed.set(item.id, spot);
    taken.push({ ...spot, radius: item.radius });
  }
  return placed;
}

function covers(other: DodgedPosition & { radius: number }, spot: DodgedPosition, reach: number): boolean {
  return Math.hypot(other.x - spot.x, other.y - spot.y) < other.radius + reach - 0.01;
}
