// How large the canvas's exported picture is drawn: twice its on-screen size, shrunk to fit when the graph is very large.

/** Pixels per CSS pixel of an exported picture of an ordinary graph. */
export const PICTURE_SCALE = 2;
/** The longest side an exported picture may have, in pixels: a browser cannot draw or encode canvases much larger. */
export const MAX_PICTURE_SIDE = 8000;

/**
 * The scale for a picture of a graph whose bounding box is `width` × `height` model pixels. Cytoscape ignores
 * maxWidth/maxHeight once it is given a scale, so the scale itself keeps the picture within bounds.
 */
export function pictureScaleFor(width: number, height: number): number {
  const longest = Math.ceil(Math.max(1, width, height));
  return Math.min(PICTURE_SCALE, MAX_PICTURE_SIDE / longest);
}
