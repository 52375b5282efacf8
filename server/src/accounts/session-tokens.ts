// Session tokens: a random session id, the account and its session key, and an expiry, signed with HMAC-SHA256.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { link, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { checkPrivate } from './private-files.ts';

export const SESSION_COOKIE = 'kgx_session';
export const SESSION_KEY_FILE = 'session.key';
const MIN_SECRET_LENGTH = 32;

const PayloadSchema = z.object({
  /** A new id for every sign-in: a cookie planted before sign-in is never the one that signs in. */
  sid: z.string(),
  user: z.string(),
  /** The account's session key when the session began; a new password or disabling gives the account a new one. */
  key: z.string(),
  /** Expiry, in milliseconds since the epoch. */
  exp: z.number(),
});
export type SessionPayload = z.infer<typeof PayloadSchema>;

/**
 * The signing secret: SESSION_SECRET when set (every process behind one address must share it), else a key generated
 * once into the data folder, where processes sharing the folder find it.
 */
export async function loadSessionSecret(dir: string, configured: string | undefined): Promise<Buffer> {
  if (configured !== undefined) {
    if (configured.length < MIN_SECRET_LENGTH) throw new Error(`SESSION_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
    return Buffer.from(configured, 'utf8');
  }
  const file = path.join(dir, SESSION_KEY_FILE);
  // Written whole under another name, then linked into place: a process starting at the same moment finds either no
  // key or the whole key, and the first link wins.
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(randomBytes(32).toString('base64url'), 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await rm(temporary, { force: true });
  }
  await checkPrivate(file);
  const key = (await readFile(file, 'utf8')).trim();
  if (key.length < MIN_SECRET_LENGTH) throw new Error(`${file} holds no usable key; delete it and start again`);
  return Buffer.from(key, 'utf8');
}

export class SessionTokens {
  constructor(private readonly secret: Buffer) {}

  issue(user: string, key: string, ttlMs: number, now = Date.now()): { token: string; payload: SessionPayload } {
    const payload: SessionPayload = { sid: randomBytes(18).toString('base64url'), user, key, exp: now + ttlMs };
    const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
    return { token: `${body}.${this.sign(body)}`, payload };
  }

  /** The token's payload when its signature holds and it has not expired; undefined for anything else. */
  read(token: string | undefined, now = Date.now()): SessionPayload | undefined {
    if (token === undefined || token.length > 2048) return undefined;
    const [body, signature, extra] = token.split('.');
    if (body === undefined || signature === undefined || extra !== undefined) return undefined;
    const expected = Buffer.from(this.sign(body), 'utf8');
    const given = Buffer.from(signature, 'utf8');
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    let parsed;
    try {
      parsed = PayloadSchema.safeParse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
    } catch {
      return undefined;
    }
    if (!parsed.success || parsed.data.exp <= now) return undefined;
    return parsed.data;
  }

  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}
