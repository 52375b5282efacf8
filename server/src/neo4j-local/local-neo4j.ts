// Runs a real Neo4j without Docker: resolves the official jars from Maven Central once, then launches server/neo4j-local/Main.java.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { homedir, hostname } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

/** Neo4j 5.26 is the last line that runs on Java 17; passed to Maven as -Dneo4j.version so this is the one source of truth. */
export const NEO4J_LOCAL_VERSION = '5.26.30';

/** Without these opens, Neo4j's UnsafeUtil and Netty fail at startup on Java 17. */
export const NEO4J_LOCAL_JVM_FLAGS: readonly string[] = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

const MAIN_CLASS = 'app.kgexplorer.neo4jlocal.Main';
const DEFAULT_HEAP = '1g';
const READY_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 30_000;
// First resolution downloads ~200 jars; a slow mirror can take minutes, and a waiter must not give up before the owner.
const INSTALL_LOCK_WAIT_MS = 20 * 60_000;
const STALE_LOCK_MS = 30 * 60_000;
const STDERR_TAIL_LINES = 40;

const launcherDir = fileURLToPath(new URL('../../neo4j-local/', import.meta.url));
const pomFile = join(launcherDir, 'pom.xml');
const mainJavaFile = join(launcherDir, 'src', 'main', 'java', 'app', 'kgexplorer', 'neo4jlocal', 'Main.java');

type Log = (line: string) => void;
const silent: Log = () => undefined;

export interface LocalNeo4jArtifacts {
  /** The dependency jars (they stay in the user's ~/.m2), joined with the platform's path delimiter. */
  classpath: string;
  /** Compiled launcher classes; put it in front of `classpath`. */
  classesDir: string;
}

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
  /** JVM max heap, e.g. "1g"; defaults to KGX_NEO4J_HEAP or 1g so the JVM does not claim a quarter of RAM. */
  heap?: string;
  /** Neo4j page cache (off-heap), e.g. "512m". */
  pageCache?: string;
  log?: Log;
}

interface Stamp {
  hash: string;
  version: string;
  createdAt: string;
}

interface LockOwner {
  pid: number;
  host: string;
  createdAt: number;
}

function cacheRoot(): string {
  const explicit = process.env.KGX_CACHE_DIR;
  if (explicit !== undefined && explicit !== '') return resolve(explicit);
  const xdg = process.env.XDG_CACHE_HOME;
  const base = xdg !== undefined && xdg !== '' ? xdg : join(homedir(), '.cache');
  return join(resolve(base), 'kg-explorer');
}

/** Where the resolved classpath and compiled launcher are cached (outside the repo, shared by all checkouts). */
export function localNeo4jCacheDir(): string {
  return join(cacheRoot(), `neo4j-local-${NEO4J_LOCAL_VERSION}`);
}

function javaTool(name: 'java' | 'javac'): string {
  const javaHome = process.env.JAVA_HOME;
  return javaHome !== undefined && javaHome !== '' ? join(javaHome, 'bin', name) : name;
}

async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`neo4j=${NEO4J_LOCAL_VERSION}\n`);
  for (const file of [pomFile, mainJavaFile]) {
    hash.update(`${file.slice(launcherDir.length)}\n`);
    hash.update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 20);
}

/** Returns the cached artifacts when they are complete and built from the current sources, else undefined. */
async function readCache(cacheDir: string, hash: string): Promise<LocalNeo4jArtifacts | undefined> {
  let stamp: Stamp;
  try {
    stamp = JSON.parse(await readFile(join(cacheDir, 'stamp.json'), 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
  if (stamp.hash !== hash) return undefined;
  const classesDir = join(cacheDir, 'classes');
  if (!existsSync(join(classesDir, ...MAIN_CLASS.split('.')) + '.class')) return undefined;
  let classpath: string;
  try {
    classpath = (await readFile(join(cacheDir, 'classpath.txt'), 'utf8')).trim();
  } catch {
    return undefined;
  }
  const jars = classpath.split(delimiter).filter((entry) => entry !== '');
  // A cleaned ~/.m2 must trigger a re-resolve rather than a ClassNotFoundException at startup.
  if (jars.length === 0 || !jars.every((jar) => existsSync(jar))) return undefined;
  return { classpath: jars.join(delimiter), classesDir };
}

interface RunResult {
  code: number | null;
  output: string;
}

function run(command: string, args: readonly string[], missingHint: string): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT' ? new Error(`'${command}' was not found: ${missingHint}`) : error);
    });
    child.on('close', (code) => resolvePromise({ code, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split(/\r?\n/).slice(-lines).join('\n');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function lockIsStale(lockDir: string): Promise<boolean> {
  try {
    const owner = JSON.parse(await readFile(join(lockDir, 'owner.json'), 'utf8')) as LockOwner;
    if (owner.host === hostname() && !processIsAlive(owner.pid)) return true;
    return Date.now() - owner.createdAt > STALE_LOCK_MS;
  } catch {
    // The owner may have died between mkdir and writing owner.json; give a live owner a moment to write it.
    try {
      return Date.now() - (await stat(lockDir)).mtimeMs > 60_000;
    } catch {
      return false;
    }
  }
}

/** mkdir is atomic across processes, so the lock survives the race of two test runs installing at once. */
async function withInstallLock<T>(lockDir: string, log: Log, work: () => Promise<T>): Promise<T> {
  await mkdir(dirname(lockDir), { recursive: true });
  const deadline = Date.now() + INSTALL_LOCK_WAIT_MS;
  let announced = false;
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (await lockIsStale(lockDir)) {
      log(`neo4j-local: removing stale install lock ${lockDir}`);
      await rm(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for install lock ${lockDir}; remove it if no install is running`);
    }
    if (!announced) {
      log('neo4j-local: another process is installing Neo4j, waiting for it');
      announced = true;
    }
    await sleep(250);
  }
  try {
    const owner: LockOwner = { pid: process.pid, host: hostname(), createdAt: Date.now() };
    await writeFile(join(lockDir, 'owner.json'), JSON.stringify(owner));
    return await work();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

async function install(cacheDir: string, hash: string, log: Log): Promise<LocalNeo4jArtifacts> {
  await mkdir(cacheDir, { recursive: true });
  // Invalidate first: a crash half-way must never leave a stamp next to mismatched files.
  await rm(join(cacheDir, 'stamp.json'), { force: true });

  log(`neo4j-local: resolving Neo4j ${NEO4J_LOCAL_VERSION} from Maven Central (first time: ~200 jars into ~/.m2)`);
  const classpathTmp = join(cacheDir, `classpath.txt.${process.pid}.tmp`);
  const mvn = await run(
    'mvn',
    [
      '-q',
      '-B',
      '-Dstyle.color=never',
      '-f',
      pomFile,
      'dependency:build-classpath',
      `-Dmdep.outputFile=${classpathTmp}`,
      '-Dmdep.includeScope=runtime',
      `-Dneo4j.version=${NEO4J_LOCAL_VERSION}`,
    ],
    'install Maven 3.6+ (and a JDK 17 or 21) to run the local Neo4j',
  );
  if (mvn.code !== 0 || !existsSync(classpathTmp)) {
    await rm(classpathTmp, { force: true });
    throw new Error(`Maven could not resolve Neo4j ${NEO4J_LOCAL_VERSION} (exit ${String(mvn.code)}):\n${tail(mvn.output, 30)}`);
  }
  const classpath = (await readFile(classpathTmp, 'utf8')).trim();
  await rename(classpathTmp, join(cacheDir, 'classpath.txt'));

  log('neo4j-local: compiling the launcher');
  const classesDir = join(cacheDir, 'classes');
  const classesTmp = join(cacheDir, `classes.${process.pid}.tmp`);
  await rm(classesTmp, { recursive: true, force: true });
  const javac = await run(
    javaTool('javac'),
    ['--release', '17', '-encoding', 'UTF-8', '-nowarn', '-cp', classpath, '-d', classesTmp, mainJavaFile],
    'install a JDK 17 or 21 (a JRE is not enough) or set JAVA_HOME',
  );
  if (javac.code !== 0) {
    await rm(classesTmp, { recursive: true, force: true });
    throw new Error(`javac failed on ${mainJavaFile} (exit ${String(javac.code)}):\n${tail(javac.output, 30)}`);
  }
  await rm(classesDir, { recursive: true, force: true });
  await rename(classesTmp, classesDir);

  const stamp: Stamp = { hash, version: NEO4J_LOCAL_VERSION, createdAt: new Date().toISOString() };
  const stampTmp = join(cacheDir, `stamp.json.${process.pid}.tmp`);
  await writeFile(stampTmp, JSON.stringify(stamp, null, 2));
  await rename(stampTmp, join(cacheDir, 'stamp.json'));
  return { classpath, classesDir };
}

/**
 * Resolves the Neo4j jars and compiles the launcher once per (version, pom.xml, Main.java); the cache lives outside
 * the repo so clean checkouts and worktrees share it. Later calls only check that the files are still there.
 */
export async function ensureLocalNeo4jArtifacts(opts: { log?: Log } = {}): Promise<LocalNeo4jArtifacts> {
  const log = opts.log ?? silent;
  const cacheDir = localNeo4jCacheDir();
  const hash = await sourceHash();
  const cached = await readCache(cacheDir, hash);
  if (cached !== undefined) return cached;
  return withInstallLock(`${cacheDir}.lock`, log, async () => {
    // Whoever held the lock before us may have just finished the same install.
    return (await readCache(cacheDir, hash)) ?? install(cacheDir, hash, log);
  });
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

const SIZE_PATTERN = /^\d+[kmgKMG]?$/;

export async function startLocalNeo4j(opts: StartLocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? silent;
  const heap = opts.heap ?? process.env.KGX_NEO4J_HEAP ?? DEFAULT_HEAP;
  if (!SIZE_PATTERN.test(heap)) throw new Error(`heap must look like 512m or 2g, got '${heap}'`);
  if (opts.pageCache !== undefined && !SIZE_PATTERN.test(opts.pageCache)) {
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
    MAIN_CLASS,
    '--data-dir',
    dataDir,
    '--port',
    String(port),
    '--exit-on-stdin-eof',
    ...(opts.pageCache !== undefined ? ['--page-cache', opts.pageCache] : []),
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
