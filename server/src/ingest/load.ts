// The ingest pipeline: read → check → prepare → write. A format plugs in at "read"; the rest is shared.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { DEFAULT_VOCABULARY, datasetIdFromName, type Vocabulary } from '@kgx/contract';
import type { GraphClient } from '../graph/client.ts';
import { checkDataset } from './check.ts';
import { readVocabularyInUse } from './vocabulary-in-use.ts';
import { prepareDataset, type PreparedDataset } from './prepare.ts';
import { readNativeDataset } from './read-native.ts';
import { SEED_DATASET, SEED_DATASET_DIR } from './seed.ts';
import { writeDataset, type DatasetMeta, type WriteOptions } from './write.ts';

export interface ReadOptions {
  /** The vocabulary in use; the default one when checking without a database. */
  vocabulary?: Vocabulary;
  skipBadRows?: boolean;
}

/** Reads, checks and prepares a native data set folder; throws DatasetError naming every problem, having written nothing. */
export async function readDataset(dir: string, opts: ReadOptions = {}): Promise<PreparedDataset> {
  const source = await readNativeDataset(dir);
  return prepareDataset(
    await checkDataset(source, { vocabulary: opts.vocabulary ?? DEFAULT_VOCABULARY, skipBadRows: opts.skipBadRows ?? false }),
  );
}

/** The data set a folder becomes: the demo's own record for the seed folder, else one named after the folder. */
export function datasetMetaFor(dir: string, dataset: PreparedDataset, name?: string): DatasetMeta {
  const files = dataset.files;
  // A digest, not the path: the record is readable through the console, and a server's folders are nobody's business.
  const source = `folder:${createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32)}`;
  if (name === undefined && path.resolve(dir) === path.resolve(SEED_DATASET_DIR))
    return { ...SEED_DATASET, files, source, vocabulary: dataset.vocabulary };
  const given = name ?? path.basename(path.resolve(dir));
  return { id: datasetIdFromName(given), name: given, format: 'native', files, source, vocabulary: dataset.vocabulary };
}

/** Checks the whole data set first, so a bad file leaves the database untouched, then writes it as one data set. */
export async function loadDataset(
  client: GraphClient,
  dir: string,
  opts: WriteOptions & { name?: string; skipBadRows?: boolean } = {},
): Promise<PreparedDataset & { meta: DatasetMeta }> {
  const dataset = await readDataset(dir, { vocabulary: await readVocabularyInUse(client), skipBadRows: opts.skipBadRows ?? false });
  const meta = datasetMetaFor(dir, dataset, opts.name);
  await writeDataset(client, dataset, meta, opts);
  return { ...dataset, meta };
}
