// What start does about the demo: load it into an empty database once, and give data from before data sets a data set.
import type { Logger } from 'pino';
import type { GraphClient } from '../graph/client.ts';
import { adoptUntaggedData, markDemoOffered, readGraphState, type GraphState } from '../graph/graph-state.ts';
import { loadDataset } from './load.ts';
import { SEED_DATASET_DIR } from './seed.ts';

export type SeedAction = 'load-demo' | 'adopt-untagged' | 'none';

export const EARLIER_DATA = { id: 'loaded-before-data-sets', name: 'Loaded before data sets' } as const;

/**
 * The demo is offered once: a user who removed it does not get it back on the next start. A database that holds
 * entities but no data set was loaded before data sets existed; its data is kept as one data set rather than guessed at.
 */
export function seedAction(state: GraphState, seedOnEmpty: boolean): SeedAction {
  if (state.entities > 0 && state.datasets === 0) return 'adopt-untagged';
  if (!seedOnEmpty || state.demoOffered || state.entities > 0) return 'none';
  return 'load-demo';
}

export async function seedOnStart(client: GraphClient, opts: { seedOnEmpty: boolean; logger: Logger }): Promise<SeedAction> {
  const state = await readGraphState(client);
  const action = seedAction(state, opts.seedOnEmpty);
  const started = Date.now();
  if (action === 'load-demo') {
    const dataset = await loadDataset(client, SEED_DATASET_DIR);
    opts.logger.info({ ...dataset.counts, ms: Date.now() - started }, `database was empty: loaded the data set '${dataset.meta.name}'`);
  } else if (action === 'adopt-untagged') {
    await adoptUntaggedData(client, { ...EARLIER_DATA, entities: state.entities });
    opts.logger.info({ entities: state.entities }, `data loaded before data sets is now the data set '${EARLIER_DATA.name}'`);
  }
  if (action !== 'none' || state.entities > 0) await markDemoOffered(client);
  return action;
}
