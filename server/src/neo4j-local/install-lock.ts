// A lock across processes (and machines sharing a home directory) around installing the local Neo4j's artifacts.
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';

// First resolution downloads ~200 jars; a slow mirror can take minutes, and a waiter must not give up before the owner.
const DEFAULT_WAIT_MS = 20 * 60_000;
const DEFAULT_STALE_MS = 30 * 60_000;
/** An owner dies between creating the lock and writing owner.json only in a crash; a live one writes it within this. */
const OWNERLESS_GRACE_MS = 60_000;
const DEFAULT_POLL_MS = 250;

/** Written into the lock so that a waiter can tell a dead owner from a slow one. */
export interface LockOwner {
  pid: number;
  host: string;
  createdAt: number;
}

export interface InstallLockOptions {
  lockDir: string;
  log: (line: string) => void;
  /** How long to wait for another owner before giving up. */
  waitMs?: number;
  /** A lock older than this is taken over even if its owner looks alive (a hung install, or another host). */
  staleMs?: number;
  pollMs?: number;
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

/** True when the lock's owner is gone: a dead process on this host, or a lock held past staleMs. */
export async function lockIsStale(lockDir: string, staleMs: number = DEFAULT_STALE_MS): Promise<boolean> {
  let owner: LockOwner;
  try {
    owner = JSON.parse(await readFile(join(lockDir, 'owner.json'), 'utf8')) as LockOwner;
  } catch {
    try {
      return Date.now() - (await stat(lockDir)).mtimeMs > OWNERLESS_GRACE_MS;
    } catch {
      return false;
    }
  }
  if (owner.host === hostname() && !processIsAlive(owner.pid)) return true;
  return Date.now() - owner.createdAt > staleMs;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
}

/** Runs work while holding the lock; mkdir is atomic across processes, so two test runs installing at once take turns. */
export async function withInstallLock<T>(opts: InstallLockOptions, work: () => Promise<T>): Promise<T> {
  const { lockDir, log } = opts;
  await mkdir(dirname(lockDir), { recursive: true });
  const deadline = Date.now() + (opts.waitMs ?? DEFAULT_WAIT_MS);
  let announced = false;
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (await lockIsStale(lockDir, opts.staleMs)) {
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
    await sleep(opts.pollMs ?? DEFAULT_POLL_MS);
  }
  try {
    const owner: LockOwner = { pid: process.pid, host: hostname(), createdAt: Date.now() };
    await writeFile(join(lockDir, 'owner.json'), JSON.stringify(owner));
    return await work();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}
