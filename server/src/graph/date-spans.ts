// What makes "every relation that may fall in a window" an index seek rather than a read of every relation. A relation
// covers the days dateFrom..dateTo; it falls in a window when it starts on or before the window's last day and ends on
// or after its first. An index on the start alone bounds the first test only, so each relation also stores the class
// of its length (`dateSpanClass`): a relation of class k is at most SPAN_CLASS_LIMITS[k] days long, so one that
// reaches the window started at most that many days before it. Per class, the seek is then bounded at both ends:
// dateFrom from (window start - the class's limit) to the window's end. A composite range index per relation type on
// (dateSpanClass, dateFrom, dateTo) serves it (Neo4j 5 has no property index across relationship types; a pattern
// naming several types is planned as a union of their seeks).
import { MENTIONS } from '@kgx/contract';
import type { GraphClient, TxRunner } from './client.ts';
import { isQuotableRelationType, quoteIdentifier } from './identifiers.ts';

/**
 * The longest span, in days after the first, of each class but the last: a relation of class k lasts more than
 * limit[k - 1] and at most limit[k] days; the last class (more than 179 years) is unbounded. Each limit is four times
 * the previous one plus three, so a seek reads at most about four times the days its class can reach into the window.
 */
export const SPAN_CLASS_LIMITS = [0, 3, 15, 63, 255, 1_023, 4_095, 16_383, 65_535] as const;
const UNBOUNDED_CLASS = SPAN_CLASS_LIMITS.length;

/**
 * A day's place in a calendar of 12 months of 31 days (`YYYY-MM-DD`): order-preserving for any string of that form,
 * impossible days such as 2023-02-30 included, and a step of one real day is never less than one here, so a span
 * measured this way is never shorter than the real one. Cypher's `date()` would refuse an impossible day.
 */
export function dayOrdinal(day: string): number {
  const [year, month, date] = [day.slice(0, 4), day.slice(5, 7), day.slice(8, 10)].map(Number);
  return (year ?? 0) * 372 + ((month ?? 1) - 1) * 31 + ((date ?? 1) - 1);
}

/** The day at an ordinal (see dayOrdinal); it may be one no calendar has (2023-02-30), which only bounds a seek. */
export function ordinalDay(ordinal: number): string {
  if (ordinal < 0) return '0000-01-01';
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const year = Math.floor(ordinal / 372);
  const inYear = ordinal % 372;
  return `${pad(year, 4)}-${pad(Math.floor(inYear / 31) + 1, 2)}-${pad((inYear % 31) + 1, 2)}`;
}

/** dayOrdinal in Cypher: null for a value not of that form. */
const ordinalOf = (day: string) =>
  `toInteger(substring(${day}, 0, 4)) * 372 + (toInteger(substring(${day}, 5, 2)) - 1) * 31 + toInteger(substring(${day}, 8, 2)) - 1`;

/**
 * The class of a relation's span, as Cypher: null when it is undated; the unbounded class when a day is not of the
 * form `YYYY-MM-DD` (written by another tool), so that a window still finds it. The one place classes are computed.
 */
export const dateSpanClass = (r: string) => `CASE WHEN ${r}.dateFrom IS NULL OR ${r}.dateTo IS NULL THEN null
  ELSE [span IN [${ordinalOf(`${r}.dateTo`)} - (${ordinalOf(`${r}.dateFrom`)})] |
    CASE WHEN span IS NULL THEN ${UNBOUNDED_CLASS} ELSE size([limit IN [${SPAN_CLASS_LIMITS.join(', ')}] WHERE span > limit]) END][0] END`;

/** Appended to every write that sets a relation's `dateFrom` / `dateTo` (or all its properties), after it. */
export const setDateSpanClass = (r = 'r') => `SET ${r}.dateSpanClass = ${dateSpanClass(r)}`;
export const SET_DATE_SPAN_CLASS = setDateSpanClass();

export interface SpanClassBound {
  spanClass: number;
  /** The earliest start a relation of this class that reaches the window can have. */
  earliestStart: string;
}

/**
 * Per class, how early a relation that reaches a window beginning on `fromDay` may start: a relation ending on or
 * after `fromDay` with a span of at most the class's limit starts at most that limit before it (in ordinal days,
 * as the class was measured).
 */
export function spanClassBounds(fromDay: string): SpanClassBound[] {
  const from = dayOrdinal(fromDay);
  return [
    ...SPAN_CLASS_LIMITS.map((limit, spanClass) => ({ spanClass, earliestStart: ordinalDay(from - limit) })),
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

/** The relation types the graph holds between entities, read in the caller's transaction (another process's import counts). */
export async function readRelationTypes(tx: TxRunner): Promise<string[]> {
  const result = await tx.run('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType');
  return result.records
    .map((r) => String(r.get('relationshipType')))
    .filter((type) => type !== MENTIONS && isQuotableRelationType(type))
    .sort();
}

/** readRelationTypes in a transaction of its own. */
export async function relationTypesInGraph(client: GraphClient): Promise<string[]> {
  return client.read(readRelationTypes);
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
 * per database; the graph's state records that it was done, so later starts read nothing. `again`: look all the same
 * (start adopted data written by another tool since).
 */
export async function classifyDateSpans(client: GraphClient, opts: { again?: boolean } = {}): Promise<void> {
  const done =
    opts.again !== true &&
    (await client.read(async (tx) => {
      const result = await tx.run(`OPTIONAL MATCH (g:GraphState {id: 'graph'}) RETURN g.${CLASSIFIED_MARK} AS done`);
      return result.records[0]?.get('done') === true;
    }));
  if (done) return;
  await client.runAutoCommit(UNCLASSIFIED);
  await client.write((tx) => tx.run(`MERGE (g:GraphState {id: 'graph'}) SET g.${CLASSIFIED_MARK} = true`));
}
