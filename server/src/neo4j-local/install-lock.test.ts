import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockIsStale, withInstallLock, type LockOwner } from './install-lock.ts';

let dir: string;
let lockDir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kgx-lock-test-'));
  lockDir = join(dir, 'install.lock');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function holdLock(owner: LockOwner): Promise<void> {
  await mkdir(lockDir);
  await writeFile(join(lockDir, 'owner.json'), JSON.stringify(owner));
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid;
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('lockIsStale', () => {
  it('is false for a lock held by a live process on this host', async () => {
    await holdLock({ pid: process.pid, host: hostname(), createdAt: Date.now() });
    expect(await lockIsStale(lockDir)).toBe(false);
  });

  it('is true for a lock whose owner on this host has exited', async () => {
    await holdLock({ pid: deadPid(), host: hostname(), createdAt: Date.now() });
    expect(await lockIsStale(lockDir)).toBe(true);
  });

  it('trusts an owner on another host until the lock is older than the stale age', async () => {
    await holdLock({ pid: deadPid(), host: 'another-host', createdAt: Date.now() - 10_000 });
    expect(await lockIsStale(lockDir, 60_000)).toBe(false);
    expect(await lockIsStale(lockDir, 5_000)).toBe(true);
  });

  it('gives an owner that has not written owner.json yet a grace period, then takes over', async () => {
    await mkdir(lockDir);
    expect(await lockIsStale(lockDir)).toBe(false);
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await utimes(lockDir, twoMinutesAgo, twoMinutesAgo);
    expect(await lockIsStale(lockDir)).toBe(true);
  });

  it('is false when there is no lock', async () => {
    expect(await lockIsStale(lockDir)).toBe(false);
  });
});

describe('withInstallLock', () => {
  it('holds the lock while the work runs, returns its result and removes the lock', async () => {
    const result = await withInstallLock({ lockDir, log: () => undefined }, () => Promise.resolve(existsSync(join(lockDir, 'owner.json'))));
    expect(result).toBe(true);
    expect(existsSync(lockDir)).toBe(false);
  });

  it('removes the lock when the work fails', async () => {
    const failing = withInstallLock({ lockDir, log: () => undefined }, () => Promise.reject(new Error('install failed')));
    await expect(failing).rejects.toThrow('install failed');
    expect(existsSync(lockDir)).toBe(false);
  });

  it('makes a second caller wait until the first has finished', async () => {
    const order: string[] = [];
    const release = deferred();
    const secondWaiting = deferred();
    const firstStarted = deferred();
    const first = withInstallLock({ lockDir, log: () => undefined }, async () => {
      order.push('first start');
      firstStarted.resolve();
      await release.promise;
      order.push('first end');
    });
    await firstStarted.promise;
    const second = withInstallLock(
      {
        lockDir,
        pollMs: 10,
        log: (line) => {
          if (line.includes('waiting')) secondWaiting.resolve();
        },
      },
      () => {
        order.push('second');
        return Promise.resolve();
      },
    );
    await secondWaiting.promise;
    release.resolve();
    await Promise.all([first, second]);
    expect(order).toEqual(['first start', 'first end', 'second']);
  });

  it('takes over the lock of an owner that died', async () => {
    await holdLock({ pid: deadPid(), host: hostname(), createdAt: Date.now() });
    const lines: string[] = [];
    const result = await withInstallLock({ lockDir, log: (line) => lines.push(line) }, () => Promise.resolve('installed'));
    expect(result).toBe('installed');
    expect(lines.some((line) => line.includes('stale'))).toBe(true);
  });

  it('gives up with an error naming the lock when a live owner keeps it past the wait', async () => {
    await holdLock({ pid: process.pid, host: hostname(), createdAt: Date.now() });
    const waiting = withInstallLock({ lockDir, log: () => undefined, waitMs: 50, pollMs: 10 }, () => Promise.resolve());
    await expect(waiting).rejects.toThrow(lockDir);
    expect(existsSync(join(lockDir, 'owner.json'))).toBe(true);
  });
});
