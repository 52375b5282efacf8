// Password hashing: argon2id with the library's defaults (19 MiB, 2 passes, OWASP's minimum), never a password kept.
import { hash, verify, type Algorithm } from '@node-rs/argon2';

/** The library's `Algorithm.Argon2id`, a const enum that cannot be imported as a value here. */
const ARGON2ID = 2 as Algorithm;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

/** A hash of nothing anybody knows, verified when the account does not exist, so that both answers take as long. */
let decoy: Promise<string> | undefined;

/** Hashes the decoy ahead, at start: made on first use, it would make the first unknown-account answer slower. */
export function prepareDecoy(): Promise<string> {
  decoy ??= hashPassword(`decoy-${Math.random()}`);
  return decoy;
}

/** Whether the password matches the hash; with no hash (no such account), false after the same work. */
export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  if (passwordHash === undefined) {
    await verify(await prepareDecoy(), password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
