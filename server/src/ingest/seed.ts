// Where the demo data set lives: the curated extraction of the five seed documents.
import { fileURLToPath } from 'node:url';

export const SEED_DATASET_DIR = fileURLToPath(new URL('../../../graph-seed/data/', import.meta.url));
