// Where an arrow key leads on screen: which of several placed elements lies best in the arrow's direction, and the
// order of an element's relations round it. Rendered positions, so y grows downwards.
import type { Position } from 'cytoscape';

export type ArrowDirection = 'left' | 'right' | 'up' | 'down';

export interface Placed {
  id: string;
  position: Position;
}

const UNIT: Readonly<Record<ArrowDirection, Position>> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/** How far a step sideways counts against a candidate in the arrow's quarter, against a step along the arrow. */
const ACROSS_WEIGHT = 2;

/**
 * The candidate an arrow key leads to from `from`. Among the candidates within 45° of the arrow (its quarter of the
 * screen, so the four arrows share a node's neighbours out between them), the nearest, a step sideways counting double
 * a step along. When none lies in that quarter, the one whose bearing is nearest the arrow's, the closer on a tie, so
 * an arrow always leads somewhere while there is somewhere to go. A candidate on the very spot of `from` has no
 * bearing and comes last. Null when there are no candidates.
 */
export function pickInDirection(from: Position, direction: ArrowDirection, candidates: readonly Placed[]): string | null {
  const unit = UNIT[direction];
  let best: { id: string; tier: number; score: number; distance: number } | null = null;
  for (const candidate of candidates) {
    const dx = candidate.position.x - from.x;
    const dy = candidate.position.y - from.y;
    const along = dx * unit.x + dy * unit.y;
    const across = Math.abs(dx * unit.y - dy * unit.x);
    const distance = Math.hypot(dx, dy);
    const inQuarter = distance > 0 && along >= across;
    const tier = inQuarter ? 0 : distance > 0 ? 1 : 2;
    const score = inQuarter ? along + ACROSS_WEIGHT * across : Math.atan2(across, along);
    if (
      best === null ||
      tier < best.tier ||
      (tier === best.tier && (score < best.score || (score === best.score && distance < best.distance)))
    ) {
      best = { id: candidate.id, tier, score, distance };
    }
  }
  return best?.id ?? null;
}

/** The bearing of `to` from `from`, clockwise from straight up, in [0, 2π). */
function bearing(from: Position, to: Position): number {
  const angle = Math.atan2(to.x - from.x, -(to.y - from.y));
  return angle < 0 ? angle + 2 * Math.PI : angle;
}

/**
 * Ids in the order a clock hand meets them going round `centre` from twelve o'clock; those on the same bearing (two
 * relations to one neighbour) in id order, and any on the centre itself (a relation to itself) first.
 */
export function orderClockwise(centre: Position, placed: readonly Placed[]): string[] {
  const keyed = placed.map((p) => {
    const onCentre = p.position.x === centre.x && p.position.y === centre.y;
    return { id: p.id, angle: onCentre ? -1 : bearing(centre, p.position) };
  });
  keyed.sort((a, b) => a.angle - b.angle || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return keyed.map((k) => k.id);
}
