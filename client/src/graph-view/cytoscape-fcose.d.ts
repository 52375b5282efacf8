// Types for cytoscape-fcose, which ships none: the extension itself and the options this app passes.
declare module 'cytoscape-fcose' {
  import type { BaseLayoutOptions, AnimatedLayoutOptions, Ext, NodeSingular, EdgeSingular, Position } from 'cytoscape';

  export interface FcoseLayoutOptions extends BaseLayoutOptions, AnimatedLayoutOptions {
    name: 'fcose';
    quality?: 'draft' | 'default' | 'proof';
    randomize?: boolean;
    fit?: boolean;
    padding?: number;
    nodeDimensionsIncludeLabels?: boolean;
    uniformNodeDimensions?: boolean;
    packComponents?: boolean;
    nodeRepulsion?: number | ((node: NodeSingular) => number);
    idealEdgeLength?: number | ((edge: EdgeSingular) => number);
    edgeElasticity?: number | ((edge: EdgeSingular) => number);
    nestingFactor?: number;
    numIter?: number;
    gravity?: number;
    gravityRange?: number;
    tile?: boolean;
    fixedNodeConstraint?: { nodeId: string; position: Position }[];
  }

  const fcose: Ext;
  export default fcose;
}
