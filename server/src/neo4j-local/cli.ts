// `npm run neo4j -- install | start [--port N] [--data DIR] [--heap SIZE]`: the Docker-free Neo4j for local development.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NEO4J_LOCAL_VERSION, ensureLocalNeo4jArtifacts, localNeo4jCacheDir } from './artifacts';
import { startLocalNeo4j } from './local-neo4j';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
// Git-ignored; tests never use it (they get a throwaway dir from tests/support/neo4j.ts).
const DEFAULT_DATA_DIR = resolve(repoRoot, '.data', 'neo4j');
const DEFAULT_PORT = 7687;

const USAGE = `usage:
  npm run neo4j -- install                         resolve Neo4j ${NEO4J_LOCAL_VERSION} and compile the launcher (cached)
  npm run neo4j -- start [--port N] [--data DIR] [--heap SIZE]
                                                   run it on bolt://127.0.0.1:N (default ${DEFAULT_PORT}, data ${DEFAULT_DATA_DIR})`;

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

function seconds(since: number): string {
  const ms = performance.now() - since;
  return ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

interface StartFlags {
  port: number;
  dataDir: string;
  heap?: string;
}

function parseStartFlags(args: readonly string[]): StartFlags {
  const flags: StartFlags = { port: DEFAULT_PORT, dataDir: DEFAULT_DATA_DIR };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    const value = args[i + 1];
    if (flag !== '--port' && flag !== '--data' && flag !== '--heap') throw new Error(`unknown option '${String(flag)}'`);
    if (value === undefined) throw new Error(`${flag} needs a value`);
    i++;
    if (flag === '--port') {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port must be 1..65535, got '${value}'`);
      flags.port = port;
    } else if (flag === '--data') {
      flags.dataDir = resolve(value);
    } else {
      flags.heap = value;
    }
  }
  return flags;
}

async function install(): Promise<void> {
  const started = performance.now();
  await ensureLocalNeo4jArtifacts({ log });
  console.log(`Neo4j ${NEO4J_LOCAL_VERSION} is installed (cache ${localNeo4jCacheDir()}) — took ${seconds(started)}`);
}

async function start(args: readonly string[]): Promise<void> {
  const flags = parseStartFlags(args);
  const started = performance.now();
  const neo4j = await startLocalNeo4j({
    dataDir: flags.dataDir,
    port: flags.port,
    ...(flags.heap !== undefined ? { heap: flags.heap } : {}),
    log,
  });
  console.log(`Neo4j ${neo4j.version} listening on ${neo4j.uri} (no auth) — data in ${neo4j.dataDir}, started in ${seconds(started)}`);
  console.log(`Use NEO4J_URI=${neo4j.uri}; Ctrl-C to stop.`);

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    log(`neo4j-local: ${signal}, stopping`);
    neo4j.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`neo4j-local: stop failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  const { code, signal } = await neo4j.exited;
  if (!stopping) {
    log(`neo4j-local: Neo4j exited unexpectedly (code ${String(code)}, signal ${String(signal)})`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  switch (command) {
    case 'install':
      await install();
      return;
    case 'start':
      await start(rest);
      return;
    case undefined:
    case '-h':
    case '--help':
      console.log(USAGE);
      return;
    default:
      throw new Error(`unknown command '${command}'\n${USAGE}`);
  }
}

main().catch((error: unknown) => {
  log(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
