// Removes a data set: what only it supports leaves the graph; what another also supports stays, as that one tells it.
import { EntityTypeSchema, type DatasetRemoval } from '@kgx/contract';
import { deleteCandidates } from '../graph/candidates.ts';
import { forgetMergesOf } from '../graph/entity-merge.ts';
import type { GraphClient } from '../graph/client.ts';
import { touchDataset, updateDegrees } from '../graph/dataset-writes.ts';
import { storeAggregates } from '../graph/stats.ts';
import {
  beginRemoval,
  deleteDatasetRecord,
  readPropsToRestore,
  restoreDocumentProps,
  restoreEntityProps,
  restoreRelationProps,
  untagDataset,
} from '../graph/datasets.ts';
import { redateRelations } from './relation-days.ts';

const RESTORE_BATCH = 1000;

function parseProps(json: string): Record<string, unknown> | null {
  if (json === '') return null;
  const parsed: unknown = JSON.parse(json);
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
}

async function inBatches<T>(rows: readonly T[], write: (batch: T[]) => Promise<void>): Promise<void> {
  for (let start = 0; start < rows.length; start += RESTORE_BATCH) await write(rows.slice(start, start + RESTORE_BATCH));
}

/** Where the data set speaks first for something another data set also supports, the next one's word comes forward. */
async function bringNextPropsForward(client: GraphClient, id: string): Promise<void> {
  const entities: Parameters<typeof restoreEntityProps>[1] = [];
  const documents: Parameters<typeof restoreDocumentProps>[1] = [];
  const relations: Parameters<typeof restoreRelationProps>[1] = [];
  for (const item of await readPropsToRestore(client, id)) {
    const props = parseProps(item.json);
    if (props === null) continue;
    if (item.kind === 'entity') {
      const { type, ...rest } = props;
      const parsedType = EntityTypeSchema.safeParse(type);
      if (!parsedType.success) continue;
      entities.push({ id: item.id, type: parsedType.data, oldType: item.labels[0] ?? null, props: rest });
    } else if (item.kind === 'document') documents.push({ id: item.id, props });
    else if (item.source !== null && item.target !== null) relations.push({ id: item.id, source: item.source, target: item.target, props });
  }
  await inBatches(entities, (batch) => restoreEntityProps(client, batch));
  await inBatches(documents, (batch) => restoreDocumentProps(client, batch));
  await inBatches(relations, (batch) => restoreRelationProps(client, batch));
}

/**
 * Safe to repeat after an interruption: the record is marked `removing` first, with the relations to date again; each
 * later step only works on what still carries the data set's tag; the record goes last. Null when there is no such
 * data set. `mayRemove` sees the record's state under its lock and throws to refuse.
 */
export async function removeDataset(
  client: GraphClient,
  id: string,
  mayRemove: (state: { status: string; updatedAt: string }) => void = () => undefined,
): Promise<DatasetRemoval | null> {
  const begun = await beginRemoval(client, id, mayRemove);
  if (!begun) return null;
  await bringNextPropsForward(client, id);
  await touchDataset(client, id);
  const removed = await untagDataset(client, id);
  await touchDataset(client, id);
  await redateRelations(client, begun.redate);
  await updateDegrees(client);
  await storeAggregates(client);
  // Its proposals go with it: what was accepted from them left above with the data set's tag.
  await deleteCandidates(client, id);
  await forgetMergesOf(client, id);
  await deleteDatasetRecord(client, id);
  return { id, removed };
}
