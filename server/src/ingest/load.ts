// The ingest pipeline: read → check → prepare → write. A format plugs in at "read"; the rest is shared.
import type { GraphClient } from '../graph/client.ts';
import { checkDataset } from './check.ts';
import { prepareDataset, type PreparedDataset } from './prepare.ts';
import { readNativeDataset } from './read-native.ts';
import { writeDataset, type WriteOptions } from './write.ts';

/** Reads, checks and prepares a native data set folder; throws DatasetError naming every problem, having written nothing. */
export async function readDataset(dir: string): Promise<PreparedDataset> {
  return prepareDataset(await checkDataset(await readNativeDataset(dir)));
}

/** Checks the whole data set first, so a bad file leaves the database untouched, then writes it. */
export async function loadDataset(client: GraphClient, dir: string, opts: WriteOptions = {}): Promise<PreparedDataset> {
  const dataset = await readDataset(dir);
  await writeDataset(client, dataset, opts);
  return dataset;
}
