// A generated graph too big for the live loader in a benchmark's time (1M entities / 5M relations), built by
// neo4j-admin's bulk importer into a throwaway store, then opened as the app opens any graph: schema applied and the
// stored aggregates (evidence count, timeline months) counted once, as after an import.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { classifyDateSpans } from '../server/src/graph/date-spans.ts';
import { applySchema } from '../server/src/graph/schema.ts';
import { storeAggregates } from '../server/src/graph/stats.ts';
import { startLocalNeo4j } from '../server/src/neo4j-local/local-neo4j.ts';
import { ARTIFACTS_DIR } from './artifacts.ts';
import { bulkImport } from './bulk-import.ts';
import { ensureImportData, type ImportData, type ImportDataOptions } from './import-csv.ts';
import { connectClient, type LocalDatabase } from './local-stack.ts';

/** The large graph every benchmark means by `--graph 1m`: the same files, generated once and kept. */
export const LARGE_GRAPH = {
  entities: 1_000_000,
  relations: 5_000_000,
  documents: 2,
  hubs: { count: 3, degree: 100_000 },
} as const;

export interface BulkGraph {
  db: LocalDatabase;
  data: ImportData;
  /** Generating the files (0 when an earlier run left them), the import, Neo4j's start, the schema, the aggregates. */
  phasesMs: { generate: number; import: number; start: number; schema: number; aggregates: number };
}

export interface BulkGraphOptions extends ImportDataOptions {
  heap: string;
  pageCache: string;
  importThreads: number;
  log: (line: string) => void;
}

const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
};

export async function startBulkGraph(opts: BulkGraphOptions): Promise<BulkGraph> {
  const { log } = opts;
  const options: ImportDataOptions = {
    entities: opts.entities,
    relations: opts.relations,
    documents: opts.documents,
    seed: opts.seed,
    ...(opts.hubs === undefined ? {} : { hubs: opts.hubs }),
  };
  const hubs = opts.hubs === undefined ? 'no-hubs' : `${opts.hubs.count}x${opts.hubs.degree}`;
  const dir = path.join(ARTIFACTS_DIR, 'import-data', `${opts.entities}-${opts.relations}-${opts.documents}-${opts.seed}-${hubs}`);
  const [data, generate] = await timed(() => ensureImportData(dir, options, log));
  const home = await mkdtemp(path.join(tmpdir(), 'kgx-bulk-graph-'));
  try {
    log(`bulk import of ${opts.entities} entities / ${opts.relations} relations`);
    const [, importMs] = await timed(() => bulkImport({ home, files: data.files, threads: opts.importThreads, heap: '1g', offHeap: '2g' }));
    const [neo4j, start] = await timed(() => startLocalNeo4j({ dataDir: home, heap: opts.heap, pageCache: opts.pageCache }));
    const client = connectClient(neo4j.uri);
    const close = async () => {
      await client.close();
      await neo4j.stop();
      await rm(home, { recursive: true, force: true });
    };
    try {
      // As the app's start does for a graph another tool wrote: the relations' span classes, before their indexes fill.
      const [, classes] = await timed(() => classifyDateSpans(client));
      log(`span classes stored in ${(classes / 1000).toFixed(0)} s`);
      const [, schema] = await timed(() => applySchema(client));
      log(
        `bulk graph: imported in ${(importMs / 1000).toFixed(0)} s, started in ${(start / 1000).toFixed(0)} s, schema online in ${(schema / 1000).toFixed(0)} s`,
      );
      const [, aggregates] = await timed(() => storeAggregates(client));
      return {
        db: { uri: neo4j.uri, version: neo4j.version, client, close },
        data,
        phasesMs: { generate, import: importMs, start, schema, aggregates },
      };
    } catch (error) {
      await close();
      throw error;
    }
  } catch (error) {
    await rm(home, { recursive: true, force: true });
    throw error;
  }
}
