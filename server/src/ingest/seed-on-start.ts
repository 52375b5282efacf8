// What start does about the demo: load it into an empty database once, and give data from before data sets a data set.
import type { Logger } from 'pino';
import type { GraphClient } from '../graph/client.ts';
import { adoptUntaggedData, markDemoOffered, readGraphState, type GraphState } from '../graph/graph-state.ts';
import { EARLIER_DATA } from './adopt.ts';
import { loadDataset } from './load.ts';
import { SEED_DATASET, SEED_DATASET_DIR } from './seed.ts';

export type SeedAction = 'load-demo' | 'adopt-untagged' | 'none';

/**
 * The demo is offered once: a user who removed it does not get it back on the next start. Entities or documents that
 * no data set lists were loaded before data sets existed; they are kept as one data set rather than guessed at.
 */
export function seedAction(state: GraphState, seedOnEmpty: boolean): SeedAction {
  if (state.untagged > 0) return 'adopt-untagged';
  if (!seedOnEmpty || state.demoOffered) return 'none';
  // A first start stopped midway left part of the demo: loading it again converges on the whole.
  if (state.entities > 0 && !state.demoIncomplete) return 'none';
  return 'load-demo';
}

export async function seedOnStart(client: GraphClient, opts: { seedOnEmpty: boolean; logger: Logger }): Promise<SeedAction> {
  const state = await readGraphState(client, SEED_DATASET.id);
  const action = seedAction(state, opts.seedOnEmpty);
  const started = Date.now();
  if (action === 'load-demo') {
    const dataset = await loadDataset(client, SEED_DATASET_DIR);
    const why = state.demoIncomplete ? 'its first load was stopped midway' : 'database was empty';
    opts.logger.info({ ...dataset.counts, ms: Date.now() - started }, `${why}: loaded the data set '${dataset.meta.name}'`);
  } else if (action === 'adopt-untagged') {
    await adoptUntaggedData(client, EARLIER_DATA);
    opts.logger.info({ untagged: state.untagged }, `data loaded before data sets is now the data set '${EARLIER_DATA.name}'`);
  }
  if (action !== 'none' || state.entities > 0) await markDemoOffered(client);
  return action;
}
