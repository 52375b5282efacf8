// Supervises a local Neo4j JVM: starts server/neo4j-local's Main on the installed artifacts, waits for Bolt, stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { delimiter, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { JVM_SIZE_PATTERN, parseLocalNeo4jEnv } from '../env.ts';
import { LAUNCHER_MAIN_CLASS, ensureLocalNeo4jArtifacts, javaTool } from './artifacts.ts';

// Installing lives in artifacts.ts; these stay importable from here, where the CLI, the database opener and the tests look.
export { NEO4J_LOCAL_VERSION, ensureLocalNeo4jArtifacts, localNeo4jCacheDir, type LocalNeo4jArtifacts } from './artifacts.ts';

/** Without these opens, Neo4j's UnsafeUtil and Netty fail at startup on Java 17. */
export const NEO4J_LOCAL_JVM_FLAGS: readonly string[] = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

const READY_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 30_000;
const STDERR_TAIL_LINES = 40;

type Log = (line: string) => void;
const silent: Log = () => undefined;

export interface LocalNeo4j {
  /** A `neo4j://` URI: the routing scheme works on a single server, so local runs take the code path of a cluster or Aura. */
  readonly uri: string;
  readonly port: number;
  readonly pid: number;
  /** As reported by dbms.components() at startup. */
  readonly version: string;
  readonly dataDir: string;
  /** Settles when the JVM exits, whether through stop() or a crash. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

export interface StartLocalNeo4jOptions {
  dataDir: string;
  /** A free port on 127.0.0.1 is picked when omitted. */
  port?: number;
  /** JVM max heap, e.g. "1g"; defaults to KGX_NEO4J_HEAP (1g) so the JVM does not claim a quarter of RAM. */
  heap?: string;
  /** Neo4j page cache (off-heap), e.g. "512m". */
  pageCache?: string;
  log?: Log;
}

/** Asks the OS for a free port; another process could take it before Neo4j binds, which Main reports clearly. */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolvePromise(port) : reject(new Error('could not obtain a free port'))));
    });
  });
}

export async function startLocalNeo4j(opts: StartLocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? silent;
  const heap = opts.heap ?? parseLocalNeo4jEnv().KGX_NEO4J_HEAP;
  if (!JVM_SIZE_PATTERN.test(heap)) throw new Error(`heap must look like 512m or 2g, got '${heap}'`);
  if (opts.pageCache !== undefined && !JVM_SIZE_PATTERN.test(opts.pageCache)) {
    throw new Error(`pageCache must look like 512m or 1g, got '${opts.pageCache}'`);
  }
  const dataDir = resolve(opts.dataDir);
  await mkdir(dataDir, { recursive: true });
  const artifacts = await ensureLocalNeo4jArtifacts({ log });
  const port = opts.port ?? (await findFreePort());

  const args = [
    `-Xmx${heap}`,
    ...NEO4J_LOCAL_JVM_FLAGS,
    '-cp',
    `${artifacts.classesDir}${delimiter}${artifacts.classpath}`,
    LAUNCHER_MAIN_CLASS,
    '--data-dir',
    dataDir,
    '--port',
    String(port),
    '--exit-on-stdin-eof',
    ...(opts.pageCache !== undefined ? ['--page-cache', opts.pageCache] : []),
    '--transaction-memory',
    parseLocalNeo4jEnv().KGX_NEO4J_TX_MEMORY,
  ];
  const startedAt = Date.now();
  // cwd = dataDir so JVM crash files (hs_err_pid*.log) land next to the data, not in the repo.
  const child = spawn(javaTool('java'), args, { cwd: dataDir, stdio: ['pipe', 'pipe', 'pipe'] });
  // Writes to stdin never happen, but an EPIPE on close must not crash the parent.
  child.stdin.on('error', () => undefined);

  const stderrTail: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift();
    log(`neo4j: ${line}`);
  });

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) => {
    child.on('exit', (code, signal) => resolveExit({ code, signal }));
  });
  // Covers normal exits and process.exit(); a killed parent is covered by Main watching its stdin.
  const killOnParentExit = (): void => {
    child.kill('SIGTERM');
  };
  process.on('exit', killOnParentExit);
  void exited.then(() => process.off('exit', killOnParentExit));

  const describeFailure = (what: string): string => {
    // Main's own diagnosis (port in use, store locked, ...) is the most useful line, so it goes first.
    const reason = stderrTail.findLast((line) => line.startsWith('NEO4J_FAILED '))?.slice('NEO4J_FAILED '.length);
    const debugLog = join(dataDir, 'logs', 'debug.log');
    const details = existsSync(debugLog) ? `, details in ${debugLog}` : '';
    const errors = stderrTail.length > 0 ? `\n--- java stderr (tail) ---\n${stderrTail.join('\n')}` : '';
    return `local Neo4j ${reason !== undefined ? `failed: ${reason}; it ` : ''}${what} (data dir ${dataDir}${details})${errors}`;
  };

  let ready: { uri: string; version: string };
  try {
    ready = await waitForReady(child, child.stdout, exited, describeFailure, log);
  } catch (error) {
    // A JVM that never spawned (ENOENT) emits no 'exit', so only wait for one that is actually running.
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
    throw error;
  }
  log(`neo4j-local: ${ready.uri} (Neo4j ${ready.version}) ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // Either signal alone would do; closing stdin also works where SIGTERM does not exist (Windows).
      child.stdin.end();
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(killer);
    })();
    return stopping;
  };

  return {
    uri: ready.uri.replace(/^bolt:/, 'neo4j:'),
    port,
    pid: child.pid ?? -1,
    version: ready.version,
    dataDir,
    exited,
    stop,
  };
}

function waitForReady(
  child: ChildProcess,
  stdout: Readable,
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
  describeFailure: (what: string) => string,
  log: Log,
): Promise<{ uri: string; version: string }> {
  return new Promise((resolveReady, reject) => {
    let settled = false;
    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
    };
    const timer = setTimeout(
      () => settle(() => reject(new Error(describeFailure(`did not become ready within ${READY_TIMEOUT_MS / 1000} s`)))),
      READY_TIMEOUT_MS,
    );
    child.on('error', (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'ENOENT'
          ? `could not start: '${javaTool('java')}' not found (install a JDK 17 or 21, or set JAVA_HOME)`
          : `could not start: ${error.message}`;
      settle(() => reject(new Error(describeFailure(reason))));
    });
    void exited.then(({ code, signal }) =>
      settle(() => reject(new Error(describeFailure(`exited before it was ready (code ${String(code)}, signal ${String(signal)})`)))),
    );
    createInterface({ input: stdout }).on('line', (line) => {
      const match = /^NEO4J_READY (\S+) version=(\S+)/.exec(line);
      if (match?.[1] !== undefined && match[2] !== undefined) {
        const uri = match[1];
        const version = match[2];
        settle(() => resolveReady({ uri, version }));
      } else if (line.trim() !== '') {
        log(`neo4j: ${line}`);
      }
    });
  });
}
