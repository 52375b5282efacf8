// `npm run bench:import`: relations per second into a new database (neo4j-admin's bulk importer) and a live one (the loader), each beside a plain UNWIND ... CREATE baseline.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GraphClient } from '../server/src/graph/client.ts';
import { applySchema } from '../server/src/graph/schema.ts';
import { loadDataset, readDataset } from '../server/src/ingest/load.ts';
import type { PreparedDataset } from '../server/src/ingest/prepare.ts';
import { removeDataset } from '../server/src/ingest/remove.ts';
import { SEED_DATASET, SEED_DATASET_DIR } from '../server/src/ingest/seed.ts';
import { writeDataset } from '../server/src/ingest/write.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../server/src/neo4j-local/local-neo4j.ts';
import { startThrowawayNeo4j } from '../tests/support/neo4j.ts';
import { ARTIFACTS_DIR, machineFacts, saveResults } from './artifacts.ts';
import { bulkImport } from './bulk-import.ts';
import { reportMarkdown, type DemoRun, type ImportBenchResults, type ImportRun } from './import-bench-report.ts';
import { IMPORT_DATASET, ensureImportData, readImportData, type ImportData } from './import-csv.ts';
import { BARE_SCHEMA, writeBare, writePlain } from './plain-writes.ts';
import { ownPeakRssBytes, peakRssBytes } from './process-memory.ts';

const FULL = { entities: 1_000_000, relations: 5_000_000, runs: 3 };
const QUICK = { entities: 50_000, relations: 250_000, runs: 1 };

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

type Settings = {
  heap: string;
  pageCache: string;
  importThreads: number;
  importHeap: string;
  importOffHeap: string;
};

function load1m(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100;
}

function connect(neo4j: LocalNeo4j): GraphClient {
  // A generous timeout: one slow batch on a busy machine must not end a half-hour run.
  return new GraphClient({ uri: neo4j.uri, queryTimeoutMs: 60_000, retryMs: 0, connectTimeoutMs: 5_000 });
}

interface GraphSize {
  nodes: number;
  relationships: number;
}

/** Nodes and relationships of the data; the graph's state node (stored counters, written by the loader alone) is bookkeeping. */
async function graphSize(client: GraphClient): Promise<GraphSize> {
  return client.read(async (tx) => {
    const nodes = (await tx.run('MATCH (n) WHERE NOT n:GraphState RETURN count(n) AS c')).records[0]?.get('c');
    const relationships = (await tx.run('MATCH ()-[r]->() RETURN count(r) AS c')).records[0]?.get('c');
    return { nodes: Number(nodes), relationships: Number(relationships) };
  });
}

/** Every node and relationship is there: a benchmark that wrote something else measured nothing. */
async function checkCounts(client: GraphClient, data: ImportData, before: GraphSize = { nodes: 0, relationships: 0 }): Promise<void> {
  const { counts } = data;
  const found = await graphSize(client);
  const expected = {
    nodes: before.nodes + counts.documents + counts.entities + 1,
    relationships: before.relationships + counts.relations + counts.mentions,
  };
  if (found.nodes !== expected.nodes || found.relationships !== expected.relationships) {
    throw new Error(`import bench: expected ${JSON.stringify(expected)} in the database, found ${JSON.stringify(found)}`);
  }
}

async function runBulk(data: ImportData, settings: Settings): Promise<ImportRun> {
  const home = await mkdtemp(path.join(tmpdir(), 'kgx-bulk-'));
  try {
    const load = load1m();
    const imported = await bulkImport({
      home,
      files: data.files,
      threads: settings.importThreads,
      heap: settings.importHeap,
      offHeap: settings.importOffHeap,
    });
    let started = performance.now();
    const neo4j = await startLocalNeo4j({ dataDir: home, heap: settings.heap, pageCache: settings.pageCache });
    const startMs = performance.now() - started;
    const client = connect(neo4j);
    try {
      started = performance.now();
      await applySchema(client);
      const schemaMs = performance.now() - started;
      await checkCounts(client, data);
      return {
        ms: imported.ms,
        phases: { import: imported.ms, start: startMs, schema: schemaMs },
        readyMs: imported.ms + startMs + schemaMs,
        jvmPeakRssBytes: await peakRssBytes(neo4j.pid),
        importerPeakRssBytes: imported.peakRssBytes,
        nodePeakRssBytes: ownPeakRssBytes(),
        load1m: load,
      };
    } finally {
      await client.close();
      await neo4j.stop();
    }
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

/** A fresh throwaway database per run, so every run writes into the same store; `prepare` is not timed. */
async function runLive(
  data: ImportData,
  settings: Settings,
  write: (client: GraphClient) => Promise<Record<string, number>>,
  prepare: (client: GraphClient) => Promise<unknown> = () => Promise.resolve(),
): Promise<ImportRun> {
  const neo4j = await startThrowawayNeo4j({ heap: settings.heap, pageCache: settings.pageCache });
  const client = connect(neo4j);
  try {
    await prepare(client);
    const before = await graphSize(client);
    const load = load1m();
    const started = performance.now();
    const phases = await write(client);
    const ms = performance.now() - started;
    await checkCounts(client, data, before);
    return { ms, phases, jvmPeakRssBytes: await peakRssBytes(neo4j.pid), nodePeakRssBytes: ownPeakRssBytes(), load1m: load };
  } finally {
    await client.close();
    await neo4j.stop();
  }
}

/** The loader's phases, told apart by its progress reports: each ends with its last batch. */
async function writeWithLoader(client: GraphClient, dataset: PreparedDataset): Promise<Record<string, number>> {
  const entityKinds = new Set<string>(dataset.entitiesByType.keys());
  const relationKinds = new Set<string>(dataset.relationsByType.keys());
  const phaseOf = (kind: string) =>
    kind === 'documents' ? 'documents' : entityKinds.has(kind) ? 'entities' : relationKinds.has(kind) ? 'relations' : 'mentions';
  const started = performance.now();
  const lastBatch: Record<string, number> = {};
  await writeDataset(client, dataset, IMPORT_DATASET, {
    onProgress: (p) => {
      lastBatch[phaseOf(p.kind)] = performance.now() - started;
    },
  });
  const total = performance.now() - started;
  const order = ['documents', 'entities', 'relations', 'mentions'];
  const phases: Record<string, number> = {};
  let previous = 0;
  for (const phase of order) {
    const end = lastBatch[phase];
    if (end === undefined) continue;
    // The first phase also holds the schema check and the data set record's opening.
    phases[phase] = end - previous;
    previous = end;
  }
  phases['dates and degrees'] = total - previous;
  return phases;
}

/** The demo data set: on a new JVM (each plan compiled the first time), again over itself, and after its removal. */
async function runDemo(settings: Settings): Promise<DemoRun> {
  const time = async (work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    return performance.now() - started;
  };
  const readMs = await time(() => readDataset(SEED_DATASET_DIR));
  const neo4j = await startThrowawayNeo4j({ heap: settings.heap, pageCache: settings.pageCache });
  const client = connect(neo4j);
  try {
    const load = load1m();
    const schemaMs = await time(() => applySchema(client));
    const firstMs = await time(() => loadDataset(client, SEED_DATASET_DIR));
    const reimportMs = await time(() => loadDataset(client, SEED_DATASET_DIR));
    await removeDataset(client, SEED_DATASET.id);
    const reloadMs = await time(() => loadDataset(client, SEED_DATASET_DIR));
    return { readMs, schemaMs, firstMs, reimportMs, reloadMs, load1m: load };
  } finally {
    await client.close();
    await neo4j.stop();
  }
}

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  const parsed = value === undefined ? fallback : Number(value);
  if (!Number.isSafeInteger(parsed) || parsed < 1) throw new Error(`--${name} must be a positive integer, got '${String(value)}'`);
  return parsed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      entities: { type: 'string' },
      relations: { type: 'string' },
      documents: { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      heap: { type: 'string', default: '2g' },
      'page-cache': { type: 'string', default: '2g' },
      'import-threads': { type: 'string' },
      'skip-bulk': { type: 'boolean', default: false },
      'skip-live': { type: 'boolean', default: false },
      'skip-baseline': { type: 'boolean', default: false },
      'skip-bare': { type: 'boolean', default: false },
      'skip-demo': { type: 'boolean', default: false },
    },
  });
  const plan = values.quick ? QUICK : FULL;
  const options = {
    entities: positiveInteger('entities', values.entities, plan.entities),
    relations: positiveInteger('relations', values.relations, plan.relations),
    documents: positiveInteger('documents', values.documents, 2),
    seed: positiveInteger('seed', values.seed, 20_240_919),
  };
  const runs = positiveInteger('runs', values.runs, plan.runs);
  const machine = machineFacts();
  const settings: Settings = {
    heap: values.heap,
    pageCache: values['page-cache'],
    importThreads: positiveInteger('import-threads', values['import-threads'], machine.cores),
    importHeap: '1g',
    importOffHeap: '2g',
  };
  const dir = path.join(ARTIFACTS_DIR, 'import-data', `${options.entities}-${options.relations}-${options.documents}-${options.seed}`);
  const data = await ensureImportData(dir, options, log);
  log(`import bench: ${JSON.stringify(data.counts)}, ${runs} run(s), load ${load1m()}`);

  const results: ImportBenchResults = {
    machine,
    settings,
    counts: data.counts,
    demo: [],
    bulk: [],
    baseline: [],
    bare: [],
    loader: [],
    loaderShared: [],
  };
  if (!values['skip-demo']) {
    for (let run = 0; run < runs; run++) {
      results.demo.push(await runDemo(settings));
      log(`demo: ${JSON.stringify(results.demo.at(-1))}`);
    }
  }
  if (!values['skip-bulk']) {
    for (let run = 0; run < runs; run++) {
      results.bulk.push(await runBulk(data, settings));
      log(`bulk import: ${JSON.stringify(results.bulk.at(-1))}`);
    }
  }
  if (!values['skip-live']) {
    // Read once; the same rows feed the baseline and the loader, and their reading is no part of either's time.
    const started = performance.now();
    const dataset = await readImportData(data);
    log(`read the CSV back in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // Alternating, so that whatever else the machine does falls on both sides alike.
    for (let run = 0; run < runs; run++) {
      if (!values['skip-baseline']) {
        results.baseline.push(
          await runLive(data, settings, async (client) => {
            await applySchema(client);
            return { ...(await writePlain(client, dataset, IMPORT_DATASET)) };
          }),
        );
        log(`baseline: ${JSON.stringify(results.baseline.at(-1))}`);
      }
      if (!values['skip-bare']) {
        results.bare.push(
          await runLive(data, settings, async (client) => {
            for (const statement of BARE_SCHEMA) await client.runAutoCommit(statement);
            return { ...(await writeBare(client, dataset, IMPORT_DATASET)) };
          }),
        );
        log(`bare ceiling: ${JSON.stringify(results.bare.at(-1))}`);
      }
      results.loader.push(await runLive(data, settings, (client) => writeWithLoader(client, dataset)));
      log(`loader, empty database: ${JSON.stringify(results.loader.at(-1))}`);
      results.loaderShared.push(
        // A database in use: with the demo in it, the loader MERGEs, as into any graph another data set shares.
        await runLive(
          data,
          settings,
          (client) => writeWithLoader(client, dataset),
          (client) => loadDataset(client, SEED_DATASET_DIR),
        ),
      );
      log(`loader, database in use: ${JSON.stringify(results.loaderShared.at(-1))}`);
    }
  }
  const saved = await saveResults('import-bench', results, reportMarkdown(results));
  log(`results: ${saved.markdown}`);
  process.stdout.write(reportMarkdown(results));
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
