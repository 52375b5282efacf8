// Chooses how much the canvas draws by graph size: small graphs get the full treatment, large ones the cheap one.

export interface RenderingOptions {
  /** Haystack edges are far cheaper than bezier ones but draw no arrows and merge parallel edges. */
  edgeCurve: 'bezier' | 'haystack';
  /** Type glyphs drawn inside nodes. */
  icons: boolean;
  /** White halo around labels, for legibility over edges. */
  labelOutline: boolean;
  /** Whether layouts move nodes smoothly to their place. */
  animate: boolean;
  /** Viewport tricks (texture while panning, edges hidden while moving) for very large graphs. */
  viewportShortcuts: boolean;
  /** Cytoscape's WebGL renderer instead of the 2D canvas. */
  webgl: boolean;
}

/**
 * When the WebGL renderer draws: `auto` for graphs past the viewport threshold on a browser that draws WebGL on a
 * graphics processor (in software it loses to the 2D canvas); `always` and `never` for the benchmark that compares them.
 */
export type WebglPolicy = 'auto' | 'always' | 'never';

export interface RendererChoice {
  policy: WebglPolicy;
  /** Whether WebGL is drawn on a graphics processor here (graphics.ts); asked only for a graph large enough to matter. */
  hardware: () => boolean;
}

export const LIMITS = {
  animateNodes: 400,
  bezierEdges: 1500,
  iconNodes: 1500,
  outlineElements: 2500,
  viewportElements: 6000,
} as const;

export function renderingOptionsFor(
  nodeCount: number,
  edgeCount: number,
  renderer: RendererChoice = { policy: 'auto', hardware: () => false },
): RenderingOptions {
  const elements = nodeCount + edgeCount;
  const webgl = renderer.policy === 'always' || (renderer.policy === 'auto' && elements > LIMITS.viewportElements && renderer.hardware());
  return {
    webgl,
    edgeCurve: edgeCount <= LIMITS.bezierEdges ? 'bezier' : 'haystack',
    icons: nodeCount <= LIMITS.iconNodes,
    labelOutline: elements <= LIMITS.outlineElements,
    animate: nodeCount <= LIMITS.animateNodes,
    viewportShortcuts: elements > LIMITS.viewportElements,
  };
}

export function sameRenderingOptions(a: RenderingOptions, b: RenderingOptions): boolean {
  return (
    a.edgeCurve === b.edgeCurve &&
    a.icons === b.icons &&
    a.labelOutline === b.labelOutline &&
    a.animate === b.animate &&
    a.viewportShortcuts === b.viewportShortcuts &&
    a.webgl === b.webgl
  );
}
