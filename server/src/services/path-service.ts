// The k shortest paths between two entities, optionally only those whose dated steps run forward in time.
import type { Path, PathsQuery, PathsResponse, PathTimeOrder } from '@kgx/contract';
import { ValidationError } from '../errors.ts';
import type { GraphClient } from '../graph/client.ts';
import { findShortestPaths, findTimeOrderedPaths } from '../graph/paths.ts';
import { requireEntities } from './entity-checks.ts';
import { orderInTime } from './time-order.ts';
import type { VocabularyService } from './vocabulary-service.ts';

/** A time-ordered search checks this many of the shortest paths per path asked for, and never fewer than the minimum. */
const TIME_ORDER_CANDIDATES_PER_PATH = 10;
const MIN_TIME_ORDER_CANDIDATES = 50;

export class PathService {
  constructor(
    private readonly client: GraphClient,
    private readonly vocabulary: VocabularyService,
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
    await this.vocabulary.requireTypes({ relationTypes: { relation: query.relation } });
    await requireEntities(this.client, {
      from: query.from,
      to: query.to,
      ...Object.fromEntries((query.exclude ?? []).map((id, i) => [`exclude[${i}]`, id])),
    });
    const filter = {
      from: query.from,
      to: query.to,
      k: query.k,
      maxHops: query.maxHops,
      relation: query.relation,
      exclude: query.exclude,
      includeOrgans: query.includeOrgans,
    };
    if (!query.timeOrdered) return { from: query.from, to: query.to, paths: await findShortestPaths(this.client, filter) };

    // Neo4j 5 cannot prune a shortest-path search by a running date (no allReduce), and a filter inside the search
    // enumerates every path up to maxHops until k pass. So: a bounded number of the shortest paths, then the first k in order.
    const bound = timeOrderCandidates(query.k);
    const found = await findTimeOrderedPaths(this.client, { ...filter, candidates: bound });
    return {
      from: query.from,
      to: query.to,
      paths: found.paths.map((path) => ({ ...path, timeOrder: explainTimeOrder(path) })),
      timeOrder: { checked: found.checked, inOrder: found.inOrder, boundReached: found.checked >= bound },
    };
  }
}

/** The graph layer kept the path by the same rule; a path it kept that the rule refuses means the two have drifted apart. */
function explainTimeOrder(path: Path): PathTimeOrder {
  const timeOrder = orderInTime(path);
  if (timeOrder === null) throw new Error(`paths: '${path.edgeIds.join(' | ')}' was kept as in time order but is not`);
  return timeOrder;
}

/** How many of the shortest paths a time-ordered search checks for k in order. */
export function timeOrderCandidates(k: number): number {
  return Math.max(MIN_TIME_ORDER_CANDIDATES, TIME_ORDER_CANDIDATES_PER_PATH * k);
}
