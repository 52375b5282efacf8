// `npm run seed [-- path/to/dataset] [--name NAME] [--check]`: validates a data set and loads it, printing progress; exits non-zero on a bad file.
import path from 'node:path';
import { openDatabase } from '../database.ts';
import { parseEnv } from '../env.ts';
import { datasetMetaFor, readDataset } from './load.ts';
import { DatasetError } from './problems.ts';
import { SEED_DATASET_DIR } from './seed.ts';
import { writeDataset } from './write.ts';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const checkOnly = args.includes('--check');
  const nameAt = args.indexOf('--name');
  const name = nameAt >= 0 ? args[nameAt + 1] : undefined;
  const dir = path.resolve(args.find((a, i) => !a.startsWith('--') && (nameAt < 0 || i !== nameAt + 1)) ?? SEED_DATASET_DIR);
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
    const meta = datasetMetaFor(dir, dataset, name);
    console.log(`data set '${meta.id}' (${meta.name})`);
    await writeDataset(db.client, dataset, meta, {
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
