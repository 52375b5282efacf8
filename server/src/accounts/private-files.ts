// Files only the server's user may read: written whole (temporary file, then rename) with mode 600, checked on read.
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** Refuses a file that others may read or write: an account store or a key must not leak through a shared machine. */
export async function checkPrivate(file: string): Promise<void> {
  const info = await stat(file);
  if ((info.mode & 0o077) !== 0) {
    const mode = (info.mode & 0o777).toString(8);
    throw new Error(`${file} may be read or written by other users (mode ${mode}); restrict it with: chmod 600 ${file}`);
  }
}

/** Replaces the file's content in one step: a reader sees the old content or the new, never half of either. */
export async function writePrivateFile(file: string, content: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Runs `work` holding an exclusive lock file beside `file`, so that two processes sharing the store do not lose each
 * other's changes. The lock holds a token of its own: a lock older than `staleMs` was left by a process that died
 * holding it and is broken, but only if it still holds the token seen as stale, and a holder removes only its own.
 */
export async function withFileLock<T>(file: string, work: () => Promise<T>, staleMs = 10_000): Promise<T> {
  const lock = `${file}.lock`;
  const token = randomBytes(12).toString('hex');
  const deadline = Date.now() + staleMs * 2;
  for (let attempt = 1; ; attempt++) {
    try {
      const handle = await open(lock, 'wx', 0o600);
      try {
        await handle.writeFile(token, 'utf8');
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const seen = await readFile(lock, 'utf8').catch(() => undefined);
      const held = await stat(lock).catch(() => undefined);
      if (seen !== undefined && held !== undefined && Date.now() - held.mtimeMs > staleMs) await breakStaleLock(lock, seen);
      else if (Date.now() > deadline) throw new Error(`${lock} is held by another process; remove it if no server or command is running`);
      else await new Promise((resolve) => setTimeout(resolve, Math.min(5 * attempt, 100)));
    }
  }
  try {
    return await work();
  } finally {
    if ((await readFile(lock, 'utf8').catch(() => undefined)) === token) await rm(lock, { force: true });
  }
}

/** Removes the lock only if it still holds the token seen as stale: another waiter may have broken it and taken a fresh one. */
async function breakStaleLock(lock: string, staleToken: string): Promise<void> {
  if ((await readFile(lock, 'utf8').catch(() => undefined)) === staleToken) await rm(lock, { force: true });
}
