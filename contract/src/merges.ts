// Merging one entity into another (duplicates a data set or a reviewer found), and undoing it.
import { z } from 'zod/mini';
import { EntityIdSchema } from './values.ts';

/** An entity with more relations than this is not merged in one request. */
export const MAX_MERGE_RELATIONS = 10_000;

export const EntityMergeRequestSchema = z.strictObject({
  /** The entity that stays: the merged one's relations, mentions, names and data sets join it. */
  into: EntityIdSchema,
});
export type EntityMergeRequest = z.infer<typeof EntityMergeRequestSchema>;

export const EntityMergeResponseSchema = z.object({
  merged: EntityIdSchema,
  into: EntityIdSchema,
  /** Relations moved to the kept entity, and relations it already had that took the merged one's evidence. */
  relations: z.object({ moved: z.int(), combined: z.int() }),
});
export type EntityMergeResponse = z.infer<typeof EntityMergeResponseSchema>;

export const EntityUnmergeResponseSchema = z.object({
  restored: EntityIdSchema,
  from: EntityIdSchema,
});
export type EntityUnmergeResponse = z.infer<typeof EntityUnmergeResponseSchema>;
