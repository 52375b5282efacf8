// Runs extraction over a data set's documents, one data set at a time in this process, and stores what it proposes
// as candidates for review; where it stands is written on the data set record.
import type { Logger } from 'pino';
import type { DatasetExtraction } from '@kgx/contract';
import type { AuditLog } from '../accounts/audit-log.ts';
import { AppError, ConflictError, NotFoundError } from '../errors.ts';
import type { GraphClient } from '../graph/client.ts';
import { readDatasetSummary, setDatasetExtraction } from '../graph/datasets.ts';
import { extractDataset } from './extract-dataset.ts';
import type { VocabularyService } from './vocabulary-service.ts';

/** Progress is written at most this often. */
const PROGRESS_EVERY_MS = 1000;

interface ExtractionJob {
  datasetId: string;
  actor: string;
  requestId?: string | undefined;
}

/** Extraction waiting for its turn (or for the import it follows). */
export function queuedExtraction(): DatasetExtraction {
  return { status: 'queued', documents: 0, processed: 0, entities: 0, relations: 0, updatedAt: new Date().toISOString() };
}

export class ExtractionService {
  private readonly waiting: ExtractionJob[] = [];
  private running: Promise<void> | null = null;

  constructor(
    private readonly client: GraphClient,
    private readonly logger: Logger,
    private readonly vocabulary: VocabularyService,
    private readonly audit: AuditLog,
  ) {}

  /** Queues extraction over a data set that is in the graph; a data set already waiting is not queued twice. */
  async start(datasetId: string, by: { actor: string; requestId?: string }): Promise<{ id: string }> {
    const dataset = await readDatasetSummary(this.client, datasetId);
    if (!dataset) throw new NotFoundError('DATASET_NOT_FOUND', `no data set with id '${datasetId}'`);
    if (dataset.status !== 'done') {
      throw new ConflictError(`data set '${datasetId}' is ${dataset.status}; extraction runs once it is imported`);
    }
    if (this.waiting.some((job) => job.datasetId === datasetId)) return { id: datasetId };
    await setDatasetExtraction(this.client, datasetId, queuedExtraction());
    this.enqueue({ datasetId, actor: by.actor, requestId: by.requestId });
    return { id: datasetId };
  }

  /** Queues extraction of a data set just imported (documents uploaded with extraction on). */
  enqueue(job: ExtractionJob): void {
    this.waiting.push(job);
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
  }

  /** Extraction that was to follow an import that failed: it will not run. */
  async cancel(datasetId: string, reason: string): Promise<void> {
    await setDatasetExtraction(this.client, datasetId, { ...queuedExtraction(), status: 'failed', error: reason });
  }

  private async drain(): Promise<void> {
    for (let job = this.waiting.shift(); job !== undefined; job = this.waiting.shift()) await this.run(job);
  }

  private state(status: DatasetExtraction['status'], counts: Omit<DatasetExtraction, 'status' | 'updatedAt'>): DatasetExtraction {
    return { status, ...counts, updatedAt: new Date().toISOString() };
  }

  private async run(job: ExtractionJob): Promise<void> {
    let counts = { documents: 0, processed: 0, entities: 0, relations: 0 };
    try {
      let lastProgress = 0;
      counts = await extractDataset(this.client, job.datasetId, await this.vocabulary.current(), async (progress) => {
        counts = progress;
        if (Date.now() - lastProgress < PROGRESS_EVERY_MS) return;
        lastProgress = Date.now();
        await setDatasetExtraction(this.client, job.datasetId, this.state('running', progress));
      });
      await setDatasetExtraction(this.client, job.datasetId, this.state('done', counts));
      await this.recordEnd(
        job,
        'done',
        `${counts.entities} entity and ${counts.relations} relation candidates from ${counts.documents} documents`,
      );
    } catch (error) {
      this.logger.error({ err: error, dataset: job.datasetId }, `extraction over '${job.datasetId}' failed`);
      const message = error instanceof AppError ? error.message : 'extraction stopped unexpectedly; the server log says why';
      await setDatasetExtraction(this.client, job.datasetId, { ...this.state('failed', counts), error: message }).catch(() => undefined);
      await this.recordEnd(job, 'failed', message);
    }
  }

  private async recordEnd(job: ExtractionJob, outcome: 'done' | 'failed', detail: string): Promise<void> {
    await this.audit
      .record({
        actor: job.actor,
        action: 'dataset.extract',
        outcome,
        target: { kind: 'dataset', id: job.datasetId },
        detail,
        ...(job.requestId === undefined ? {} : { requestId: job.requestId }),
      })
      .catch((error: unknown) => this.logger.error({ err: error, dataset: job.datasetId }, 'cannot write the audit trail'));
  }
}
