import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  LAUNCHER_MAIN_CLASS,
  NEO4J_LOCAL_VERSION,
  cachedArtifacts,
  javaTool,
  launcherSourceHash,
  localNeo4jCacheDir,
  readArtifactCache,
  writeArtifactStamp,
  type LocalNeo4jArtifacts,
} from './artifacts.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kgx-artifacts-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Lays out what an install leaves behind: two jars, the compiled Main class, the classpath file and the stamp. */
async function writeCompleteCache(cacheDir: string, hash: string): Promise<{ jars: string[] }> {
  const jars = [join(dir, 'm2', 'neo4j.jar'), join(dir, 'm2', 'neo4j-bolt.jar')];
  await mkdir(join(dir, 'm2'), { recursive: true });
  for (const jar of jars) await writeFile(jar, 'jar');
  const mainClass = join(cacheDir, 'classes', ...LAUNCHER_MAIN_CLASS.split('.')) + '.class';
  await mkdir(join(mainClass, '..'), { recursive: true });
  await writeFile(mainClass, 'class');
  await writeFile(join(cacheDir, 'classpath.txt'), `${jars.join(delimiter)}\n`);
  await writeArtifactStamp(cacheDir, hash);
  return { jars };
}

describe('localNeo4jCacheDir', () => {
  it('keeps one folder per Neo4j version under KGX_CACHE_DIR when it is set', () => {
    expect(
      localNeo4jCacheDir({ KGX_NEO4J_HEAP: '1g', KGX_NEO4J_TX_MEMORY: '512m', KGX_CACHE_DIR: '/srv/cache', XDG_CACHE_HOME: '/xdg' }),
    ).toBe(join('/srv/cache', `neo4j-local-${NEO4J_LOCAL_VERSION}`));
  });

  it('falls back to XDG_CACHE_HOME, then ~/.cache, under kg-explorer', () => {
    expect(localNeo4jCacheDir({ KGX_NEO4J_HEAP: '1g', KGX_NEO4J_TX_MEMORY: '512m', XDG_CACHE_HOME: '/xdg' })).toBe(
      join('/xdg', 'kg-explorer', `neo4j-local-${NEO4J_LOCAL_VERSION}`),
    );
    expect(localNeo4jCacheDir({ KGX_NEO4J_HEAP: '1g', KGX_NEO4J_TX_MEMORY: '512m' })).toBe(
      join(homedir(), '.cache', 'kg-explorer', `neo4j-local-${NEO4J_LOCAL_VERSION}`),
    );
  });
});

describe('javaTool', () => {
  it('uses the JDK of JAVA_HOME when set, else the one on PATH', () => {
    expect(javaTool('javac', { KGX_NEO4J_HEAP: '1g', KGX_NEO4J_TX_MEMORY: '512m', JAVA_HOME: '/opt/jdk-17' })).toBe(
      join('/opt/jdk-17', 'bin', 'javac'),
    );
    expect(javaTool('java', { KGX_NEO4J_HEAP: '1g', KGX_NEO4J_TX_MEMORY: '512m' })).toBe('java');
  });
});

describe('launcherSourceHash', () => {
  it('changes with the Neo4j version and with the content of any source, and only then', async () => {
    const pom = join(dir, 'pom.xml');
    await writeFile(pom, '<project/>');
    const sources = { version: '5.26.30', baseDir: dir, files: [pom] };
    const first = await launcherSourceHash(sources);
    expect(first).toMatch(/^[0-9a-f]{20}$/);
    expect(await launcherSourceHash(sources)).toBe(first);
    expect(await launcherSourceHash({ ...sources, version: '5.26.31' })).not.toBe(first);
    await writeFile(pom, '<project><!-- edited --></project>');
    expect(await launcherSourceHash(sources)).not.toBe(first);
  });

  it('hashes the real pom.xml and Main.java by default', async () => {
    expect(await launcherSourceHash()).toMatch(/^[0-9a-f]{20}$/);
  });
});

describe('readArtifactCache', () => {
  it('returns the classpath and classes of a complete cache built from the same sources', async () => {
    const cacheDir = join(dir, 'cache');
    const { jars } = await writeCompleteCache(cacheDir, 'abc');
    expect(await readArtifactCache(cacheDir, 'abc')).toEqual({ classpath: jars.join(delimiter), classesDir: join(cacheDir, 'classes') });
  });

  it('ignores a cache built from other sources', async () => {
    const cacheDir = join(dir, 'cache');
    await writeCompleteCache(cacheDir, 'abc');
    expect(await readArtifactCache(cacheDir, 'def')).toBeUndefined();
  });

  it('ignores a cache without a stamp, as an install that stopped half-way leaves it', async () => {
    const cacheDir = join(dir, 'cache');
    await writeCompleteCache(cacheDir, 'abc');
    await rm(join(cacheDir, 'stamp.json'));
    expect(await readArtifactCache(cacheDir, 'abc')).toBeUndefined();
  });

  it('ignores a cache whose compiled launcher is gone', async () => {
    const cacheDir = join(dir, 'cache');
    await writeCompleteCache(cacheDir, 'abc');
    await rm(join(cacheDir, 'classes'), { recursive: true });
    expect(await readArtifactCache(cacheDir, 'abc')).toBeUndefined();
  });

  it('ignores a cache whose jars were cleaned out of the Maven repository', async () => {
    const cacheDir = join(dir, 'cache');
    const { jars } = await writeCompleteCache(cacheDir, 'abc');
    await rm(jars[1]!);
    expect(await readArtifactCache(cacheDir, 'abc')).toBeUndefined();
  });

  it('ignores a cache with an empty classpath', async () => {
    const cacheDir = join(dir, 'cache');
    await writeCompleteCache(cacheDir, 'abc');
    await writeFile(join(cacheDir, 'classpath.txt'), '\n');
    expect(await readArtifactCache(cacheDir, 'abc')).toBeUndefined();
  });
});

describe('cachedArtifacts', () => {
  it('uses a valid cache without installing', async () => {
    const cacheDir = join(dir, 'cache');
    await writeCompleteCache(cacheDir, 'abc');
    let installs = 0;
    const artifacts = await cachedArtifacts({
      cacheDir,
      hash: 'abc',
      log: () => undefined,
      install: () => {
        installs++;
        return Promise.reject(new Error('must not install'));
      },
    });
    expect(artifacts.classesDir).toBe(join(cacheDir, 'classes'));
    expect(installs).toBe(0);
  });

  it('installs under the lock when the cache is stale, and releases the lock afterwards', async () => {
    const cacheDir = join(dir, 'cache');
    await writeCompleteCache(cacheDir, 'old');
    const lockDir = `${cacheDir}.lock`;
    let lockHeld = false;
    await cachedArtifacts({
      cacheDir,
      hash: 'new',
      log: () => undefined,
      install: async () => {
        lockHeld = existsSync(lockDir);
        await writeCompleteCache(cacheDir, 'new');
        return { classpath: '', classesDir: '' };
      },
    });
    expect(lockHeld).toBe(true);
    expect(existsSync(lockDir)).toBe(false);
    expect(await readArtifactCache(cacheDir, 'new')).toBeDefined();
  });

  it('installs once when two callers race, the second using what the first installed', async () => {
    const cacheDir = join(dir, 'cache');
    let installs = 0;
    const install = async (): Promise<LocalNeo4jArtifacts> => {
      installs++;
      await writeCompleteCache(cacheDir, 'abc');
      return { classpath: 'installed', classesDir: join(cacheDir, 'classes') };
    };
    const opts = { cacheDir, hash: 'abc', log: () => undefined, install };
    const [first, second] = await Promise.all([cachedArtifacts(opts), cachedArtifacts(opts)]);
    expect(installs).toBe(1);
    expect(first.classesDir).toBe(second.classesDir);
  });

  it('leaves no lock behind when the install fails', async () => {
    const cacheDir = join(dir, 'cache');
    const failing = cachedArtifacts({
      cacheDir,
      hash: 'abc',
      log: () => undefined,
      install: () => Promise.reject(new Error('mvn failed')),
    });
    await expect(failing).rejects.toThrow('mvn failed');
    expect(existsSync(`${cacheDir}.lock`)).toBe(false);
  });
});
