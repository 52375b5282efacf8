// Who did what to whom: relations filtered by their ends, types and dates.
import type { RelationsAmongRequest, RelationsAmongResponse, RelationsQuery, RelationsResponse } from '@kgx/contract';
import type { GraphClient } from '../graph/client.ts';
import { readRelations, readRelationsAmong } from '../graph/relations.ts';
import { checkDateRange, requireEntities } from './entity-checks.ts';
import type { VocabularyService } from './vocabulary-service.ts';

export class RelationService {
  constructor(
    private readonly client: GraphClient,
    private readonly vocabulary: VocabularyService,
  ) {}

  async relations(query: RelationsQuery): Promise<RelationsResponse> {
    checkDateRange(query.from, query.to);
    await this.vocabulary.requireTypes({
      entityTypes: { subjectType: query.subjectType, objectType: query.objectType },
      relationTypes: { predicate: query.predicate },
    });
    await requireEntities(this.client, { subject: query.subject, object: query.object });
    return readRelations(this.client, {
      subject: query.subject,
      predicate: query.predicate,
      object: query.object,
      subjectType: query.subjectType,
      objectType: query.objectType,
      from: query.from,
      to: query.to,
      limit: query.limit,
      includeOrgans: query.includeOrgans,
    });
  }

  /** Unknown ids are not an error here: a shared link may name an entity a removed data set took with it. */
  among(request: RelationsAmongRequest): Promise<RelationsAmongResponse> {
    return readRelationsAmong(this.client, request);
  }
}
