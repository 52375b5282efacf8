// The k shortest paths between two entities, optionally only those whose dated steps run forward in time.
import type { Path, PathsQuery, PathsResponse, PathTimeOrder } from '@kgx/contract';
import { QueryTimeoutError, ValidationError } from '../errors.ts';
import type { GraphClient } from '../graph/client.ts';
import {
  findShortestPaths,
  findTimeOrderedPaths,
  SIMPLE_PATH_OVERFETCH,
  type PathsFilter,
  type TimeOrderedPaths,
  type TimeOrderFilter,
} from '../graph/paths.ts';
import { requireEntities } from './entity-checks.ts';
import { orderInTime } from './time-order.ts';
import type { VocabularyService } from './vocabulary-service.ts';

/** A time-ordered search checks this many of the shortest paths per path asked for, and never fewer than the minimum. */
const TIME_ORDER_CANDIDATES_PER_PATH = 10;
const MIN_TIME_ORDER_CANDIDATES = 50;

export interface PathLimits {
  /** Paths step through no entity with more relations than this, unless a request asks for `throughHubs`. */
  hubDegree: number;
  /** How long a time-ordered search may check the shortest paths, from its start (PATH_TIME_ORDER_BUDGET_MS). */
  timeOrderBudgetMs: number;
  /** How long any query may run (QUERY_TIMEOUT_MS). */
  queryTimeoutMs: number;
}

export class PathService {
  constructor(
    private readonly client: GraphClient,
    private readonly vocabulary: VocabularyService,
    private readonly limits: PathLimits,
  ) {}

  async paths(query: PathsQuery): Promise<PathsResponse> {
    if (query.from === query.to) {
      throw new ValidationError(`to must differ from from, both are '${query.from}'`, [
        { parameter: 'to', reason: 'is the same entity as from' },
      ]);
    }
    const ends = (query.exclude ?? []).filter((id) => id === query.from || id === query.to);
    if (ends.length > 0) {
      throw new ValidationError(`exclude must not name from or to, got '${ends[0]}'`, [
        { parameter: 'exclude', reason: `names '${ends[0]}', an end of the paths` },
      ]);
    }
    if (query.timeBudgetMs !== undefined && !query.timeOrdered) {
      throw new ValidationError('timeBudgetMs applies to a time-ordered search only', [
        { parameter: 'timeBudgetMs', reason: 'is given without timeOrdered=true' },
      ]);
    }
    await this.vocabulary.requireTypes({ relationTypes: { relation: query.relation } });
    const endIds = { from: query.from, to: query.to };
    // Named exclusions are checked first: paths found around an entity that does not exist would hide the mistake.
    // The ends are checked only when no path comes back, which saves a round trip on every path found.
    const exclusions = (query.exclude ?? []).map((id, i) => [`exclude[${i}]`, id] as const);
    if (exclusions.length > 0) await requireEntities(this.client, { ...endIds, ...Object.fromEntries(exclusions) });
    const requireEnds = () => (exclusions.length > 0 ? Promise.resolve() : requireEntities(this.client, endIds));
    const filter = {
      from: query.from,
      to: query.to,
      k: query.k,
      maxHops: query.maxHops,
      relation: query.relation,
      exclude: query.exclude,
      includeOrgans: query.includeOrgans,
      hubDegree: query.throughHubs ? undefined : this.limits.hubDegree,
    };
    const hubs = filter.hubDegree === undefined ? {} : { hubDegree: filter.hubDegree };
    if (!query.timeOrdered) {
      const paths = await findShortestPaths(this.client, filter);
      if (paths.length === 0) await requireEnds();
      return { from: query.from, to: query.to, paths, ...hubs };
    }

    // Neo4j 5 cannot prune a shortest-path search by a running date (no allReduce), and a filter inside the search
    // enumerates every path up to maxHops until k pass. So: the shortest paths as they are found, up to a bound, and the
    // first k in order; within a time budget, since finding longer paths next to hubs takes seconds.
    const budgetMs = Math.min(query.timeBudgetMs ?? this.limits.timeOrderBudgetMs, this.limits.queryTimeoutMs);
    const limits = { timeOrderBudgetMs: budgetMs, queryTimeoutMs: this.limits.queryTimeoutMs };
    const found = await searchInTimeOrder((f) => findTimeOrderedPaths(this.client, f), filter, limits);
    if (found.checked === 0 && found.end === 'all') await requireEnds();
    return {
      from: query.from,
      to: query.to,
      paths: found.paths.map((path) => ({ ...path, timeOrder: explainTimeOrder(path) })),
      timeOrder: { checked: found.checked, inOrder: found.inOrder, end: found.end, budgetMs },
      ...hubs,
    };
  }
}

/** The graph layer kept the path by the same rule; a path it kept that the rule refuses means the two have drifted apart. */
function explainTimeOrder(path: Path): PathTimeOrder {
  const timeOrder = orderInTime(path);
  if (timeOrder === null) throw new Error(`paths: '${path.edgeIds.join(' | ')}' was kept as in time order but is not`);
  return timeOrder;
}

/**
 * The time-ordered search, as `find` runs it, within the budget (counted from its start). Should the budget run out
 * before the first path is found, the search is asked again for as many paths as a plain search reads (the shortest
 * few), with what is left of the query timeout: a plain search would have found them, so a time-ordered one answers
 * with at least those, and says its time ran out. Only when even those are not found in time is the answer a 504.
 */
export async function searchInTimeOrder(
  find: (filter: TimeOrderFilter) => Promise<TimeOrderedPaths>,
  filter: PathsFilter,
  limits: Pick<PathLimits, 'timeOrderBudgetMs' | 'queryTimeoutMs'>,
  now: () => number = () => performance.now(),
): Promise<TimeOrderedPaths> {
  const started = now();
  const found = await find({ ...filter, candidates: timeOrderCandidates(filter.k), budgetMs: limits.timeOrderBudgetMs });
  if (found.end !== 'budget' || found.checked > 0) return found;
  // What is left of the query timeout: a search given all of it has no time left to ask again.
  const left = Math.floor(limits.queryTimeoutMs - (now() - started));
  if (left <= 0) throw new QueryTimeoutError();
  const shortest = await find({ ...filter, candidates: filter.k * SIMPLE_PATH_OVERFETCH, budgetMs: left });
  if (shortest.end === 'budget' && shortest.checked === 0) throw new QueryTimeoutError();
  return shortest.end === 'bound' ? { ...shortest, end: 'budget' } : shortest;
}

/** How many of the shortest paths a time-ordered search checks for k in order. */
export function timeOrderCandidates(k: number): number {
  return Math.max(MIN_TIME_ORDER_CANDIDATES, TIME_ORDER_CANDIDATES_PER_PATH * k);
}
