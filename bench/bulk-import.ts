// Runs Neo4j's own bulk importer (`neo4j-admin database import full`) from the local Neo4j's jars into a new store.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ensureLocalNeo4jArtifacts, javaTool } from '../server/src/neo4j-local/artifacts.ts';
import { NEO4J_LOCAL_JVM_FLAGS } from '../server/src/neo4j-local/local-neo4j.ts';
import { ARRAY_DELIMITER, type ImportFiles } from './import-csv.ts';
import { peakRssBytes } from './process-memory.ts';

/** neo4j-admin's entry point; the import command is found through the import tool's jar on the same classpath. */
const ADMIN_TOOL_CLASS = 'org.neo4j.cli.AdminTool';

export interface BulkImportOptions {
  /** The Neo4j home the launcher will open (its store lands in data/databases/neo4j); must not hold a database yet. */
  home: string;
  files: ImportFiles;
  threads: number;
  heap: string;
  /** The importer takes 90% of free memory when not told otherwise. */
  offHeap: string;
}

export interface BulkImportResult {
  ms: number;
  /** Peak resident memory of the importer's JVM, sampled while it ran. */
  peakRssBytes: number;
}

export async function bulkImport(opts: BulkImportOptions): Promise<BulkImportResult> {
  const artifacts = await ensureLocalNeo4jArtifacts();
  const conf = path.join(opts.home, 'conf');
  await mkdir(conf, { recursive: true });
  // The admin tool reads NEO4J_CONF/neo4j.conf; the defaults are what the launcher uses too.
  await writeFile(path.join(conf, 'neo4j.conf'), '');
  const logFile = path.join(opts.home, 'import.log');
  const { files } = opts;
  const args = [
    `-Xmx${opts.heap}`,
    ...NEO4J_LOCAL_JVM_FLAGS,
    '-cp',
    `${artifacts.classesDir}${path.delimiter}${artifacts.classpath}`,
    ADMIN_TOOL_CLASS,
    'database',
    'import',
    'full',
    `--nodes=${files.documents}`,
    `--nodes=${files.entities}`,
    `--nodes=${files.datasets}`,
    `--relationships=${files.relations}`,
    `--relationships=${files.mentions}`,
    `--array-delimiter=${ARRAY_DELIMITER}`,
    `--threads=${opts.threads}`,
    `--max-off-heap-memory=${opts.offHeap}`,
    `--report-file=${path.join(opts.home, 'import.report')}`,
    'neo4j',
  ];
  const started = performance.now();
  const child = spawn(javaTool('java'), args, {
    cwd: opts.home,
    env: { ...process.env, NEO4J_HOME: opts.home, NEO4J_CONF: conf },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(logFile);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let peak = 0;
  const sampler = setInterval(() => {
    void peakRssBytes(child.pid).then((bytes) => (peak = Math.max(peak, bytes)));
  }, 200);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  }).finally(() => clearInterval(sampler));
  const ms = performance.now() - started;
  if (code !== 0) {
    const tail = (await readFile(logFile, 'utf8').catch(() => '')).trimEnd().split('\n').slice(-30).join('\n');
    throw new Error(`neo4j-admin database import full exited with ${String(code)}:\n${tail}`);
  }
  return { ms, peakRssBytes: peak };
}
