// At start: whether accounts are on, the first admin from the environment, and a refusal to start unprotected.
import { CreateAccountBodySchema } from '@kgx/contract';
import type { Env } from '../env.ts';
import { isLoopbackAddress } from '../routes/local-writes.ts';
import type { AccessService, AuthMode } from '../services/access-service.ts';
import { openAccess } from './open-access.ts';

const MAKE_AN_ADMIN =
  'create one with `npm run user -- add NAME --role admin` (it asks for the password), or set ADMIN_USER and ADMIN_PASSWORD for the first start';

export function listensOnLoopback(host: string): boolean {
  return host === 'localhost' || isLoopbackAddress(host);
}

/** AUTH, or its default: off on loopback, on anywhere else. Off anywhere else is refused. */
export function authModeOf(env: Pick<Env, 'AUTH' | 'HOST'>): AuthMode {
  const loopback = listensOnLoopback(env.HOST);
  const mode = env.AUTH ?? (loopback ? 'off' : 'on');
  if (mode === 'off' && !loopback) {
    throw new Error(
      `AUTH=off is allowed only while the server listens on loopback (HOST=127.0.0.1), not on HOST=${env.HOST}; turn accounts on with AUTH=on`,
    );
  }
  return mode;
}

export async function startAccess(env: Env, log: (line: string) => void): Promise<AccessService> {
  const mode = authModeOf(env);
  const access = await openAccess({
    mode,
    dir: env.SERVER_DATA_DIR,
    sessionSecret: env.SESSION_SECRET,
    sessionTtlMs: env.SESSION_TTL_HOURS * 3_600_000,
    secureCookies: env.HTTPS,
    trustedOrigins: env.PUBLIC_ORIGIN?.split(',') ?? [],
  });
  if (env.ADMIN_USER !== undefined || env.ADMIN_PASSWORD !== undefined) {
    const admin = CreateAccountBodySchema.safeParse({ username: env.ADMIN_USER, password: env.ADMIN_PASSWORD, role: 'admin' });
    if (!admin.success) {
      const issue = admin.error.issues[0];
      const variable = issue?.path[0] === 'password' ? 'ADMIN_PASSWORD' : 'ADMIN_USER';
      throw new Error(`${variable} ${issue?.message ?? 'is invalid'} (both ADMIN_USER and ADMIN_PASSWORD are needed)`);
    }
    if ((await access.ensureAccount(admin.data)) === 'created') log(`created the admin account '${admin.data.username}'`);
  }
  if (mode === 'on' && !(await access.hasAdmin())) {
    throw new Error(
      `accounts are on (AUTH=on or HOST=${env.HOST}) but ${env.SERVER_DATA_DIR} holds no enabled admin account: ${MAKE_AN_ADMIN}`,
    );
  }
  log(mode === 'on' ? 'accounts are on: sign in to use the explorer' : 'accounts are off: only this machine can reach the explorer');
  return access;
}
