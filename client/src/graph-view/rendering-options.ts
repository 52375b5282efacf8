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
}

export const LIMITS = {
  animateNodes: 400,
  bezierEdges: 1500,
  iconNodes: 1500,
  outlineElements: 2500,
  viewportElements: 6000,
} as const;

export function renderingOptionsFor(nodeCount: number, edgeCount: number): RenderingOptions {
  const elements = nodeCount + edgeCount;
  return {
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
    a.viewportShortcuts === b.viewportShortcuts
  );
}
