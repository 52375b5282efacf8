// How two entities connect: the k shortest paths over who-did-what relations (documents are never steps), or the first
// k of a bounded number of them whose dated steps run forward in time.
import type { Path as DriverPath } from 'neo4j-driver';
import type { Path, RelationType, TimeOrderSearch } from '@kgx/contract';
import { int, type GraphClient, type StreamEnd } from './client.ts';
import { endTieTypes, tieSteps } from './actor-ties.ts';
import { relationTypeAlternation } from './identifiers.ts';
import { pathParts } from './records.ts';

interface WalkOptions {
  maxHops: number;
  relations: readonly RelationType[];
  /** Whether some entities may not be stepped on (`$exclude`): tested at each step, so the search never goes through them. */
  excluding: boolean;
  /**
   * Whether entities with more than `$hubDegree` relations may not be stepped through (`to` may still be one): a
   * registered agent of a hundred thousand companies connects everything to everything and says nothing, and a search
   * that expands it reads its hundred thousand relations at every level.
   */
  cappingHubs: boolean;
  /** Whether a path may start at an organ or member of `a` and end at one of `b` (see actor-ties.ts). */
  includeOrgans: boolean;
}

/**
 * What every step must land on, tested during the search; undefined when any entity will do. The hub cap holds in the
 * middle of a path only: the tie steps to an organ or member of an end are not held to it. An entity whose degree was
 * never stored counts as no hub.
 */
function stepCondition(opts: WalkOptions, at: 'middle' | 'ties'): ((node: string) => string) | undefined {
  const capping = opts.cappingHubs && at === 'middle';
  const parts = (node: string) => [
    ...(opts.excluding ? [`NOT ${node}.id IN $exclude`] : []),
    ...(capping ? [`(coalesce(${node}.degree, 0) <= $hubDegree OR ${node}.id = $to)`] : []),
  ];
  return opts.excluding || capping ? (node) => parts(node).join(' AND ') : undefined;
}

/**
 * The walk from a to b; `maxHops` is a validated integer. The last step lands on b, which is never among the excluded.
 * With organs, up to a few tie steps at either end come before and after the `maxHops` steps through the chosen relations.
 */
function walk(opts: WalkOptions): string {
  const step = relationTypeAlternation(opts.relations);
  const condition = stepCondition(opts, 'middle');
  const middle = condition ? `(()-[:${step}]-(n) WHERE ${condition('n')}){1,${opts.maxHops}}` : `-[:${step}]-{1,${opts.maxHops}}`;
  const ties = opts.includeOrgans ? endTieTypes(opts.relations) : [];
  if (ties.length === 0) return `(a)${middle}(b)`;
  const tieCondition = stepCondition(opts, 'ties');
  const start = tieSteps({ at: 'start', types: ties, node: 'fromTie', condition: tieCondition });
  const end = tieSteps({ at: 'end', types: ties, node: 'toTie', condition: tieCondition });
  // Quantified relationships (tie steps with no condition) need a node pattern on either side; groups do not.
  return tieCondition ? `(a)${start}${middle}${end}(b)` : `(a)${start}()${middle}()${end}(b)`;
}

/**
 * A walk that visits no entity twice. SHORTEST gives trails (no relation twice), so a walk round a loop (S, X, Y, Z, X, T)
 * counts as a path; a predicate on the whole path inside the pattern would cost the fast bidirectional search, so
 * walks are over-fetched (SIMPLE_PATH_OVERFETCH) and the loops filtered out after.
 */
const IS_SIMPLE = `all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])`;

/** How many shortest walks are read per path asked for: a loop is longer than the path it loops on, so few are needed. */
export const SIMPLE_PATH_OVERFETCH = 3;

/** `k` is a validated integer: Cypher takes neither it nor `maxHops` as a parameter in these positions. */
const shortestPaths = (opts: WalkOptions & { k: number }) => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST ${opts.k * SIMPLE_PATH_OVERFETCH} ${walk(opts)}
WITH p WHERE ${IS_SIMPLE}
RETURN p
ORDER BY length(p)
LIMIT ${opts.k}`;

export interface PathsFilter {
  from: string;
  to: string;
  k: number;
  maxHops: number;
  relation: RelationType[] | undefined;
  /** Entities no path may pass through. */
  exclude?: string[] | undefined;
  /** Whether a path may start and end at an organ or member of its ends. */
  includeOrgans?: boolean | undefined;
  /** Entities with more relations than this are not stepped through (`to` may be one); undefined: no cap. */
  hubDegree?: number | undefined;
}

/** The walk's shape and its parameters, from a filter. */
function walkOf(filter: PathsFilter): { walk: Omit<WalkOptions, 'maxHops'>; params: Record<string, unknown> } {
  const exclude = filter.exclude ?? [];
  const { hubDegree } = filter;
  return {
    walk: {
      relations: filter.relation ?? [],
      excluding: exclude.length > 0,
      cappingHubs: hubDegree !== undefined,
      includeOrgans: filter.includeOrgans === true,
    },
    params: { from: filter.from, to: filter.to, exclude, ...(hubDegree !== undefined ? { hubDegree: int(hubDegree) } : {}) },
  };
}

/**
 * Whether the dated steps of path `p` can follow one another in time: the rule of `orderInTime` (services/time-order.ts,
 * which explains each path kept and is unit-tested), over the `dateFrom`/`dateTo` days derived at import. It carries
 * the earliest day the walk can have reached; a step ending before it breaks the order (null), an undated step leaves it.
 * Neo4j 5 has no allReduce to prune the search with this, so it filters paths already found.
 */
const IN_TIME_ORDER = `reduce(earliest = '', r IN relationships(p) |
    CASE
      WHEN earliest IS NULL OR coalesce(r.dateFrom, r.dateTo) IS NULL THEN earliest
      WHEN coalesce(r.dateTo, r.dateFrom) < earliest THEN null
      WHEN coalesce(r.dateFrom, r.dateTo) > earliest THEN coalesce(r.dateFrom, r.dateTo)
      ELSE earliest
    END) IS NOT NULL`;

/**
 * `candidates` and `maxHops` are validated integers, as for `shortestPaths`. One row per walk, shortest first: whether
 * it is a path (no entity twice) and in time order, and the path itself only when it is both.
 */
const timeOrderedPaths = (opts: WalkOptions & { candidates: number }) => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST ${opts.candidates} ${walk(opts)}
WITH p, ${IS_SIMPLE} AS simple
WITH p, simple, simple AND ${IN_TIME_ORDER} AS inOrder
RETURN length(p) AS hops, simple, inOrder, CASE WHEN inOrder THEN p END AS p`;

function toPath(path: DriverPath): Path {
  const { nodes, edges } = pathParts(path);
  return { nodes, edges, length: edges.length, nodeIds: nodes.map((n) => n.id), edgeIds: edges.map((e) => e.id) };
}

export async function findShortestPaths(client: GraphClient, filter: PathsFilter): Promise<Path[]> {
  if (!Number.isInteger(filter.k) || !Number.isInteger(filter.maxHops)) throw new Error('k and maxHops must be integers');
  const { walk: shape, params } = walkOf(filter);
  const query = shortestPaths({ ...shape, k: filter.k, maxHops: filter.maxHops });
  return client.read(async (tx) => {
    const records = (await tx.run(query, params)).records;
    return records.map((record) => toPath(record.get('p') as DriverPath));
  });
}

export interface TimeOrderFilter extends PathsFilter {
  /** The most walks checked, shortest first. */
  candidates: number;
  /** How long the search may run; what it checked before is kept. */
  budgetMs: number;
}

/** Why a time-ordered search stopped (see TimeOrderSearchSchema). */
export type TimeOrderEnd = TimeOrderSearch['end'];

export interface TimeOrderedPaths {
  /** How many of the shortest paths were checked, shortest first. */
  checked: number;
  /** How many of those are in time order. */
  inOrder: number;
  /** The first k of them, shortest first. */
  paths: Path[];
  end: TimeOrderEnd;
}

/** The statement and parameters of a time-ordered search: one row per walk, shortest first (see `timeOrderedPaths`). */
export function timeOrderedWalks(filter: TimeOrderFilter): { query: string; params: Record<string, unknown> } {
  if (!Number.isInteger(filter.candidates) || !Number.isInteger(filter.maxHops)) throw new Error('candidates and maxHops must be integers');
  const { walk: shape, params } = walkOf(filter);
  return { query: timeOrderedPaths({ ...shape, candidates: filter.candidates, maxHops: filter.maxHops }), params };
}

/**
 * Why a search that read `walks` of at most `candidates` walks stopped. All the walks the statement can yield were read
 * when there were `candidates` of them, even if the budget ran out as the last one was taken; when there were fewer,
 * only the stream's own end tells whether more were coming.
 */
export function timeOrderEnd(streamEnd: StreamEnd, walks: number, candidates: number): TimeOrderEnd {
  if (streamEnd === 'stopped') return 'enough';
  if (walks >= candidates) return 'bound';
  return streamEnd === 'budget' ? 'budget' : 'all';
}

/**
 * Checks the shortest paths, shortest first, as Neo4j finds them, and stops at the first k whose dated steps run
 * forward in time, at `candidates` walks, or when `budgetMs` runs out, keeping what it checked before. Stopping at the
 * first k relies on SHORTEST yielding its walks shortest first, as its breadth-first search finds them
 * (tests/integration/api-paths-time-ordered.test.ts holds Neo4j to it); should a walk come shorter than the one before,
 * the search no longer stops early and sorts what it read.
 */
export async function findTimeOrderedPaths(client: GraphClient, filter: TimeOrderFilter): Promise<TimeOrderedPaths> {
  const { query, params } = timeOrderedWalks(filter);
  let walks = 0;
  let checked = 0;
  let lastHops = 0;
  let shortestFirst = true;
  const inOrder: Path[] = [];
  const streamEnd = await client.readStream(query, params, {
    budgetMs: filter.budgetMs,
    onRow: (record) => {
      walks += 1;
      const hops = Number(record.get('hops'));
      if (hops < lastHops) shortestFirst = false;
      lastHops = hops;
      if (record.get('simple') !== true) return 'more';
      checked += 1;
      if (record.get('inOrder') === true) inOrder.push(toPath(record.get('p') as DriverPath));
      return shortestFirst && inOrder.length >= filter.k ? 'stop' : 'more';
    },
  });
  const end = timeOrderEnd(streamEnd, walks, filter.candidates);
  const paths = inOrder.toSorted((x, y) => x.length - y.length).slice(0, filter.k);
  return { checked, inOrder: inOrder.length, paths, end };
}
