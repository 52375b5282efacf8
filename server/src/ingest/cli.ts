// `npm run import -- <path...> [--format native|csv|ftm|text] [--mapping FILE] [--name NAME] [--check] [--skip-bad-rows] [--skip-extraction]`:
// checks the input whole, then writes it as one data set with a progress line; exits non-zero on bad input.
// `npm run seed` is the same with the demo folder as the default path.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DatasetFormatSchema, DEFAULT_VOCABULARY } from '@kgx/contract';
import { openDatabase } from '../database.ts';
import { parseEnv } from '../env.ts';
import { graphLookups, importMeta, readImport } from './import.ts';
import { extractDataset } from '../services/extract-dataset.ts';
import { guessFormat } from './import-format.ts';
import { DatasetError, formatProblem } from './problems.ts';
import type { ImportSource } from './readers.ts';
import { SEED_DATASET_DIR } from './seed.ts';
import { readVocabularyInUse } from './vocabulary-in-use.ts';
import { writeDataset } from './write.ts';
import type { BatchProgress } from '../graph/dataset-writes.ts';

const USAGE =
  'usage: npm run import -- <path...> [--format native|csv|ftm|text] [--mapping FILE] [--name NAME] [--check] [--skip-bad-rows] [--skip-extraction]';

async function sourceFrom(paths: string[], format: string | undefined, mapping: string | undefined): Promise<ImportSource> {
  const resolved = paths.map((p) => path.resolve(p));
  const isFolder = resolved.length === 1 && (await stat(resolved[0] ?? '')).isDirectory();
  const chosen =
    format === undefined
      ? guessFormat(
          resolved.map((p) => path.basename(p)),
          isFolder,
        )
      : DatasetFormatSchema.parse(format);
  if (chosen === undefined) throw new Error(`cannot tell the format of ${paths.join(', ')}; say it with --format`);
  return {
    format: chosen,
    files: resolved.map((p) => ({ path: p, name: path.basename(p) })),
    ...(mapping === undefined ? {} : { mapping: { path: path.resolve(mapping), name: path.basename(mapping) } }),
  };
}

/** One line, rewritten in place on a terminal: what is being written, how far, and how fast. */
function progressPrinter(): (p: BatchProgress) => void {
  const started = Date.now();
  let written = 0;
  let lastKind = '';
  let lastCount = 0;
  return (p) => {
    if (p.kind !== lastKind) lastCount = 0;
    written += p.written - lastCount;
    lastKind = p.kind;
    lastCount = p.written;
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(written / seconds) : 0;
    const line = `  ${p.kind.padEnd(16)} ${String(p.written).padStart(9)} / ${p.total}   ${written} rows written, ${rate} rows/s`;
    if (process.stdout.isTTY) process.stdout.write(`\r${line.padEnd(90)}${p.written === p.total ? '\n' : ''}`);
    else if (p.written === p.total) console.log(line);
  };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      mapping: { type: 'string' },
      name: { type: 'string' },
      check: { type: 'boolean', default: false },
      'skip-bad-rows': { type: 'boolean', default: false },
      'skip-extraction': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const paths = positionals.length > 0 ? positionals : [SEED_DATASET_DIR];
  const source = await sourceFrom(paths, values.format, values.mapping);
  const label = paths.join(', ');
  const skipBadRows = values['skip-bad-rows'];
  const started = Date.now();

  // --check needs no database: it checks against the default vocabulary and the input's own.
  const db = values.check ? undefined : await openDatabase(parseEnv(), (line) => console.log(line));
  try {
    let dataset;
    try {
      dataset = await readImport(source, {
        vocabulary: db ? await readVocabularyInUse(db.client) : DEFAULT_VOCABULARY,
        skipBadRows,
        ...(db ? graphLookups(db.client) : {}),
      });
    } catch (error) {
      if (error instanceof DatasetError) {
        console.error(`${label}: ${error.message}`);
        return 1;
      }
      throw error;
    }
    const { counts } = dataset;
    console.log(
      `${label}: ${source.format}, valid — ${counts.documents} documents, ${counts.entities} entities, ${counts.relations} relations, ${counts.evidence} pieces of evidence, ${counts.mentions} mentions`,
    );
    if (dataset.skipped.length > 0) {
      console.log(`left out (--skip-bad-rows), ${dataset.skipped.length} problems:\n${dataset.skipped.map(formatProblem).join('\n')}`);
    }
    for (const notice of dataset.notices ?? []) {
      console.log(`  note: ${notice.file}${notice.record ? `: ${notice.record}` : ''}: ${notice.reason}`);
    }
    if (!db) return 0;
    const meta = importMeta(source, dataset, values.name);
    console.log(`data set '${meta.id}' (${meta.name})`);
    await writeDataset(db.client, dataset, meta, { onProgress: progressPrinter() });
    console.log(`loaded into ${db.uri} in ${Date.now() - started} ms`);
    // Documents are extracted at once, as an upload is: the review queue (Review tab) lists what was proposed.
    if (source.format === 'text' && !values['skip-extraction'] && counts.documents > 0) {
      const extracted = await extractDataset(db.client, meta.id, await readVocabularyInUse(db.client));
      console.log(
        `extraction proposed ${extracted.entities} entities and ${extracted.relations} relations from ${extracted.documents} documents, for review`,
      );
    }
    return 0;
  } finally {
    await db?.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    console.error(USAGE);
    process.exit(1);
  },
);
