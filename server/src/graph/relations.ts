// Who did what to whom: relation triples matching any combination of subject, predicate, object, types and dates.
import {
  earliestDay,
  latestDay,
  type EntityType,
  type RelationType,
  type RelationsAmongResponse,
  type RelationsResponse,
} from '@kgx/contract';
import { int, type GraphClient } from './client.ts';
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
}

/** The MATCH anchors on whichever end is known, so a subject or object filter reads a few rows, not the whole graph. */
function matchTriples(filter: RelationsFilter): string {
  const subject = filter.subject === undefined ? '(s:Entity)' : '(s:Entity {id: $subject})';
  const object = filter.object === undefined ? '(o:Entity)' : '(o:Entity {id: $object})';
  return `
MATCH ${subject}-[r:${relationTypeAlternation(filter.predicate ?? [])}]->${object}
WHERE ($subjectTypes IS NULL OR any(label IN labels(s) WHERE label IN $subjectTypes))
  AND ($objectTypes IS NULL OR any(label IN labels(o) WHERE label IN $objectTypes))
  AND ($from IS NULL OR r.dateTo >= $from)
  AND ($to IS NULL OR r.dateFrom <= $to)`;
}

const countTriples = (filter: RelationsFilter) => `${matchTriples(filter)}
RETURN count(r) AS total`;

const readTriples = (filter: RelationsFilter) => `${matchTriples(filter)}
RETURN s, r, o
ORDER BY coalesce(r.dateFrom, '9999'), coalesce(s.degree, 0) DESC, s.name, type(r), o.name
LIMIT $limit`;

export async function readRelations(client: GraphClient, filter: RelationsFilter): Promise<RelationsResponse> {
  const params = {
    subject: filter.subject ?? null,
    object: filter.object ?? null,
    subjectTypes: filter.subjectType ?? null,
    objectTypes: filter.objectType ?? null,
    from: filter.from === undefined ? null : earliestDay(filter.from),
    to: filter.to === undefined ? null : latestDay(filter.to),
    limit: int(filter.limit),
  };
  return client.read(async (tx) => {
    const total = Number((await tx.run(countTriples(filter), params)).records[0]?.get('total') ?? 0);
    const records = (await tx.run(readTriples(filter), params)).records;
    const triples = records.map((record) => {
      const subject = toGraphNode(record.get('s'));
      const object = toGraphNode(record.get('o'));
      return { subject, relation: toGraphEdge(record.get('r'), subject.id, object.id), object };
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
