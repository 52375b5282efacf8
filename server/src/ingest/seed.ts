// The demo data set: the curated extraction of the five seed documents, one data set among others.
import { fileURLToPath } from 'node:url';
import type { DatasetMeta } from './write.ts';

export const SEED_DATASET_DIR = fileURLToPath(new URL('../../../graph-seed/data/', import.meta.url));

export const SEED_DATASET: Omit<DatasetMeta, 'files' | 'source'> = {
  id: 'nagorno-karabakh-2023-demo',
  name: 'Nagorno-Karabakh 2023 (demo)',
  format: 'native',
};
