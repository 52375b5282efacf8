// Uploaded imports, run one at a time in this process: each reports its progress, its problems and what it left out
// on its data set record, and its uploaded files are deleted once it is done, whatever the outcome.
import { rm } from 'node:fs/promises';
import type { Logger } from 'pino';
import type { GraphClient } from '../graph/client.ts';
import type { BatchProgress } from '../graph/dataset-writes.ts';
import { finishDataset, setDatasetProgress, touchQueuedDatasets } from '../graph/datasets.ts';
import { AppError } from '../errors.ts';
import { graphLookups, importMeta, readImport } from '../ingest/import.ts';
import type { PreparedDataset } from '../ingest/prepare.ts';
import { readVocabularyInUse } from '../ingest/vocabulary-in-use.ts';
import { toReport } from '../ingest/report.ts';
import { writeDataset } from '../ingest/write.ts';
import { DatasetError } from '../ingest/problems.ts';
import type { ImportSource } from '../ingest/readers.ts';
import type { AuditLog } from '../accounts/audit-log.ts';
import type { ExtractionService } from './extraction-service.ts';
import type { VocabularyService } from './vocabulary-service.ts';

export interface ImportJob {
  id: string;
  name: string;
  source: ImportSource;
  skipBadRows: boolean;
  createdBy?: string;
  /** The request that uploaded it, so that the audit trail ties the import's end to its start. */
  requestId?: string;
  /** The folder the upload was streamed into: removed when the job ends. */
  uploadDir: string;
  /** Propose entities and relations from its documents once it is imported. */
  extract?: boolean;
}

/** Progress is written at most this often: a record update per batch would double the writes. */
const PROGRESS_EVERY_MS = 1000;
/** Waiting records are stamped this often, so they do not read as stale (STALE_IMPORT_MS) behind a long import. */
const TOUCH_QUEUED_EVERY_MS = 30_000;

export class ImportQueue {
  private readonly waiting: ImportJob[] = [];
  private running: Promise<void> | null = null;
  private toucher: NodeJS.Timeout | null = null;

  constructor(
    private readonly client: GraphClient,
    private readonly logger: Logger,
    private readonly vocabulary: VocabularyService,
    private readonly audit: AuditLog,
    private readonly extraction: ExtractionService,
  ) {}

  enqueue(job: ImportJob): void {
    this.waiting.push(job);
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
  }

  private async drain(): Promise<void> {
    this.toucher = setInterval(() => {
      touchQueuedDatasets(
        this.client,
        this.waiting.map((j) => j.id),
      ).catch(() => undefined);
    }, TOUCH_QUEUED_EVERY_MS);
    this.toucher.unref();
    try {
      for (let job = this.waiting.shift(); job !== undefined; job = this.waiting.shift()) await this.run(job);
    } finally {
      clearInterval(this.toucher);
      this.toucher = null;
    }
  }

  private async run(job: ImportJob): Promise<void> {
    let lastProgress = 0;
    const onProgress = (p: BatchProgress) => {
      const now = Date.now();
      if (now - lastProgress < PROGRESS_EVERY_MS && p.written < p.total) return;
      lastProgress = now;
      setDatasetProgress(this.client, job.id, { phase: p.kind, written: p.written, total: p.total }).catch(() => undefined);
    };
    let dataset: PreparedDataset;
    try {
      dataset = await readImport(job.source, {
        vocabulary: await readVocabularyInUse(this.client),
        skipBadRows: job.skipBadRows,
        ...graphLookups(this.client),
      });
    } catch (error) {
      // A refused import wrote nothing: its record says why, row by row, until it is imported again or removed.
      await rm(job.uploadDir, { recursive: true, force: true });
      await this.fail(job, error);
      return;
    }
    // Everything is read: the uploaded files go before the outcome is known, so nothing of them outlives the import.
    await rm(job.uploadDir, { recursive: true, force: true });
    try {
      const meta = { ...importMeta(job.source, dataset, job.name), ...(job.createdBy === undefined ? {} : { createdBy: job.createdBy }) };
      await writeDataset(this.client, dataset, meta, { onProgress, report: toReport(dataset.skipped, dataset.notices ?? []) });
      this.logger.info({ dataset: job.id, counts: dataset.counts }, `data set '${job.id}' imported`);
      const { entities, relations, documents } = dataset.counts;
      await this.recordEnd(job, 'done', `${entities} entities, ${relations} relations, ${documents} documents`);
      if (job.extract === true && documents === 0) await this.extraction.cancel(job.id, 'the data set holds no documents');
      if (job.extract === true && documents > 0)
        await this.extraction.start(job.id, {
          actor: job.createdBy ?? 'unknown',
          ...(job.requestId === undefined ? {} : { requestId: job.requestId }),
        });
    } catch (error) {
      await this.fail(job, error);
    } finally {
      await this.vocabulary.refresh().catch(() => undefined);
    }
  }

  private async fail(job: ImportJob, error: unknown): Promise<void> {
    const problems = error instanceof DatasetError ? error.problems : [];
    // Our own errors say what went wrong in words meant for the user; anything else goes to the log, not the record.
    const message =
      error instanceof DatasetError
        ? `refused: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}, nothing was written`
        : error instanceof AppError
          ? error.message
          : 'the import stopped unexpectedly; the server log says why';
    if (!(error instanceof DatasetError) && !(error instanceof AppError)) {
      this.logger.error({ err: error, dataset: job.id }, `import of '${job.id}' failed`);
    }
    await finishDataset(this.client, job.id, { status: 'failed', error: message, report: toReport(problems, []) }).catch(() => undefined);
    if (job.extract === true)
      await this.extraction.cancel(job.id, 'the import failed, so there is nothing to extract from').catch(() => undefined);
    await this.recordEnd(job, 'failed', message);
  }

  /** The import's end in the audit trail, under the account that uploaded it; a trail that cannot be written is logged. */
  private async recordEnd(job: ImportJob, outcome: 'done' | 'failed', detail: string): Promise<void> {
    await this.audit
      .record({
        actor: job.createdBy ?? 'unknown',
        action: 'dataset.import',
        outcome,
        target: { kind: 'dataset', id: job.id },
        detail,
        ...(job.requestId === undefined ? {} : { requestId: job.requestId }),
      })
      .catch((error: unknown) => this.logger.error({ err: error, dataset: job.id }, 'cannot write the audit trail'));
  }
}
