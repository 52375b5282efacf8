// Merging duplicates: one entity into another, every relation, mention, name and data set of both kept; undoable
// while nothing has changed the kept entity since.
import { MAX_MERGE_RELATIONS, type EntityMergeResponse, type EntityUnmergeResponse } from '@kgx/contract';
import { ConflictError, NotFoundError, PayloadTooLargeError, ValidationError } from '../errors.ts';
import type { GraphClient } from '../graph/client.ts';
import { mergeEntity, readRelationIdsOf, undoMergeEntity } from '../graph/entity-merge.ts';
import { redateRelations } from '../ingest/relation-days.ts';

export class MergeService {
  constructor(
    private readonly client: GraphClient,
    /** Told after a merge or an undo: combined relations may change the evidence count. */
    private readonly aggregates: { changed(): void },
    private readonly maxRelations: number = MAX_MERGE_RELATIONS,
  ) {}

  async merge(from: string, into: string, by: string): Promise<EntityMergeResponse> {
    if (from === into)
      throw new ValidationError('into: an entity cannot be merged into itself', [
        { parameter: 'into', reason: 'same as the entity merged' },
      ]);
    const outcome = await mergeEntity(this.client, { from, into, by, at: new Date().toISOString(), maxRelations: this.maxRelations });
    if (outcome === 'missing') throw new NotFoundError('ENTITY_NOT_FOUND', `no entity with id '${from}' or '${into}'`);
    if (outcome === 'related') {
      throw new ConflictError(`'${from}' and '${into}' are related to each other: merged, those relations would join an entity to itself`);
    }
    if (outcome === 'too-large')
      throw new PayloadTooLargeError(`'${from}' has more than ${this.maxRelations} relations: too many to merge in one request`);
    await this.redateAround(into);
    this.aggregates.changed();
    return { merged: from, into, relations: { moved: outcome.moved, combined: outcome.combined } };
  }

  async unmerge(id: string): Promise<EntityUnmergeResponse> {
    const outcome = await undoMergeEntity(this.client, id);
    if (outcome === 'not-merged') throw new NotFoundError('ENTITY_NOT_FOUND', `'${id}' is not an entity merged into another`);
    if (outcome === 'changed') {
      throw new ConflictError(
        `the entity '${id}' was merged into has changed since (an import, a removal, a decision): the merge can no longer be undone exactly`,
      );
    }
    this.aggregates.changed();
    // Both are as they were, dates included: nothing to date again.
    return { restored: id, from: outcome.into };
  }

  /** Relations that took the merged one's evidence are dated again from it, and moved ones from their new end. */
  private async redateAround(entityId: string): Promise<void> {
    await redateRelations(this.client, await readRelationIdsOf(this.client, entityId));
  }
}
