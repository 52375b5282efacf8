// Writes a prepared data set into Neo4j: schema first, then documents, entities, relations and mentions in batches.
import type { GraphClient } from '../graph/client.ts';
import {
  updateDegrees,
  writeDocuments,
  writeEntities,
  writeMentions,
  writeRelations,
  type BatchProgress,
} from '../graph/dataset-writes.ts';
import { applySchema } from '../graph/schema.ts';
import type { PreparedDataset } from './prepare.ts';

export interface WriteOptions {
  onProgress?: (progress: BatchProgress) => void;
}

export async function writeDataset(client: GraphClient, dataset: PreparedDataset, opts: WriteOptions = {}): Promise<void> {
  const onProgress = opts.onProgress ?? (() => undefined);
  await applySchema(client);
  await writeDocuments(client, dataset.documents, onProgress);
  for (const [type, rows] of dataset.entitiesByType) await writeEntities(client, type, rows, onProgress);
  for (const [type, rows] of dataset.relationsByType) await writeRelations(client, type, rows, onProgress);
  await writeMentions(client, dataset.mentions, onProgress);
  await updateDegrees(client);
}
