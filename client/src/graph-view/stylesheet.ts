// The Cytoscape stylesheet: type colours, shapes and glyphs (read from element data), relation labels, and the classes the view toggles.
import type { Css, NodeSingular, StylesheetJson, StylesheetStyle } from 'cytoscape';
import { KEYBOARD_FOCUS_CLASS } from './keyboard-focus.ts';
import type { RenderingOptions } from './rendering-options.ts';

const INK = '#1f2937';
const EDGE = '#a3acb9';
const PATH = '#e0a100';
/** The halo of what an action just added: a light yellow, a fill around the element, apart from borders (path, selection). */
const JUST_ADDED = '#facc15';
const SELECT = '#1d4ed8';
/** The keyboard's focus: a near-black ring clear of the node, apart from selection (blue) and the node's own border. */
const KEYBOARD_FOCUS = '#111827';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const OUT_OF_RANGE_OPACITY = 0.16;
const OFF_PATH_OPACITY = 0.28;
/** What a dimmed element's label is written in: grey, yet 4.5:1 or better on the canvas, so a faded name stays readable. */
export const DIM_LABEL = '#5b6270';
/** The canvas's background (layout.css `.canvas-area`), against which label contrast is measured. */
export const CANVAS_BACKGROUND = '#fbfbfc';

/**
 * A dimmed element: its shape or line fades to `opacity`, its label keeps full opacity in a grey that still reads.
 * (Cytoscape's `opacity` would fade the label with the rest, to 1.5:1 and below.)
 */
function dimmed(kind: 'node' | 'edge', opacity: number): Css.Node | Css.Edge {
  return kind === 'node'
    ? { 'background-opacity': opacity, 'border-opacity': opacity, 'background-image-opacity': opacity, color: DIM_LABEL, 'text-opacity': 1 }
    : { 'line-opacity': opacity, color: DIM_LABEL, 'text-opacity': 1 };
}

/** Undoes `dimmed` for what is selected, whatever else dims it. */
const UNDIMMED_NODE = { 'background-opacity': 1, 'border-opacity': 1, 'background-image-opacity': 1 } as const;

/** The canvas's colours and fades, for the map to draw its markers and lines the same way. */
export const CANVAS_LOOK = {
  ink: INK,
  edge: EDGE,
  path: PATH,
  select: SELECT,
  outOfRangeOpacity: OUT_OF_RANGE_OPACITY,
  offPathOpacity: OFF_PATH_OPACITY,
} as const;

/**
 * Every node type, known or new, is drawn from its element data (to-elements.ts puts the type's colour, shape and
 * glyph there), so a type a vocabulary adds needs no new rule here.
 */
function typeStyles(options: RenderingOptions): StylesheetStyle[] {
  return [
    {
      selector: 'node[colour]',
      style: {
        'background-color': 'data(colour)',
        'border-color': 'data(ink)',
        // Cytoscape's types accept no data() mapper for shapes; a function mapper reads the same field.
        shape: (node: NodeSingular) => node.data('shape') as Css.NodeShape,
        ...(options.icons
          ? {
              'background-image': 'data(glyph)',
              'background-fit': 'none',
              'background-width': '56%',
              'background-height': '56%',
              'background-position-y': '50%',
              'background-clip': 'none',
            }
          : {}),
      },
    },
    ...(options.icons
      ? [
          {
            // A star's glyph sits lower and smaller, inside its body.
            selector: 'node[shape = "star"]',
            style: { 'background-width': '42%', 'background-height': '42%', 'background-position-y': '56%' },
          } satisfies StylesheetStyle,
        ]
      : []),
  ];
}

export function buildStylesheet(options: RenderingOptions): StylesheetJson {
  const outline = options.labelOutline ? { 'text-outline-color': '#ffffff', 'text-outline-width': 2, 'text-outline-opacity': 0.9 } : {};
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 'data(labelSize)',
        'font-weight': 500,
        color: INK,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'min-zoomed-font-size': 7,
        'border-width': 1.5,
        'border-opacity': 0.9,
        'overlay-opacity': 0,
        ...outline,
      },
    },
    ...typeStyles(options),
    {
      selector: 'edge',
      style: {
        width: 1.4,
        'line-color': EDGE,
        'curve-style': options.edgeCurve,
        ...(options.edgeCurve === 'haystack'
          ? { 'haystack-radius': 0.4 }
          : { 'target-arrow-shape': 'triangle', 'target-arrow-color': EDGE, 'arrow-scale': 0.9, 'control-point-step-size': 36 }),
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 9,
        color: '#4b5563',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
        'overlay-opacity': 0,
      },
    },
    { selector: '.hidden, .timeline-hidden', style: { display: 'none' } },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': INK } },
    { selector: 'node.truncated', style: { 'border-width': 4, 'border-style': 'double' } },
    { selector: 'node.off-path', style: dimmed('node', OFF_PATH_OPACITY) },
    { selector: 'edge.off-path', style: dimmed('edge', OFF_PATH_OPACITY) },
    { selector: 'node.out-of-range', style: dimmed('node', OUT_OF_RANGE_OPACITY) },
    { selector: 'edge.out-of-range', style: dimmed('edge', OUT_OF_RANGE_OPACITY) },
    {
      selector: 'edge.on-path',
      style: { width: 4, 'line-color': PATH, 'target-arrow-color': PATH, color: '#7a5600', 'z-index': 20, 'min-zoomed-font-size': 0 },
    },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': PATH, 'z-index': 20, 'min-zoomed-font-size': 0 } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
    // What an action just added: a halo, and names shown whatever the zoom, for a moment.
    { selector: '.just-added', style: { 'underlay-color': JUST_ADDED, 'underlay-opacity': 0.55, 'underlay-padding': 8 } },
    { selector: 'node.just-added', style: { 'min-zoomed-font-size': 0 } },
    {
      selector: 'edge.neighborhood',
      style: { width: 2.4, 'line-color': '#6b7280', 'target-arrow-color': '#6b7280', 'z-index': 10, 'min-zoomed-font-size': 0 },
    },
    {
      selector: 'node:selected',
      style: {
        opacity: 1,
        ...UNDIMMED_NODE,
        'text-opacity': 1,
        color: INK,
        'border-width': 4,
        'border-color': SELECT,
        'border-style': 'solid',
        'underlay-color': SELECT,
        'underlay-opacity': 0.15,
        'underlay-padding': 7,
        'min-zoomed-font-size': 0,
      },
    },
    {
      selector: 'edge:selected',
      style: {
        opacity: 1,
        'line-opacity': 1,
        width: 3.5,
        'line-color': SELECT,
        'target-arrow-color': SELECT,
        color: SELECT,
        'z-index': 30,
        'min-zoomed-font-size': 0,
      },
    },
    // Last, so the keyboard's focus shows over selection, paths and fades alike; its name shows whatever the zoom.
    {
      selector: `node.${KEYBOARD_FOCUS_CLASS}`,
      style: {
        opacity: 1,
        'text-opacity': 1,
        'outline-width': 3,
        'outline-color': KEYBOARD_FOCUS,
        'outline-opacity': 1,
        'outline-offset': 4,
        'outline-style': 'solid',
        'z-index': 40,
        'min-zoomed-font-size': 0,
      },
    },
    {
      // Cytoscape draws no outline round an edge: a dark band under it stands in.
      selector: `edge.${KEYBOARD_FOCUS_CLASS}`,
      style: {
        opacity: 1,
        'text-opacity': 1,
        'underlay-color': KEYBOARD_FOCUS,
        'underlay-opacity': 0.55,
        'underlay-padding': 5,
        'z-index': 40,
        'min-zoomed-font-size': 0,
      },
    },
  ];
}
