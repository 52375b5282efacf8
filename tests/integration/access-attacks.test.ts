// With accounts on, the attacks an exposed explorer meets: guessing, cross-site requests, stolen or fixed sessions, leaked passwords.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AccountsResponseSchema, CypherResponseSchema, ErrorBodySchema, HealthResponseSchema, SessionResponseSchema } from '@kgx/contract';
import { SessionTokens } from '../../server/src/accounts/session-tokens.ts';
import { accountsOn, PASSWORDS, sessionCookieOf, signIn, type AccountsOn } from '../support/accounts.ts';
import { countGraph } from '../support/graph-counts.ts';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';

const PER_ACCOUNT = 4;
const PER_ADDRESS = 10;
/** The account the guessing test locks out; the others stay usable for the rest of the file. */
const TARGET_PASSWORD = 'the target passphrase';
const TIMING_SAMPLES = 9;

let accounts: AccountsOn;
let app: TestApp;
const logged: string[] = [];
beforeAll(async () => {
  accounts = await accountsOn();
  await accounts.access.ensureAccount({ username: 'target', password: TARGET_PASSWORD, role: 'editor' });
  // Accounts that each take one wrong password in the timing test, far from the per-account limit.
  for (let i = 0; i < TIMING_SAMPLES; i++) {
    await accounts.access.ensureAccount({ username: `timing-${i}`, password: `timing passphrase ${i}`, role: 'viewer' });
  }
  // Every log line of the app, to look for passwords in.
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logged.push(chunk.toString('utf8'));
      done();
    },
  });
  app = await startTestApp({
    access: accounts.access,
    signInLimits: { windowMs: 60_000, perAccount: PER_ACCOUNT, perAddress: 1_000 },
    logger: pino({ level: 'trace' }, sink),
  });
});
afterAll(async () => {
  await app?.close();
});

const signInAttempt = (baseUrl: string, username: string, password: string, headers: Record<string, string> = {}) =>
  call(baseUrl, '/api/session', { method: 'POST', body: { username, password }, headers });

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and says who is signed in', async () => {
    const response = await signInAttempt(app.baseUrl, 'editor', PASSWORDS.editor);
    expect(response.status).toBe(200);
    const setCookie = response.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/kgx_session=[^;]+;.*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const cookie = sessionCookieOf(response.headers) ?? '';
    const session = SessionResponseSchema.parse((await call(app.baseUrl, '/api/session', { headers: { cookie } })).body);
    expect(session).toEqual({ auth: 'on', account: { username: 'editor', role: 'editor' }, role: 'editor' });
  });

  it('answers an unknown account and a wrong password alike, in similar time', async () => {
    const unknown = await signInAttempt(app.baseUrl, 'nobody-here', 'a wrong passphrase');
    const wrong = await signInAttempt(app.baseUrl, 'viewer', 'a wrong passphrase');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    const strip = (body: unknown) => ({ ...ErrorBodySchema.parse(body).error, requestId: undefined });
    expect(strip(unknown.body)).toEqual(strip(wrong.body));
    // Both verify a password hash; without the decoy, the unknown account answers several times faster.
    const timed = async (username: string) => {
      const started = performance.now();
      await signInAttempt(app.baseUrl, username, 'a wrong passphrase', { 'x-request-id': `timing-${username}` });
      return performance.now() - started;
    };
    const unknownMs: number[] = [];
    const wrongMs: number[] = [];
    // Interleaved, so that whatever else the machine does falls on both sides alike; medians of several.
    for (let i = 0; i < TIMING_SAMPLES; i++) {
      unknownMs.push(await timed(`nobody-${i}`));
      wrongMs.push(await timed(`timing-${i}`));
    }
    const ratio = median(unknownMs) / median(wrongMs);
    expect(ratio).toBeGreaterThan(0.4);
    expect(ratio).toBeLessThan(2.5);
  });

  it('limits failed sign-ins per account: past the limit even the right password gets 429', async () => {
    for (let i = 0; i < PER_ACCOUNT; i++) expect((await signInAttempt(app.baseUrl, 'target', `guess number ${i}!`)).status).toBe(401);
    const blocked = await signInAttempt(app.baseUrl, 'target', TARGET_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(ErrorBodySchema.parse(blocked.body).error.code).toBe('RATE_LIMITED');
    // An account nobody has is limited the same way, so the limit tells nothing about which accounts exist.
    for (let i = 0; i < PER_ACCOUNT; i++) await signInAttempt(app.baseUrl, 'ghost', `guess number ${i}!`);
    expect((await signInAttempt(app.baseUrl, 'ghost', 'guess again!!')).status).toBe(429);
  });

  it('limits failed sign-ins per address, across accounts', async () => {
    const limited = await startTestApp({
      access: (await accountsOn()).access,
      signInLimits: { windowMs: 60_000, perAccount: 1_000, perAddress: PER_ADDRESS },
      seed: false,
    });
    try {
      for (let i = 0; i < PER_ADDRESS; i++)
        expect((await signInAttempt(limited.baseUrl, `user-${i}`, 'a wrong passphrase')).status).toBe(401);
      expect((await signInAttempt(limited.baseUrl, 'editor', PASSWORDS.editor)).status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe('cross-site requests', () => {
  it('refuses a form posted from another origin, even with a valid session, and changes nothing', async () => {
    const cookie = await signIn(app.baseUrl, 'editor');
    const before = await countGraph(app.client);
    const attempts: Record<string, string>[] = [
      { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      { 'sec-fetch-site': 'cross-site', 'content-type': 'application/x-www-form-urlencoded' },
      { referer: 'https://evil.example/page', 'content-type': 'application/x-www-form-urlencoded' },
    ];
    for (const headers of attempts) {
      const response = await call(app.baseUrl, '/api/datasets/nagorno-karabakh-2023-demo', {
        method: 'DELETE',
        headers: { ...headers, cookie },
      });
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(ErrorBodySchema.parse(response.body).error.code).toBe('FORBIDDEN');
    }
    const signInFromElsewhere = await signInAttempt(app.baseUrl, 'editor', PASSWORDS.editor, { origin: 'https://evil.example' });
    expect(signInFromElsewhere.status).toBe(403);
    expect(await countGraph(app.client)).toEqual(before);
  });

  it('accepts the same change from the explorer’s own origin', async () => {
    const cookie = await signIn(app.baseUrl, 'admin');
    const response = await call(app.baseUrl, '/api/accounts', {
      body: { username: 'same-origin-made', password: 'a long passphrase!', role: 'viewer' },
      headers: { cookie, origin: app.baseUrl, 'sec-fetch-site': 'same-origin' },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
  });
});

describe('sessions', () => {
  it('issues a new session on sign-in, whatever cookie the browser already had (no fixation)', async () => {
    const planted = 'kgx_session=planted-by-an-attacker';
    const response = await signInAttempt(app.baseUrl, 'viewer', PASSWORDS.viewer, { cookie: planted });
    const issued = sessionCookieOf(response.headers);
    expect(issued).toBeDefined();
    expect(issued).not.toBe(planted);
    expect(await signIn(app.baseUrl, 'viewer')).not.toBe(issued);
  });

  it('ends a session on sign-out, for any copy of its cookie', async () => {
    const cookie = await signIn(app.baseUrl, 'viewer');
    expect((await call(app.baseUrl, '/api/stats', { headers: { cookie } })).status).toBe(200);
    expect((await call(app.baseUrl, '/api/session', { method: 'DELETE', headers: { cookie } })).status).toBe(200);
    expect((await call(app.baseUrl, '/api/stats', { headers: { cookie } })).status).toBe(401);
  });

  it('ends every session of an account when it is disabled or its password changes; a role change applies at once', async () => {
    const admin = await signIn(app.baseUrl, 'admin');
    const create = (username: string) =>
      call(app.baseUrl, '/api/accounts', { body: { username, password: 'first passphrase!', role: 'viewer' }, headers: { cookie: admin } });
    const change = (username: string, body: unknown) =>
      call(app.baseUrl, `/api/accounts/${username}`, { method: 'PATCH', body, headers: { cookie: admin } });
    expect((await create('to-disable')).status).toBe(200);
    expect((await create('to-reset')).status).toBe(200);
    const disabled = await signIn(app.baseUrl, 'to-disable', 'first passphrase!');
    const reset = await signIn(app.baseUrl, 'to-reset', 'first passphrase!');

    expect((await change('to-reset', { role: 'editor' })).status).toBe(200);
    const session = SessionResponseSchema.parse((await call(app.baseUrl, '/api/session', { headers: { cookie: reset } })).body);
    expect(session.role).toBe('editor');

    expect((await change('to-disable', { disabled: true })).status).toBe(200);
    expect((await change('to-reset', { password: 'second passphrase!' })).status).toBe(200);
    expect((await call(app.baseUrl, '/api/stats', { headers: { cookie: disabled } })).status).toBe(401);
    expect((await call(app.baseUrl, '/api/stats', { headers: { cookie: reset } })).status).toBe(401);
    expect((await signInAttempt(app.baseUrl, 'to-disable', 'first passphrase!')).status).toBe(401);
    expect((await signInAttempt(app.baseUrl, 'to-reset', 'first passphrase!')).status).toBe(401);
    await signIn(app.baseUrl, 'to-reset', 'second passphrase!');
  });

  it('refuses a correctly signed session that has expired, and one signed with another secret', async () => {
    const secret = 'the secret these sessions are signed with';
    const signed = await accountsOn({ sessionSecret: secret });
    const server = await startTestApp({ access: signed.access, seed: false });
    try {
      const key = JSON.parse(await readFile(path.join(signed.dir, 'accounts.json'), 'utf8')) as {
        accounts: { username: string; sessionKey: string }[];
      };
      const editorKey = key.accounts.find((a) => a.username === 'editor')?.sessionKey ?? '';
      const mint = (tokens: SessionTokens, ttlMs: number, now: number) =>
        `kgx_session=${tokens.issue('editor', editorKey, ttlMs, now).token}`;
      const valid = mint(new SessionTokens(Buffer.from(secret)), 60_000, Date.now());
      expect((await call(server.baseUrl, '/api/stats', { headers: { cookie: valid } })).status).toBe(200);
      const expired = mint(new SessionTokens(Buffer.from(secret)), 60_000, Date.now() - 120_000);
      expect((await call(server.baseUrl, '/api/stats', { headers: { cookie: expired } })).status).toBe(401);
      const otherSecret = mint(new SessionTokens(Buffer.from('another secret of at least 32 chars')), 60_000, Date.now());
      expect((await call(server.baseUrl, '/api/stats', { headers: { cookie: otherSecret } })).status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('marks the cookie Secure when the explorer is served over HTTPS', async () => {
    const server = await startTestApp({ access: (await accountsOn({ secureCookies: true })).access, seed: false });
    try {
      const response = await signInAttempt(server.baseUrl, 'viewer', PASSWORDS.viewer);
      expect(response.headers.getSetCookie().join('\n')).toMatch(/kgx_session=[^;]+;.*Secure/i);
    } finally {
      await server.close();
    }
  });

  it('is accepted by another server process sharing the store and the secret, and ends there on sign-out', async () => {
    const secret = 'a shared session secret of 32+ chars';
    const first = await startTestApp({ access: (await accountsOn({ sessionSecret: secret })).access, seed: false });
    const shared = await accountsOn({ dir: (await accountsOn()).dir, sessionSecret: secret });
    const one = await startTestApp({ access: shared.access, seed: false });
    const other = await startTestApp({ access: (await accountsOn({ dir: shared.dir, sessionSecret: secret })).access, seed: false });
    try {
      const cookie = await signIn(one.baseUrl, 'editor');
      expect(SessionResponseSchema.parse((await call(other.baseUrl, '/api/session', { headers: { cookie } })).body).role).toBe('editor');
      // Same secret, another store with an account of the same name: each account's session key decides, so no.
      expect((await call(first.baseUrl, '/api/stats', { headers: { cookie } })).status).toBe(401);
      await call(other.baseUrl, '/api/session', { method: 'DELETE', headers: { cookie } });
      expect((await call(one.baseUrl, '/api/stats', { headers: { cookie } })).status).toBe(401);
    } finally {
      await Promise.all([first.close(), one.close(), other.close()]);
    }
  });
});

describe('what an anonymous caller learns', () => {
  it('gets whether the service is up from /api/health, not what runs behind it', async () => {
    const anonymous = HealthResponseSchema.parse((await call(app.baseUrl, '/api/health')).body);
    expect(anonymous).toEqual({ status: 'ok', neo4j: { connected: true } });
    const cookie = await signIn(app.baseUrl, 'viewer');
    const signedIn = HealthResponseSchema.parse((await call(app.baseUrl, '/api/health', { headers: { cookie } })).body);
    expect(signedIn.neo4j.version).toMatch(/^5\./);
  });

  it('cannot write to the audit trail by signing out without a session', async () => {
    const before = (await readFile(path.join(accounts.dir, 'audit.jsonl'), 'utf8')).split('\n').length;
    for (let i = 0; i < 5; i++) expect((await call(app.baseUrl, '/api/session', { method: 'DELETE' })).status).toBe(200);
    expect((await readFile(path.join(accounts.dir, 'audit.jsonl'), 'utf8')).split('\n').length).toBe(before);
  });
});

describe('passwords', () => {
  it('refuses a password shorter than 12 characters, naming the field', async () => {
    const cookie = await signIn(app.baseUrl, 'admin');
    const response = await call(app.baseUrl, '/api/accounts', {
      body: { username: 'short-one', password: 'elevenchars', role: 'viewer' },
      headers: { cookie },
    });
    expect(response.status).toBe(400);
    expect(ErrorBodySchema.parse(response.body).error.details?.map((d) => d.parameter)).toContain('password');
    // The refused password is not sent back, in the message or the details.
    expect(JSON.stringify(response.body)).not.toContain('elevenchars');
    const longSignIn = await signInAttempt(app.baseUrl, 'viewer', 'y'.repeat(2_000));
    expect(longSignIn.status).toBe(400);
    expect(JSON.stringify(longSignIn.body)).not.toContain('yyyyyyyy');
  });

  it('never returns a password or its hash, never logs one, and keeps none in the graph the console reads', async () => {
    const cookie = await signIn(app.baseUrl, 'admin');
    const listed = await call(app.baseUrl, '/api/accounts', { headers: { cookie } });
    const accountsBody = AccountsResponseSchema.parse(listed.body);
    expect(accountsBody.accounts.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(listed.body)).not.toMatch(/argon2|passwordHash|passphrase/);
    expect(logged.length).toBeGreaterThan(0);
    for (const password of Object.values(PASSWORDS)) expect(logged.join('\n')).not.toContain(password);
    // Every property of every node, lists included, as text: nothing holds a hash or a password.
    const query = `MATCH (n) UNWIND keys(n) AS k WITH n[k] AS v
      WITH CASE WHEN valueType(v) STARTS WITH 'LIST' THEN [x IN v | toString(x)] ELSE [toString(v)] END AS texts
      UNWIND texts AS text WITH text WHERE text CONTAINS 'argon2' OR text CONTAINS 'passphrase' RETURN count(*) AS found`;
    const answer = await call(app.baseUrl, '/api/cypher', { body: { query }, headers: { cookie } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const console = CypherResponseSchema.parse(answer.body);
    expect(console.rows).toEqual([[0]]);
  });
});
