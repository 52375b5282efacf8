// How each node type looks, on the canvas and in the legend: colour, shape and glyph.
import type { NodeType } from '@kgx/contract';

/** Shapes Cytoscape draws that the legend can also draw as SVG. */
export type EntityShape = 'ellipse' | 'round-rectangle' | 'round-hexagon' | 'round-diamond' | 'star' | 'rectangle';

export interface EntityStyle {
  colour: string;
  /** A darker shade for borders and text on light backgrounds. */
  ink: string;
  shape: EntityShape;
  /** An SVG path on a 24×24 grid, drawn in white inside the node (even-odd fill). */
  glyph: string;
  /** The type as a reader would call it, plural for the legend. */
  plural: string;
}

export const ENTITY_STYLES: Record<NodeType, EntityStyle> = {
  Person: {
    colour: '#3e6fd8',
    ink: '#264b9c',
    shape: 'ellipse',
    glyph: 'M12 12.2a4.6 4.6 0 1 0 0-9.2 4.6 4.6 0 0 0 0 9.2zM3.5 21c0-4 3.8-6.8 8.5-6.8s8.5 2.8 8.5 6.8z',
    plural: 'People',
  },
  Organisation: {
    colour: '#1e8a72',
    ink: '#14604f',
    shape: 'round-rectangle',
    glyph: 'M4 21V6.5L12 3l8 3.5V21h-5.5v-4h-5v4zM8 8.5v2.2h2.2V8.5zm5.8 0v2.2H16V8.5zM8 12.8V15h2.2v-2.2zm5.8 0V15H16v-2.2z',
    plural: 'Organisations',
  },
  Group: {
    colour: '#8a55c4',
    ink: '#633a91',
    shape: 'round-hexagon',
    glyph:
      'M8.5 11.2a3.6 3.6 0 1 0 0-7.2 3.6 3.6 0 0 0 0 7.2zm8 0a3.1 3.1 0 1 0 0-6.2 3.1 3.1 0 0 0 0 6.2zM1.8 20.5c0-3.7 3-6.3 6.7-6.3s6.7 2.6 6.7 6.3zm14.2 0c0-2.5-.9-4.5-2.5-5.8a6.6 6.6 0 0 1 3-.6c3.3 0 5.7 2.3 5.7 6.4z',
    plural: 'Groups',
  },
  Place: {
    colour: '#d9822b',
    ink: '#9c5a17',
    shape: 'round-diamond',
    glyph:
      'M12 2.2a7.2 7.2 0 0 0-7.2 7.2c0 5.3 7.2 12.6 7.2 12.6s7.2-7.3 7.2-12.6A7.2 7.2 0 0 0 12 2.2zm0 4.5a2.7 2.7 0 1 1 0 5.4 2.7 2.7 0 0 1 0-5.4z',
    plural: 'Places',
  },
  Event: {
    colour: '#c8453f',
    ink: '#8f2b26',
    shape: 'star',
    glyph: 'M13.5 2 5 13.5h5.6L9.5 22 19 10h-5.8z',
    plural: 'Events',
  },
  Document: {
    colour: '#6b7280',
    ink: '#4b5563',
    shape: 'rectangle',
    glyph: 'M6 2h8.5L19 6.5V22H6zm2.5 8.5V12h8v-1.5zm0 3.5v1.5h8V14zm0 3.5V19h5.5v-1.5z',
    plural: 'Documents',
  },
};

export function entityStyle(type: string): EntityStyle {
  return (ENTITY_STYLES as Record<string, EntityStyle | undefined>)[type] ?? ENTITY_STYLES.Document;
}

/** The glyph as an SVG data URI, white on transparent, for Cytoscape's background-image. */
export function glyphDataUri(type: NodeType): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="48" height="48"><path fill="#ffffff" fill-rule="evenodd" d="${ENTITY_STYLES[type].glyph}"/></svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}
