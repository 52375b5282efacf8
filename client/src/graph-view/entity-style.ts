// How each node type looks, on the canvas and in the legend: colour, shape and glyph. The demo's types and the
// investigative ones have drawn glyphs; any other type a vocabulary brings gets a stable colour and shape from its name.

/** Shapes Cytoscape draws that the legend can also draw as SVG. */
export type EntityShape = 'ellipse' | 'round-rectangle' | 'round-hexagon' | 'round-diamond' | 'star' | 'rectangle';

export interface EntityStyle {
  colour: string;
  /** A darker shade for borders and text on light backgrounds. */
  ink: string;
  shape: EntityShape;
  /** An SVG path on a 24×24 grid, drawn in white inside the node (even-odd fill); empty for a type drawn by its initial. */
  glyph: string;
  /** The letter drawn inside a type without a glyph. */
  initial?: string;
}

const DRAWN_STYLES: Readonly<Record<string, EntityStyle>> = {
  Person: {
    colour: '#3e6fd8',
    ink: '#264b9c',
    shape: 'ellipse',
    glyph: 'M12 12.2a4.6 4.6 0 1 0 0-9.2 4.6 4.6 0 0 0 0 9.2zM3.5 21c0-4 3.8-6.8 8.5-6.8s8.5 2.8 8.5 6.8z',
  },
  Organisation: {
    colour: '#1e8a72',
    ink: '#14604f',
    shape: 'round-rectangle',
    glyph: 'M4 21V6.5L12 3l8 3.5V21h-5.5v-4h-5v4zM8 8.5v2.2h2.2V8.5zm5.8 0v2.2H16V8.5zM8 12.8V15h2.2v-2.2zm5.8 0V15H16v-2.2z',
  },
  Group: {
    colour: '#8a55c4',
    ink: '#633a91',
    shape: 'round-hexagon',
    glyph:
      'M8.5 11.2a3.6 3.6 0 1 0 0-7.2 3.6 3.6 0 0 0 0 7.2zm8 0a3.1 3.1 0 1 0 0-6.2 3.1 3.1 0 0 0 0 6.2zM1.8 20.5c0-3.7 3-6.3 6.7-6.3s6.7 2.6 6.7 6.3zm14.2 0c0-2.5-.9-4.5-2.5-5.8a6.6 6.6 0 0 1 3-.6c3.3 0 5.7 2.3 5.7 6.4z',
  },
  Place: {
    colour: '#d9822b',
    ink: '#9c5a17',
    shape: 'round-diamond',
    glyph:
      'M12 2.2a7.2 7.2 0 0 0-7.2 7.2c0 5.3 7.2 12.6 7.2 12.6s7.2-7.3 7.2-12.6A7.2 7.2 0 0 0 12 2.2zm0 4.5a2.7 2.7 0 1 1 0 5.4 2.7 2.7 0 0 1 0-5.4z',
  },
  Event: {
    colour: '#c8453f',
    ink: '#8f2b26',
    shape: 'star',
    glyph: 'M13.5 2 5 13.5h5.6L9.5 22 19 10h-5.8z',
  },
  Document: {
    colour: '#6b7280',
    ink: '#4b5563',
    shape: 'rectangle',
    glyph: 'M6 2h8.5L19 6.5V22H6zm2.5 8.5V12h8v-1.5zm0 3.5v1.5h8V14zm0 3.5V19h5.5v-1.5z',
  },
};

/** Colours for types without a drawn style, apart from the drawn ones and readable under white glyphs. */
const PALETTE: readonly (readonly [string, string])[] = [
  ['#0f766e', '#0b524d'],
  ['#b45309', '#7c3a06'],
  ['#7c3aed', '#5425a8'],
  ['#be185d', '#851141'],
  ['#4d7c0f', '#35560a'],
  ['#0369a1', '#024a72'],
  ['#a16207', '#714505'],
  ['#9333ea', '#6821a6'],
  ['#b91c1c', '#821414'],
  ['#475569', '#313b49'],
];
const SHAPES: readonly EntityShape[] = ['round-rectangle', 'round-hexagon', 'round-diamond', 'ellipse'];

/** FNV-1a: the same name gives the same colour and shape on every page and every machine. */
function hashName(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

const derived = new Map<string, EntityStyle>();

export function entityStyle(type: string): EntityStyle {
  const drawn = DRAWN_STYLES[type];
  if (drawn !== undefined) return drawn;
  let style = derived.get(type);
  if (style === undefined) {
    const hash = hashName(type);
    const [colour, ink] = PALETTE[hash % PALETTE.length] ?? ['#475569', '#313b49'];
    style = {
      colour,
      ink,
      shape: SHAPES[Math.floor(hash / PALETTE.length) % SHAPES.length] ?? 'ellipse',
      glyph: '',
      initial: type.charAt(0),
    };
    derived.set(type, style);
  }
  return style;
}

/** The glyph as an SVG data URI, white on transparent, for Cytoscape's background-image. */
export function glyphDataUri(type: string): string {
  const style = entityStyle(type);
  const mark =
    style.glyph !== ''
      ? `<path fill="#ffffff" fill-rule="evenodd" d="${style.glyph}"/>`
      : `<text x="12" y="17" text-anchor="middle" font-family="system-ui, sans-serif" font-size="14" font-weight="700" fill="#ffffff">${escapeXml(style.initial ?? '')}</text>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="48" height="48">${mark}</svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
