// Data loaded before data sets existed gets a data set of its own before anything else is written beside it.
import type { GraphClient } from '../graph/client.ts';
import { adoptUntaggedData, hasUntaggedData } from '../graph/graph-state.ts';

export const EARLIER_DATA = { id: 'loaded-before-data-sets', name: 'Loaded before data sets' } as const;

/** True when there was untagged data to adopt. */
export async function adoptUntagged(client: GraphClient): Promise<boolean> {
  if (!(await hasUntaggedData(client))) return false;
  await adoptUntaggedData(client, EARLIER_DATA);
  return true;
}
