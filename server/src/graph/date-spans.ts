// What makes "every relation that may fall in a window" an index seek rather than a read of every relation. A relation
// covers the days dateFrom..dateTo; it falls in a window when it starts on or before the window's last day and ends on
// or after its first. An index on the start alone bounds the first test only, so each relation also stores the class
// of its length (`dateSpanClass`): a relation of class k is at most SPAN_CLASS_LIMITS[k] days long, so one that
// reaches the window started at most that many days before it. Per class, the seek is then bounded at both ends:
// dateFrom from (window start - the class's limit) to the window's end. A composite range index per relation type on
// (dateSpanClass, dateFrom, dateTo) serves it (Neo4j 5 has no property index across relationship types; a pattern
// naming several types is planned as a union of their seeks).
import { MENTIONS, RELATION_TYPE_PATTERN } from '@kgx/contract';
import type { GraphClient } from './client.ts';
import { quoteIdentifier } from './identifiers.ts';

/**
 * The longest span, in days after the first, of each class but the last: a relation of class k lasts more than
 * limit[k - 1] and at most limit[k] days; the last class (more than 179 years) is unbounded. Each limit is four times
 * the previous one plus three, so a seek reads at most about four times the days its class can reach into the window.
 */
export const SPAN_CLASS_LIMITS = [0, 3, 15, 63, 255, 1_023, 4_095, 16_383, 65_535] as const;
const UNBOUNDED_CLASS = SPAN_CLASS_LIMITS.length;

/** The class of `r`'s span, as Cypher: null when it is undated. The one place the classes are computed. */
export const DATE_SPAN_CLASS = `CASE WHEN r.dateFrom IS NULL OR r.dateTo IS NULL THEN null
  ELSE size([limit IN [${SPAN_CLASS_LIMITS.join(', ')}] WHERE duration.inDays(date(r.dateFrom), date(r.dateTo)).days > limit]) END`;

/** Appended to every write that sets `r.dateFrom` / `r.dateTo`, after it. */
export const SET_DATE_SPAN_CLASS = `SET r.dateSpanClass = ${DATE_SPAN_CLASS}`;

const DAY_MS = 86_400_000;

/** The day `days` days before a day (YYYY-MM-DD), in the proleptic Gregorian calendar as Neo4j's `date()` reads it. */
function daysBefore(day: string, days: number): string {
  const time = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(time)) throw new Error(`not a day: ${JSON.stringify(day)}`);
  const earlier = new Date(time - days * DAY_MS);
  // Before year 0 a string comparison no longer orders days; nothing starts earlier than that anyway.
  return earlier.getUTCFullYear() < 0 ? '0000-01-01' : earlier.toISOString().slice(0, 10);
}

export interface SpanClassBound {
  spanClass: number;
  /** The earliest start a relation of this class that reaches the window can have. */
  earliestStart: string;
}

/** Per class, how early a relation that reaches a window beginning on `fromDay` may start. */
export function spanClassBounds(fromDay: string): SpanClassBound[] {
  return [
    ...SPAN_CLASS_LIMITS.map((limit, spanClass) => ({ spanClass, earliestStart: daysBefore(fromDay, limit) })),
    { spanClass: UNBOUNDED_CLASS, earliestStart: '' },
  ];
}

/**
 * Every relation `r` of these types (each a vocabulary relation type, always between two entities) that may fall
 * between the days `$from` and `$to`, with `$spanClasses` from spanClassBounds(`$from`): per class of span, one seek
 * of each type's window index. Written as one branch per type, UNION ALL: a pattern naming the types together is
 * planned as the same seeks, then a Distinct over every row found, which a large window pays for in time and memory.
 * The ends' labels are not read: the caller takes `startNode(r)` and `endNode(r)` only for the rows it keeps.
 */
export function relationsInWindow(types: readonly string[]): string {
  const branches = types.map(
    (type) => `MATCH ()-[r:${quoteIdentifier(type)}]->()
    WHERE r.dateSpanClass = bound.spanClass AND r.dateFrom >= bound.earliestStart AND r.dateFrom <= $to AND r.dateTo >= $from
    RETURN r`,
  );
  return `UNWIND $spanClasses AS bound
CALL (bound) {
    ${branches.join('\n    UNION ALL\n    ')}
}`;
}

/** The last day a window open at its end may reach: any derived day sorts before it. */
export const OPEN_END = '9999-12-31';

/** The relation types the graph holds between entities, read from the database (so another process's import counts). */
export async function relationTypesInGraph(client: GraphClient): Promise<string[]> {
  return client.read(async (tx) => {
    const result = await tx.run('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType');
    return result.records
      .map((r) => String(r.get('relationshipType')))
      .filter((type) => type !== MENTIONS && RELATION_TYPE_PATTERN.test(type))
      .sort();
  });
}

const indexName = (type: string) => `relation_days_${type}`;

/**
 * Creates the window index of every relation type the graph holds that has none yet (each IF NOT EXISTS); Neo4j
 * fills a new one in the background, and until it is online a window reads that type's relations instead.
 */
export async function ensureDateSpanIndexes(client: GraphClient): Promise<void> {
  const types = await relationTypesInGraph(client);
  const existing = await client.read(async (tx) => {
    const result = await tx.run('SHOW INDEXES YIELD name RETURN collect(name) AS names');
    return new Set((result.records[0]?.get('names') ?? []) as string[]);
  });
  for (const type of types) {
    if (existing.has(indexName(type))) continue;
    const quoted = quoteIdentifier(type);
    await client.runAutoCommit(
      `CREATE INDEX \`${indexName(type)}\` IF NOT EXISTS FOR ()-[r:${quoted}]-() ON (r.dateSpanClass, r.dateFrom, r.dateTo)`,
    );
  }
}

const UNCLASSIFIED = `
MATCH ()-[r]->() WHERE r.dateFrom IS NOT NULL AND r.dateSpanClass IS NULL
CALL (r) { ${SET_DATE_SPAN_CLASS} } IN TRANSACTIONS OF 10000 ROWS`;

const CLASSIFIED_MARK = 'dateSpanClasses';

/**
 * Relations written before the classes existed (or by another tool, such as neo4j-admin's importer) get theirs once
 * per database; the graph's state records that it was done, so later starts read nothing.
 */
export async function classifyDateSpans(client: GraphClient): Promise<void> {
  const done = await client.read(async (tx) => {
    const result = await tx.run(`OPTIONAL MATCH (g:GraphState {id: 'graph'}) RETURN g.${CLASSIFIED_MARK} AS done`);
    return result.records[0]?.get('done') === true;
  });
  if (done) return;
  await client.runAutoCommit(UNCLASSIFIED);
  await client.write((tx) => tx.run(`MERGE (g:GraphState {id: 'graph'}) SET g.${CLASSIFIED_MARK} = true`));
}
