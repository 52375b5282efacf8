// The k shortest paths between two entities.
import type { PathsQuery, PathsResponse } from '@kgx/contract';
import { ValidationError } from '../errors.ts';
import type { GraphClient } from '../graph/client.ts';
import { findShortestPaths } from '../graph/paths.ts';
import { requireEntities } from './entity-checks.ts';
import type { VocabularyService } from './vocabulary-service.ts';

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
    await this.vocabulary.requireTypes({ relationTypes: { relation: query.relation } });
    await requireEntities(this.client, { from: query.from, to: query.to });
    const paths = await findShortestPaths(this.client, {
      from: query.from,
      to: query.to,
      k: query.k,
      maxHops: query.maxHops,
      relation: query.relation,
    });
    return { from: query.from, to: query.to, paths };
  }
}
