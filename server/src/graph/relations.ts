// Who did what to whom: relation triples matching any combination of subject, predicate, object, types and dates.
import {
  earliestDay,
  latestDay,
  type ActorVia,
  type EntityType,
  type RelationType,
  type RelationsAmongResponse,
  type RelationsResponse,
  type Triple,
} from '@kgx/contract';
import { tieToActor } from './actor-ties.ts';
import { int, type GraphClient } from './client.ts';
import { OPEN_END, readRelationTypes, relationsInWindow, spanClassBounds } from './date-spans.ts';
import { relationTypeAlternation } from './identifiers.ts';
import { toGraphEdge, toGraphNode } from './records.ts';

export interface RelationsFilter {
  subject: string | undefined;
  predicate: RelationType[] | undefined;
  object: string | undefined;
  subjectType: EntityType[] | undefined;
  objectType: EntityType[] | undefined;
  from: string | undefined;
  to: string | undefined;
  limit: number;
  /** Whether a chosen subject or object also stands for its organs and members (see actor-ties.ts). */
  includeOrgans?: boolean | undefined;
}

/** One end of the triples: any entity, the one asked for, or (with organs) it and whoever acts for it. */
function matchEnd(filter: RelationsFilter, end: 'subject' | 'object'): { node: string; ties: string } {
  const id = filter[end];
  const variable = end === 'subject' ? 's' : 'o';
  if (id === undefined) return { node: `(${variable}:Entity)`, ties: '' };
  if (filter.includeOrgans !== true) return { node: `(${variable}:Entity {id: $${end}})`, ties: '' };
  const actor = `${end}Actor`;
  return {
    node: `(${variable})`,
    ties: `MATCH (${actor}:Entity {id: $${end}})\nMATCH ${tieToActor({ tie: `${end}Tie`, member: variable, actor })}\n`,
  };
}

/**
 * The MATCH anchors on whichever end is known, so a subject or object filter reads a few rows, not the whole graph;
 * with organs, on the entity asked for and the few that act for it. With neither end but a start day, it seeks the
 * relation types' window indexes (date-spans.ts), `windowTypes` being the types asked for or else all the graph holds.
 */
function matchTriples(filter: RelationsFilter, windowTypes: readonly string[] | undefined): string {
  const endTypes = `($subjectTypes IS NULL OR any(label IN labels(s) WHERE label IN $subjectTypes))
  AND ($objectTypes IS NULL OR any(label IN labels(o) WHERE label IN $objectTypes))`;
  if (windowTypes !== undefined) {
    return `
${relationsInWindow(windowTypes)}
WITH r, startNode(r) AS s, endNode(r) AS o
WHERE ${endTypes}`;
  }
  const subject = matchEnd(filter, 'subject');
  const object = matchEnd(filter, 'object');
  return `
${subject.ties}${object.ties}MATCH ${subject.node}-[r:${relationTypeAlternation(filter.predicate ?? [])}]->${object.node}
WHERE ${endTypes}
  AND ($from IS NULL OR r.dateTo >= $from)
  AND ($to IS NULL OR r.dateFrom <= $to)`;
}

/** Whether the triples are sought through the window indexes: a start day and no end to anchor on. */
const seeksWindow = (filter: RelationsFilter) => filter.from !== undefined && filter.subject === undefined && filter.object === undefined;

/** The ties of one end, in order from the triple's end to the entity asked for; none when it is that entity. */
function returnTies(filter: RelationsFilter, end: 'subject' | 'object'): string {
  if (filter.includeOrgans !== true || filter[end] === undefined) return `[] AS ${end}Ties`;
  return `[t IN relationships(${end}Tie) | {r: t, from: startNode(t).id, to: endNode(t)}] AS ${end}Ties`;
}

const countTriples = (filter: RelationsFilter, windowTypes: readonly string[] | undefined) => `${matchTriples(filter, windowTypes)}
RETURN count(r) AS total`;

const readTriples = (filter: RelationsFilter, windowTypes: readonly string[] | undefined) => `${matchTriples(filter, windowTypes)}
RETURN s, r, o, ${returnTies(filter, 'subject')}, ${returnTies(filter, 'object')}
ORDER BY coalesce(r.dateFrom, '9999'), coalesce(s.degree, 0) DESC, s.name, type(r), o.name
LIMIT $limit`;

interface TieItem {
  r: Parameters<typeof toGraphEdge>[0];
  from: string;
  to: Parameters<typeof toGraphNode>[0];
}

/** A chain of ties as the contract has it: absent when there is none (the end is the entity asked for). */
function toVia(items: readonly TieItem[]): ActorVia | undefined {
  if (items.length === 0) return undefined;
  return items.map((item) => {
    const to = toGraphNode(item.to);
    return { relation: toGraphEdge(item.r, item.from, to.id), to };
  });
}

export async function readRelations(client: GraphClient, filter: RelationsFilter): Promise<RelationsResponse> {
  const from = filter.from === undefined ? null : earliestDay(filter.from);
  const windowed = seeksWindow(filter);
  const params = {
    subject: filter.subject ?? null,
    object: filter.object ?? null,
    subjectTypes: filter.subjectType ?? null,
    objectTypes: filter.objectType ?? null,
    from,
    to: filter.to === undefined ? (windowed ? OPEN_END : null) : latestDay(filter.to),
    limit: int(filter.limit),
    spanClasses: from === null ? [] : spanClassBounds(from),
  };
  return client.read(async (tx) => {
    // A type named twice is one branch, as `A|A` is one type in a pattern.
    const windowTypes = windowed ? [...new Set(filter.predicate ?? (await readRelationTypes(tx)))] : undefined;
    if (windowTypes?.length === 0) return { triples: [], total: 0, truncated: false };
    const total = Number((await tx.run(countTriples(filter, windowTypes), params)).records[0]?.get('total') ?? 0);
    const records = (await tx.run(readTriples(filter, windowTypes), params)).records;
    const triples = records.map((record): Triple => {
      const subject = toGraphNode(record.get('s'));
      const object = toGraphNode(record.get('o'));
      const subjectVia = toVia(record.get('subjectTies') as TieItem[]);
      const objectVia = toVia(record.get('objectTies') as TieItem[]);
      return {
        subject,
        relation: toGraphEdge(record.get('r'), subject.id, object.id),
        object,
        ...(subjectVia ? { subjectVia } : {}),
        ...(objectVia ? { objectVia } : {}),
      };
    });
    return { triples, total, truncated: total > triples.length };
  });
}

const relationsAmong = (types: readonly RelationType[]) => `
MATCH (s:Entity)-[r:${relationTypeAlternation(types)}]->(o:Entity)
WHERE s.id IN $ids AND o.id IN $ids
WITH s, r, o ORDER BY s.id, type(r), o.id
WITH collect({s: s.id, r: r, o: o.id}) AS items
RETURN size(items) AS total, items[0..$limit] AS items`;

interface AmongItem {
  s: string;
  r: Parameters<typeof toGraphEdge>[0];
  o: string;
}

/** Every relation whose two ends are both among the ids, in a stable order, capped. */
export async function readRelationsAmong(
  client: GraphClient,
  filter: { ids: readonly string[]; relation?: RelationType[] | undefined; limit: number },
): Promise<RelationsAmongResponse> {
  return client.read(async (tx) => {
    const record = (await tx.run(relationsAmong(filter.relation ?? []), { ids: [...new Set(filter.ids)], limit: int(filter.limit) }))
      .records[0];
    const items = (record?.get('items') ?? []) as AmongItem[];
    const total = Number(record?.get('total') ?? 0);
    return { edges: items.map((item) => toGraphEdge(item.r, item.s, item.o)), total, truncated: total > items.length };
  });
}
