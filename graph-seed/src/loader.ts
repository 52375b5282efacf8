// Writes a prepared data set into Neo4j: schema first, then documents, entities, relations and mentions in batches.
import { fileURLToPath } from 'node:url';
import type { GraphClient } from '@kgx/server/src/graph/client.ts';
import { applySchema } from '@kgx/server/src/graph/schema.ts';
import {
  updateDegrees,
  writeDocuments,
  writeEntities,
  writeMentions,
  writeRelations,
  type BatchProgress,
} from '@kgx/server/src/graph/seed-writes.ts';
import { readDataset, type PreparedDataset } from './dataset.ts';

export const SEED_DATASET_DIR = fileURLToPath(new URL('../data/', import.meta.url));

export interface LoadOptions {
  onProgress?: (progress: BatchProgress) => void;
}

export async function writeDataset(client: GraphClient, dataset: PreparedDataset, opts: LoadOptions = {}): Promise<void> {
  const onProgress = opts.onProgress ?? (() => undefined);
  await applySchema(client);
  await writeDocuments(client, dataset.documents, onProgress);
  for (const [type, rows] of dataset.entitiesByType) await writeEntities(client, type, rows, onProgress);
  for (const [type, rows] of dataset.relationsByType) await writeRelations(client, type, rows, onProgress);
  await writeMentions(client, dataset.mentions, onProgress);
  await updateDegrees(client);
}

/** Validates the whole data set first, so a bad file leaves the database untouched, then writes it. */
export async function loadDataset(client: GraphClient, dir: string, opts: LoadOptions = {}): Promise<PreparedDataset> {
  const dataset = await readDataset(dir);
  await writeDataset(client, dataset, opts);
  return dataset;
}
