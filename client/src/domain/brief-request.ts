// What an "Explain" button asks a brief of: a path's relations, a selection's, or an entity's on the canvas.
import { MAX_BRIEF_RELATIONS, MENTIONS, type BriefRequestInput, type GraphEdge, type Path } from '@kgx/contract';

/** A brief request, and how many relations there were before the cap. */
export interface BriefAsk {
  request: BriefRequestInput;
  /** Relations that qualified; more than the request holds when past MAX_BRIEF_RELATIONS. */
  total: number;
}

function ask(edges: readonly GraphEdge[], focus: readonly string[]): BriefAsk {
  const ids = [...new Set(edges.filter((e) => e.type !== MENTIONS).map((e) => e.id))];
  return {
    request: { relationIds: ids.slice(0, MAX_BRIEF_RELATIONS), ...(focus.length > 0 ? { focus: [...focus] } : {}) },
    total: ids.length,
  };
}

/** A path's relations in walking order, headed by its two ends. */
export function pathBrief(path: Path): BriefAsk {
  const byId = new Map(path.edges.map((e) => [e.id, e]));
  const first = path.nodeIds[0];
  const last = path.nodeIds[path.nodeIds.length - 1];
  const ends = first !== undefined && last !== undefined && first !== last ? [first, last] : [];
  return ask(
    path.edgeIds.flatMap((id) => byId.get(id) ?? []),
    ends,
  );
}

/** The selected relations, and every relation on the canvas between two selected entities. */
export function selectionBrief(edges: readonly GraphEdge[], selection: readonly string[]): BriefAsk {
  const selected = new Set(selection);
  return ask(
    edges.filter((e) => selected.has(e.id) || (selected.has(e.source) && selected.has(e.target))),
    [],
  );
}

/** An entity's relations as the canvas shows them. */
export function entityBrief(edges: readonly GraphEdge[], entityId: string): BriefAsk {
  return ask(
    edges.filter((e) => e.source === entityId || e.target === entityId),
    [entityId],
  );
}

/** A file name from the brief's title: "How A connects to B" → "brief-how-a-connects-to-b.md". */
export function briefFileName(title: string, extension: 'md' | 'html'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `brief${slug === '' ? '' : `-${slug}`}.${extension}`;
}
