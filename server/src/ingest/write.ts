// Writes a prepared data set into Neo4j on behalf of its data set record: running while written, then done or failed.
import type { DatasetFormat, DatasetReport, VocabularyFile } from '@kgx/contract';
import type { GraphClient } from '../graph/client.ts';
import { storeAggregates } from '../graph/stats.ts';
import {
  updateDegrees,
  writeDocuments,
  writeEntities,
  writeMentions,
  writeRelations,
  touchDataset,
  type BatchProgress,
  type BatchWriter,
} from '../graph/dataset-writes.ts';
import { finishDataset, readSharedRelationIds, startDataset } from '../graph/datasets.ts';
import { claimEmptyGraph, releaseEmptyGraph } from '../graph/empty-graph.ts';
import { ConflictError } from '../errors.ts';
import { staleBefore } from './dataset-status.ts';
import { adoptUntagged } from './adopt.ts';
import { applySchema } from '../graph/schema.ts';
import { ensureDateSpanIndexes } from '../graph/date-spans.ts';
import type { PreparedDataset } from './prepare.ts';
import { redateRelations } from './relation-days.ts';

/** Which data set the rows belong to. */
export interface DatasetMeta {
  id: string;
  name: string;
  format: DatasetFormat;
  files: string[];
  /** Which source it was read from (`folder:` and a digest of the path): the same id from another source is another data set. */
  source: string;
  /** The types it adds to the vocabulary. */
  vocabulary?: VocabularyFile | undefined;
  createdBy?: string | undefined;
}

export interface WriteOptions {
  onProgress?: (progress: BatchProgress) => void;
  /** What the import's checks said (left-out records, notices), stored with the outcome. */
  report?: DatasetReport;
  /** Rows per batch instead of the writer's defaults (tests cut small data sets into many batches with it). */
  batchSize?: number;
}

export async function writeDataset(
  client: GraphClient,
  dataset: PreparedDataset,
  meta: DatasetMeta,
  opts: WriteOptions = {},
): Promise<void> {
  await applySchema(client);
  // Data loaded before data sets must get its own tag first, or this data set would take it for its own.
  await adoptUntagged(client);
  const refusal = await startDataset(client, { ...meta, counts: dataset.counts }, staleBefore(Date.now()));
  if (refusal?.reason === 'removing') {
    throw new ConflictError(`data set '${meta.id}' is being removed; import it again once the removal is done`);
  }
  if (refusal?.reason === 'elsewhere') {
    throw new ConflictError(
      `data set '${meta.id}' was loaded from another source; load this one under another name, or remove that data set first`,
    );
  }
  let holdsClaim = false;
  try {
    const claim = await claimEmptyGraph(client, meta.id, staleBefore(Date.now()));
    if (!claim.alone && claim.claimedBy !== null) {
      throw new ConflictError(
        `data set '${claim.claimedBy}' is being written into the empty graph; import '${meta.id}' again once it is done`,
      );
    }
    // Into an empty graph every row is new, so it is CREATEd, and no relation is shared, so none needs dating again.
    const intoEmptyGraph = claim.alone;
    holdsClaim = intoEmptyGraph;
    const writer: BatchWriter = {
      client,
      dataset: meta.id,
      onProgress: opts.onProgress ?? (() => undefined),
      batchSize: opts.batchSize,
      intoEmptyGraph,
    };
    await writeDocuments(writer, dataset.documents);
    await writeEntities(writer, dataset.entitiesByType);
    await writeRelations(writer, dataset.relationsByType);
    await ensureDateSpanIndexes(client);
    await writeMentions(writer, dataset.mentions);
    if (holdsClaim) {
      await releaseEmptyGraph(client, meta.id);
      holdsClaim = false;
    }
    await touchDataset(client, meta.id);
    if (!intoEmptyGraph) {
      await redateRelations(client, await readSharedRelationIds(client, meta.id));
      await touchDataset(client, meta.id);
    }
    await updateDegrees(client);
    await storeAggregates(client);
  } catch (error) {
    // Best effort: with the database gone this fails too, and the record goes stale instead (see the service).
    if (holdsClaim) await releaseEmptyGraph(client, meta.id).catch(() => undefined);
    await finishDataset(client, meta.id, { status: 'failed', error: error instanceof Error ? error.message : String(error) }).catch(
      () => undefined,
    );
    throw error;
  }
  await finishDataset(client, meta.id, { status: 'done', ...(opts.report === undefined ? {} : { report: opts.report }) });
}
