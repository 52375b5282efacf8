// SVG outlines of the node shapes, so the legend and badges draw exactly what the canvas draws.
import type { EntityShape } from './entity-style.ts';

function polygon(points: readonly (readonly [number, number])[]): string {
  return `M${points.map(([x, y]) => `${x.toFixed(2)} ${y.toFixed(2)}`).join('L')}Z`;
}

function regular(sides: number, radius: number, rotation: number): [number, number][] {
  return Array.from({ length: sides }, (_, i) => {
    const angle = rotation + (i * 2 * Math.PI) / sides;
    return [12 + radius * Math.cos(angle), 12 + radius * Math.sin(angle)];
  });
}

function star(): [number, number][] {
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? 12 : 5.2;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return [12 + radius * Math.cos(angle), 13 + radius * Math.sin(angle)];
  });
}

/** A path on a 24×24 grid for the given shape. */
export function shapeOutline(shape: EntityShape): string {
  switch (shape) {
    case 'ellipse':
      return 'M12 1a11 11 0 1 0 0 22 11 11 0 0 0 0-22z';
    case 'round-rectangle':
      return 'M5 2h14a3 3 0 0 1 3 3v14a3 3 0 0 1-3 3H5a3 3 0 0 1-3-3V5a3 3 0 0 1 3-3z';
    case 'rectangle':
      return 'M2 2h20v20H2z';
    case 'round-hexagon':
      return polygon(regular(6, 11.5, 0));
    case 'round-diamond':
      return polygon([
        [12, 0.5],
        [23.5, 12],
        [12, 23.5],
        [0.5, 12],
      ]);
    case 'star':
      return polygon(star());
  }
}
