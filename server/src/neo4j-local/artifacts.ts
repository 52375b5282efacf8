// Installs the local Neo4j once per version: resolves the official jars with Maven, compiles the launcher, caches both outside the repo.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { delimiter, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLocalNeo4jEnv, type LocalNeo4jEnv } from '../env.ts';
import { withInstallLock } from './install-lock.ts';

/**
 * Neo4j 5.26 is the last line that runs on Java 17. This is the one place the version is written: it reaches Maven as
 * -Dneo4j.version, and pom.xml has no version of its own.
 */
export const NEO4J_LOCAL_VERSION = '5.26.30';

/** The class Main.java compiles to, which starts embedded Neo4j with Bolt. */
export const LAUNCHER_MAIN_CLASS = 'app.kgexplorer.neo4jlocal.Main';

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

/** What the cache's stamp.json records: the sources and version the cached files were built from. */
export interface ArtifactStamp {
  hash: string;
  version: string;
  createdAt: string;
}

/** Where the resolved classpath and compiled launcher are cached (outside the repo, shared by all checkouts). */
export function localNeo4jCacheDir(env: LocalNeo4jEnv = parseLocalNeo4jEnv()): string {
  const root =
    env.KGX_CACHE_DIR !== undefined
      ? resolve(env.KGX_CACHE_DIR)
      : join(resolve(env.XDG_CACHE_HOME ?? join(homedir(), '.cache')), 'kg-explorer');
  return join(root, `neo4j-local-${NEO4J_LOCAL_VERSION}`);
}

/** `java` or `javac` of JAVA_HOME when set, else whichever PATH finds. */
export function javaTool(name: 'java' | 'javac', env: LocalNeo4jEnv = parseLocalNeo4jEnv()): string {
  return env.JAVA_HOME !== undefined ? join(env.JAVA_HOME, 'bin', name) : name;
}

/** A digest of the version and of each source file's path and content: any change to them means a new install. */
export async function launcherSourceHash(
  opts: { version: string; baseDir: string; files: readonly string[] } = {
    version: NEO4J_LOCAL_VERSION,
    baseDir: launcherDir,
    files: [pomFile, mainJavaFile],
  },
): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`neo4j=${opts.version}\n`);
  for (const file of opts.files) {
    hash.update(`${relative(opts.baseDir, file)}\n`);
    hash.update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 20);
}

/** Returns the cached artifacts when they are complete and built from the sources with this hash, else undefined. */
export async function readArtifactCache(cacheDir: string, hash: string): Promise<LocalNeo4jArtifacts | undefined> {
  let stamp: ArtifactStamp;
  try {
    stamp = JSON.parse(await readFile(join(cacheDir, 'stamp.json'), 'utf8')) as ArtifactStamp;
  } catch {
    return undefined;
  }
  if (stamp.hash !== hash) return undefined;
  const classesDir = join(cacheDir, 'classes');
  if (!existsSync(join(classesDir, ...LAUNCHER_MAIN_CLASS.split('.')) + '.class')) return undefined;
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

/** Marks the cache as complete for this hash; written last and renamed into place, so a crash never leaves a stamp beside partial files. */
export async function writeArtifactStamp(cacheDir: string, hash: string): Promise<void> {
  const stamp: ArtifactStamp = { hash, version: NEO4J_LOCAL_VERSION, createdAt: new Date().toISOString() };
  const stampTmp = join(cacheDir, `stamp.json.${process.pid}.tmp`);
  await writeFile(stampTmp, JSON.stringify(stamp, null, 2));
  await rename(stampTmp, join(cacheDir, 'stamp.json'));
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

/** Resolves the classpath with Maven and compiles Main.java into cacheDir, then stamps it. */
async function installArtifacts(cacheDir: string, hash: string, log: Log): Promise<LocalNeo4jArtifacts> {
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

  await writeArtifactStamp(cacheDir, hash);
  return { classpath, classesDir };
}

export interface CachedArtifactsOptions {
  cacheDir: string;
  hash: string;
  log: Log;
  /** Builds the artifacts into cacheDir and stamps them; called only under the lock and only when the cache is not valid. */
  install: () => Promise<LocalNeo4jArtifacts>;
}

/** The cache when valid; else installs under the lock, unless whoever held the lock before us just finished the same install. */
export async function cachedArtifacts(opts: CachedArtifactsOptions): Promise<LocalNeo4jArtifacts> {
  const cached = await readArtifactCache(opts.cacheDir, opts.hash);
  if (cached !== undefined) return cached;
  return withInstallLock({ lockDir: `${opts.cacheDir}.lock`, log: opts.log }, async () => {
    return (await readArtifactCache(opts.cacheDir, opts.hash)) ?? opts.install();
  });
}

/**
 * Resolves the Neo4j jars and compiles the launcher once per (version, pom.xml, Main.java); the cache lives outside
 * the repo so clean checkouts and worktrees share it. Later calls only check that the files are still there.
 */
export async function ensureLocalNeo4jArtifacts(opts: { log?: Log } = {}): Promise<LocalNeo4jArtifacts> {
  const log = opts.log ?? silent;
  const cacheDir = localNeo4jCacheDir();
  const hash = await launcherSourceHash();
  return cachedArtifacts({ cacheDir, hash, log, install: () => installArtifacts(cacheDir, hash, log) });
}
