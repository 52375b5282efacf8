// Turns a path into readable steps: "Ruben Vardanyan —detained by→ Azerbaijani Armed Forces".
import type { GraphEdge, GraphNode, Path } from '@kgx/contract';
import { isActorTie } from './actor-via.ts';
import { readRelationFrom } from './relation-wording.ts';

export interface PathStep {
  from: GraphNode;
  to: GraphNode;
  edge: GraphEdge;
  /** The relation read in walking order, e.g. "detained by" when walking from the detainee. */
  wording: string;
  /** An organ or member tie ("has organ", "member of"): the step by which a path reaches the body that acted. */
  tie: boolean;
}

function placeholderNode(id: string): GraphNode {
  return { id, type: 'Event', name: id, aliases: [] };
}

/** Steps in walking order; edges that point against the walk read with the inverse wording. */
export function toPathSteps(path: Path): PathStep[] {
  const nodesById = new Map(path.nodes.map((n) => [n.id, n]));
  const edgesById = new Map(path.edges.map((e) => [e.id, e]));
  const steps: PathStep[] = [];
  path.edgeIds.forEach((edgeId, index) => {
    const edge = edgesById.get(edgeId);
    const fromId = path.nodeIds[index];
    const toId = path.nodeIds[index + 1];
    if (!edge || fromId === undefined || toId === undefined) return;
    const from = nodesById.get(fromId) ?? placeholderNode(fromId);
    const to = nodesById.get(toId) ?? placeholderNode(toId);
    steps.push({ from, to, edge, wording: readRelationFrom(edge, fromId).wording, tie: isActorTie(edge) });
  });
  return steps;
}

/** The whole path on one line: "A —detained by→ B —located in→ C". */
export function pathToText(path: Path): string {
  const steps = toPathSteps(path);
  const first = steps[0];
  if (!first) {
    const only = path.nodes.find((n) => n.id === path.nodeIds[0]);
    return only?.name ?? '';
  }
  return steps.reduce((text, step) => `${text} —${step.wording}→ ${step.to.name}`, first.from.name);
}
