// The data sets in the graph, their state, and their removal.
import type { DatasetRemoval, DatasetResponse, DatasetSummary, DatasetsResponse } from '@kgx/contract';
import { ConflictError, NotFoundError } from '../errors.ts';
import type { GraphClient } from '../graph/client.ts';
import { listDatasets, readDatasetSummary } from '../graph/datasets.ts';
import { removeDataset } from '../ingest/remove.ts';

/** A writer stamps its data set with every batch; one silent for this long has stopped (killed, or the database went away). */
export const STALE_IMPORT_MS = 120_000;

/** The one rule for a data set's state as shown: a `running` data set nobody has written for a while has failed. */
export function effectiveStatus(dataset: DatasetSummary, now: number): DatasetSummary {
  if (dataset.status !== 'running' || now - Date.parse(dataset.updatedAt) < STALE_IMPORT_MS) return dataset;
  return {
    ...dataset,
    status: 'failed',
    error: `interrupted: nothing was written since ${dataset.updatedAt}; import it again to finish it, or remove it`,
  };
}

export class DatasetService {
  constructor(
    private readonly client: GraphClient,
    private readonly now: () => number = Date.now,
  ) {}

  async list(): Promise<DatasetsResponse> {
    return { datasets: (await listDatasets(this.client)).map((d) => effectiveStatus(d, this.now())) };
  }

  async get(id: string): Promise<DatasetResponse> {
    return { dataset: await this.require(id) };
  }

  async remove(id: string): Promise<DatasetRemoval> {
    const dataset = await this.require(id);
    if (dataset.status === 'running' || dataset.status === 'queued') {
      throw new ConflictError(`data set '${id}' is being imported; wait for it to finish or fail, then remove it`);
    }
    return removeDataset(this.client, id);
  }

  private async require(id: string): Promise<DatasetSummary> {
    const dataset = await readDatasetSummary(this.client, id);
    if (!dataset) throw new NotFoundError('DATASET_NOT_FOUND', `no data set with id '${id}'`);
    return effectiveStatus(dataset, this.now());
  }
}
