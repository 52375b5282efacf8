// One entity with its documents, and its one-hop neighbourhood.
import type { EntityResponse, NeighborsQuery, NeighborsResponse } from '@kgx/contract';
import { NotFoundError } from '../errors.ts';
import type { GraphClient } from '../graph/client.ts';
import { readEntity } from '../graph/entities.ts';
import { readNeighbors } from '../graph/neighbors.ts';
import { checkDateRange } from './entity-checks.ts';
import type { VocabularyService } from './vocabulary-service.ts';

export class EntityService {
  constructor(
    private readonly client: GraphClient,
    private readonly vocabulary: VocabularyService,
  ) {}

  async entity(id: string): Promise<EntityResponse> {
    const entity = await readEntity(this.client, id);
    if (!entity) throw new NotFoundError('ENTITY_NOT_FOUND', `no entity with id '${id}'`);
    return entity;
  }

  async neighbors(id: string, query: NeighborsQuery): Promise<NeighborsResponse> {
    checkDateRange(query.from, query.to);
    await this.vocabulary.requireTypes({ entityTypes: { type: query.type }, relationTypes: { relation: query.relation } });
    const graph = await readNeighbors(this.client, {
      id,
      type: query.type,
      relation: query.relation,
      from: query.from,
      to: query.to,
      limit: query.limit,
    });
    if (!graph) throw new NotFoundError('ENTITY_NOT_FOUND', `no entity with id '${id}'`);
    return graph;
  }
}
