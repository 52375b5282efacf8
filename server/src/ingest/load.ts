// Native data set folders through the one pipeline: the seed, the tests and the benchmarks load folders this way.
import type { GraphClient } from '../graph/client.ts';
import { folderSource, importDataset, importMeta, readImport, type ImportOptions, type ReadOptions } from './import.ts';
import type { PreparedDataset } from './prepare.ts';
import type { DatasetMeta } from './write.ts';

/** Reads, checks and prepares a native data set folder; throws DatasetError naming every problem, having written nothing. */
export async function readDataset(dir: string, opts: ReadOptions = {}): Promise<PreparedDataset> {
  return readImport(folderSource(dir), opts);
}

/** The data set a folder becomes: the demo's own record for the seed folder, else one named after the folder. */
export function datasetMetaFor(dir: string, dataset: PreparedDataset, name?: string): DatasetMeta {
  return importMeta(folderSource(dir), dataset, name);
}

/** Checks the whole data set first, so a bad file leaves the database untouched, then writes it as one data set. */
export async function loadDataset(
  client: GraphClient,
  dir: string,
  opts: ImportOptions = {},
): Promise<PreparedDataset & { meta: DatasetMeta }> {
  return importDataset(client, folderSource(dir), opts);
}
