// The data sets in the graph, their state, and their removal.
import type { Logger } from 'pino';
import type { DatasetRemoval, DatasetResponse, DatasetSummary, DatasetsResponse } from '@kgx/contract';
import { ConflictError, NotFoundError } from '../errors.ts';
import type { GraphClient } from '../graph/client.ts';
import { listDatasets, readDatasetSummary } from '../graph/datasets.ts';
import { effectiveStatus, isBusy } from '../ingest/dataset-status.ts';
import { removeDataset } from '../ingest/remove.ts';
import type { VocabularyService } from './vocabulary-service.ts';

export class DatasetService {
  constructor(
    private readonly client: GraphClient,
    private readonly logger: Logger,
    private readonly vocabulary: VocabularyService,
    private readonly now: () => number = Date.now,
  ) {}

  async list(): Promise<DatasetsResponse> {
    return { datasets: (await listDatasets(this.client)).map((d) => effectiveStatus(d, this.now())) };
  }

  async get(id: string): Promise<DatasetResponse> {
    return { dataset: await this.require(id) };
  }

  async remove(id: string): Promise<DatasetRemoval> {
    const removal = await removeDataset(this.client, id, (state) => {
      if (isBusy(state, this.now())) {
        throw new ConflictError(
          `data set '${id}' is being ${state.status === 'removing' ? 'removed' : 'imported'}; wait for it to finish or fail`,
        );
      }
    });
    if (!removal) throw new NotFoundError('DATASET_NOT_FOUND', `no data set with id '${id}'`);
    // The types it brought leave with it.
    await this.vocabulary.refresh();
    // Until accounts and their audit trail exist, the log says what left the graph and when.
    this.logger.info({ dataset: id, removed: removal.removed }, `data set '${id}' removed`);
    return removal;
  }

  private async require(id: string): Promise<DatasetSummary> {
    const dataset = await readDatasetSummary(this.client, id);
    if (!dataset) throw new NotFoundError('DATASET_NOT_FOUND', `no data set with id '${id}'`);
    return effectiveStatus(dataset, this.now());
  }
}
