// Removes a data set: what only it supports leaves the graph, what another data set also supports stays with that one's evidence.
import type { DatasetRemoval } from '@kgx/contract';
import type { GraphClient } from '../graph/client.ts';
import { updateDegrees } from '../graph/dataset-writes.ts';
import { deleteDatasetRecord, readSharedRelationIds, untagDataset } from '../graph/datasets.ts';
import { redateRelations } from './relation-days.ts';

/**
 * Idempotent and safe to repeat after an interruption: each step only removes the data set's tag (and what is left
 * with none), so a rerun finishes the work. The record goes last, so an interrupted removal stays visible.
 */
export async function removeDataset(client: GraphClient, id: string): Promise<DatasetRemoval> {
  const shared = await readSharedRelationIds(client, id);
  const removed = await untagDataset(client, id);
  await redateRelations(client, shared);
  await updateDegrees(client);
  await deleteDatasetRecord(client, id);
  return { id, removed };
}
