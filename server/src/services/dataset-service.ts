// The data sets in the graph, their state, and their removal.
import type { Logger } from 'pino';
import type {
  DatasetRemoval,
  DatasetResponse,
  DatasetSummary,
  DatasetsResponse,
  DatasetPreview,
  DatasetUploadFields,
  DatasetUploadResponse,
} from '@kgx/contract';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import type { GraphClient } from '../graph/client.ts';
import { listDatasets, queueDataset, readDatasetSummary, setDatasetExtraction } from '../graph/datasets.ts';
import { queuedExtraction } from './extraction-service.ts';
import { effectiveStatus, isBusy, staleBefore } from '../ingest/dataset-status.ts';
import { graphLookups, importIdentity, previewImport } from '../ingest/import.ts';
import { rm } from 'node:fs/promises';
import { guessFormat } from '../ingest/import-format.ts';
import type { ImportSource } from '../ingest/readers.ts';
import type { UploadedFile } from '../routes/upload.ts';
import type { ImportQueue } from './import-queue.ts';
import { removeDataset } from '../ingest/remove.ts';
import type { VocabularyService } from './vocabulary-service.ts';

export class DatasetService {
  constructor(
    private readonly client: GraphClient,
    private readonly logger: Logger,
    private readonly vocabulary: VocabularyService,
    private readonly imports: ImportQueue,
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

  /**
   * Accepts an upload: checks what can be checked at once (files given, format known), puts the import in the
   * queue under its data set record, and answers with its id; the import's outcome is read from the record.
   */
  async upload(
    fields: DatasetUploadFields,
    upload: { dir: string; files: UploadedFile[] },
    by: { actor: string; requestId: string },
  ): Promise<DatasetUploadResponse> {
    const createdBy = by.actor;
    const { source, names } = this.sourceOf(fields, upload);
    const identity = importIdentity(source, fields.name);
    const refusal = await queueDataset(this.client, { ...identity, files: names, createdBy }, staleBefore(this.now()));
    if (refusal === 'busy') throw new ConflictError(`data set '${identity.id}' is being imported or removed; wait for it to finish`);
    if (refusal === 'elsewhere') {
      throw new ConflictError(
        `a data set '${identity.id}' came from other files; give this upload another name, or remove that data set first`,
      );
    }
    const extract = fields.extract === undefined ? source.format === 'text' : fields.extract === 'true';
    // Said on the record from the start, so that whoever follows the import knows extraction will follow it.
    if (extract) await setDatasetExtraction(this.client, identity.id, queuedExtraction());
    this.imports.enqueue({
      id: identity.id,
      name: identity.name,
      source,
      skipBadRows: fields.skipBadRows === 'true',
      extract,
      uploadDir: upload.dir,
      createdBy,
      requestId: by.requestId,
    });
    return { id: identity.id };
  }

  /** Checks an upload without writing it, and deletes its files: what would land, and every problem. */
  async preview(fields: DatasetUploadFields, upload: { dir: string; files: UploadedFile[] }): Promise<DatasetPreview> {
    try {
      const { source } = this.sourceOf(fields, upload);
      return await previewImport(source, {
        vocabulary: await this.vocabulary.refresh(),
        skipBadRows: fields.skipBadRows === 'true',
        ...graphLookups(this.client),
        ...(fields.name === undefined ? {} : { name: fields.name }),
      });
    } finally {
      await rm(upload.dir, { recursive: true, force: true });
    }
  }

  /** What can be checked of an upload at once: files given, format known, a mapping only for CSV. */
  private sourceOf(fields: DatasetUploadFields, upload: { dir: string; files: UploadedFile[] }): { source: ImportSource; names: string[] } {
    const files = upload.files.filter((f) => f.field === 'files');
    const mapping = upload.files.find((f) => f.field === 'mapping');
    if (files.length === 0) {
      throw new ValidationError('files: at least one file is needed (multipart/form-data, field "files")', [
        { parameter: 'files', reason: 'no file was sent' },
      ]);
    }
    const names = files.map((f) => f.name);
    const format = fields.format ?? guessFormat(names, false);
    if (format === undefined) {
      throw new ValidationError(`format: cannot tell the format of ${names.join(', ')}; choose one`, [
        { parameter: 'format', reason: 'not given, and the file names do not tell it' },
      ]);
    }
    if (mapping !== undefined && format !== 'csv') {
      throw new ValidationError('mapping: a mapping file is for CSV files only', [
        { parameter: 'mapping', reason: `the format is ${format}` },
      ]);
    }
    // A native data set is a folder: the upload's folder, holding its JSON files and texts under their own names.
    const source: ImportSource =
      format === 'native'
        ? { format, files: [{ path: upload.dir, name: fields.name ?? 'upload' }], uploadedNames: names }
        : {
            format,
            files: files.map((f) => ({ path: f.path, name: f.name })),
            ...(mapping ? { mapping: { path: mapping.path, name: mapping.name } } : {}),
          };
    return { source, names: [...names, ...(mapping ? [mapping.name] : [])] };
  }

  private async require(id: string): Promise<DatasetSummary> {
    const dataset = await readDatasetSummary(this.client, id);
    if (!dataset) throw new NotFoundError('DATASET_NOT_FOUND', `no data set with id '${id}'`);
    return effectiveStatus(dataset, this.now());
  }
}
