// The ingest pipeline for every format: read → check → prepare → write. A format plugs in at "read" (readers.ts).
import { createHash } from 'node:crypto';
import path from 'node:path';
import { DEFAULT_VOCABULARY, PREVIEW_ROWS, datasetIdFromName, type DatasetPreview, type PreviewRow, type Vocabulary } from '@kgx/contract';
import type { GraphClient } from '../graph/client.ts';
import { readDocumentTexts } from '../graph/documents.ts';
import { readEntityTypes, readMentionableEntities } from '../graph/entities.ts';
import type { NamedEntity } from '../services/mention-spans.ts';
import { checkDataset, type CheckOptions } from './check.ts';
import { prepareDataset, type PreparedDataset } from './prepare.ts';
import { findDuplicatesInGraph } from './possible-duplicates.ts';
import { DatasetError } from './problems.ts';
import { readSource, type ImportSource } from './readers.ts';
import { toReport } from './report.ts';
import type { DatasetSource } from './source.ts';
import { SEED_DATASET, SEED_DATASET_DIR } from './seed.ts';
import { readVocabularyInUse } from './vocabulary-in-use.ts';
import { writeDataset, type DatasetMeta, type WriteOptions } from './write.ts';

export interface ReadOptions {
  /** The vocabulary in use; the default one when checking without a database. */
  vocabulary?: Vocabulary;
  skipBadRows?: boolean;
  findExistingEntities?: CheckOptions['findExistingEntities'];
  findDocumentTexts?: CheckOptions['findDocumentTexts'];
  /** Entities already in the graph, for the mentions of the import's documents. */
  findMentionableEntities?: () => Promise<NamedEntity[]>;
}

/** What the checks may look up in the graph: entities and documents other data sets brought. */
export function graphLookups(
  client: GraphClient,
): Pick<ReadOptions, 'findExistingEntities' | 'findDocumentTexts' | 'findMentionableEntities'> {
  return {
    findExistingEntities: (ids) => readEntityTypes(client, ids),
    findDocumentTexts: (ids) => readDocumentTexts(client, ids),
    findMentionableEntities: () => readMentionableEntities(client),
  };
}

/** The checks' options from the read options: the vocabulary (the default one without a database) and the lookups given. */
function checkOptions(opts: ReadOptions, skipBadRows: boolean): CheckOptions {
  return {
    vocabulary: opts.vocabulary ?? DEFAULT_VOCABULARY,
    skipBadRows,
    ...(opts.findExistingEntities === undefined ? {} : { findExistingEntities: opts.findExistingEntities }),
    ...(opts.findDocumentTexts === undefined ? {} : { findDocumentTexts: opts.findDocumentTexts }),
  };
}

/** Reads, checks and prepares an import; throws DatasetError naming every problem, having written nothing. */
export async function readImport(source: ImportSource, opts: ReadOptions = {}): Promise<PreparedDataset> {
  const read = await readSource(source);
  const checked = await checkDataset(read, checkOptions(opts, opts.skipBadRows ?? false));
  // The graph's entities: for the mentions of new documents, and to point out new entities named like known ones.
  const known =
    (checked.documents.length > 0 || checked.entities.length > 0) && opts.findMentionableEntities
      ? await opts.findMentionableEntities()
      : [];
  const duplicates = findDuplicatesInGraph(read.entities.file, checked.entities, known);
  return { ...prepareDataset(checked, known), notices: [...(read.notices ?? []), ...duplicates] };
}

/**
 * Where an import came from, as a digest (the record is readable through the console, and a server's folders are
 * nobody's business): a folder by its path; files by their format and names, so uploading the same files again
 * under the same name updates the same data set.
 */
function sourceDigest(source: ImportSource): string {
  const digest = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 32);
  if (source.format === 'native' && source.uploadedNames === undefined)
    return `folder:${digest(path.resolve(source.files[0]?.path ?? ''))}`;
  const names = [...(source.uploadedNames ?? source.files.map((f) => f.name))].sort();
  return `files:${digest([source.format, ...names].join('\n'))}`;
}

/** Which data set an import becomes: the demo's own record for the seed folder, else one named as asked, or after its first file. */
export function importIdentity(source: ImportSource, name?: string): Pick<DatasetMeta, 'id' | 'name' | 'format' | 'source'> {
  const first = source.files[0];
  if (name === undefined && source.format === 'native' && first && path.resolve(first.path) === path.resolve(SEED_DATASET_DIR)) {
    return { ...SEED_DATASET, source: sourceDigest(source) };
  }
  const given = name ?? (source.format === 'native' ? (first?.name ?? 'dataset') : path.parse(first?.name ?? 'dataset').name);
  return { id: datasetIdFromName(given), name: given, format: source.format, source: sourceDigest(source) };
}

export function importMeta(source: ImportSource, dataset: PreparedDataset, name?: string): DatasetMeta {
  return { ...importIdentity(source, name), files: dataset.files, vocabulary: dataset.vocabulary };
}

export interface ImportOptions extends WriteOptions {
  name?: string;
  skipBadRows?: boolean;
  createdBy?: string;
}

/** Checks the whole import first against the graph's vocabulary and entities, so bad input writes nothing; then writes it. */
export async function importDataset(
  client: GraphClient,
  source: ImportSource,
  opts: ImportOptions = {},
): Promise<PreparedDataset & { meta: DatasetMeta }> {
  const dataset = await readImport(source, {
    vocabulary: await readVocabularyInUse(client),
    skipBadRows: opts.skipBadRows ?? false,
    ...graphLookups(client),
  });
  const meta = { ...importMeta(source, dataset, opts.name), ...(opts.createdBy === undefined ? {} : { createdBy: opts.createdBy }) };
  await writeDataset(client, dataset, meta, opts);
  return { ...dataset, meta };
}

/** A native data set folder, as the seed and the tests give it. */
export function folderSource(dir: string): ImportSource {
  return { format: 'native', files: [{ path: dir, name: path.basename(path.resolve(dir)) }] };
}

/** The first records of a source as they will land, each with the file and record it was read from. */
function previewRows(read: DatasetSource): PreviewRow[] {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const rows = (kind: PreviewRow['kind'], file: DatasetSource['entities'], describe: (r: Record<string, unknown>) => [string, string]) =>
    file.records.slice(0, PREVIEW_ROWS).map((raw, index): PreviewRow => {
      const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
      const [type, label] = describe(record);
      return { kind, type, label, file: file.file, record: file.locate(index) };
    });
  return [
    ...rows('entity', read.entities, (r) => [text(r['type']), text(r['name']) || text(r['id'])]),
    ...rows('relation', read.relations, (r) => [text(r['type']), `${text(r['source'])} → ${text(r['target'])}`]),
    ...rows('document', read.documents, (r) => ['Document', text(r['title']) || text(r['id'])]),
  ];
}

/** Reads and checks an import without writing it: what would land, its first records, and every problem and notice. */
export async function previewImport(source: ImportSource, opts: ReadOptions & { name?: string }): Promise<DatasetPreview> {
  const identity = importIdentity(source, opts.name);
  /** What a preview says of an import refused whole: nothing would land, and why. */
  const refusedWhole = (rows: PreviewRow[], report: DatasetPreview['report']): DatasetPreview => ({
    format: source.format,
    id: identity.id,
    name: identity.name,
    counts: { documents: 0, entities: 0, relations: 0, evidence: 0, mentions: 0 },
    rows,
    report,
    refused: true,
  });
  let read: DatasetSource;
  try {
    read = await readSource(source);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    return refusedWhole([], toReport(error.problems, []));
  }
  const rows = previewRows(read);
  try {
    // Always with bad records left out, so the preview can say what would land and list every problem at once.
    const checked = await checkDataset(read, checkOptions(opts, true));
    const prepared = prepareDataset(checked);
    return {
      format: source.format,
      id: identity.id,
      name: identity.name,
      counts: prepared.counts,
      rows,
      report: toReport(checked.skipped, read.notices ?? []),
      refused: checked.skipped.length > 0 && opts.skipBadRows !== true,
    };
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    return refusedWhole(rows, toReport(error.problems, read.notices ?? []));
  }
}
