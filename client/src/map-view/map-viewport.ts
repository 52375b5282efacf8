// Zooming and panning the map: a scale and an offset applied over the fitted projection, kept within sensible limits.

/** Screen = projected × k + (x, y). */
export interface ViewTransform {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY_VIEW: ViewTransform = { k: 1, x: 0, y: 0 };

/** Out to a quarter of the fitted view (to see the places in the world around them), in to 32 times. */
export const MIN_MAP_ZOOM = 0.25;
export const MAX_MAP_ZOOM = 32;

export type Point = readonly [number, number];

export function applyView(view: ViewTransform, [x, y]: Point): [number, number] {
  return [x * view.k + view.x, y * view.k + view.y];
}

/** Zooms by a factor about a point on screen, which stays where it is. */
export function zoomAround(view: ViewTransform, factor: number, [px, py]: Point): ViewTransform {
  const k = Math.min(MAX_MAP_ZOOM, Math.max(MIN_MAP_ZOOM, view.k * factor));
  const ratio = k / view.k;
  return { k, x: px - (px - view.x) * ratio, y: py - (py - view.y) * ratio };
}

export function panView(view: ViewTransform, dx: number, dy: number): ViewTransform {
  return { k: view.k, x: view.x + dx, y: view.y + dy };
}

/** The SVG transform attribute for content drawn in projected coordinates. */
export function viewTransformAttribute(view: ViewTransform): string {
  return `translate(${view.x} ${view.y}) scale(${view.k})`;
}
