// `npm run seed [-- path/to/dataset]`: validates a data set and loads it, printing progress; exits non-zero on a bad file.
import path from 'node:path';
import { openDatabase } from '../database.ts';
import { parseEnv } from '../env.ts';
import { readDataset } from './load.ts';
import { DatasetError } from './problems.ts';
import { SEED_DATASET_DIR } from './seed.ts';
import { writeDataset } from './write.ts';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const checkOnly = args.includes('--check');
  const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? SEED_DATASET_DIR);
  const started = Date.now();
  let dataset;
  try {
    dataset = await readDataset(dir);
  } catch (error) {
    if (error instanceof DatasetError) {
      console.error(`${dir}: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const { counts } = dataset;
  console.log(
    `${dir}: valid — ${counts.documents} documents, ${counts.entities} entities, ${counts.relations} relations, ${counts.evidence} pieces of evidence, ${counts.mentions} mentions`,
  );
  if (checkOnly) return 0;

  const db = await openDatabase(parseEnv(), (line) => console.log(line));
  try {
    await writeDataset(db.client, dataset, {
      onProgress: (p) => console.log(`  ${p.kind.padEnd(16)} ${String(p.written).padStart(7)} / ${p.total}`),
    });
    console.log(`loaded into ${db.uri} in ${Date.now() - started} ms`);
  } finally {
    await db.close();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
