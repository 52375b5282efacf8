// Generated from the endpoint registry with accounts on: who may call each endpoint, and that a refusal changes nothing.
import { z } from 'zod';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema, roleIncludes, type Role } from '@kgx/contract';
import { isWrite, type Endpoint } from '../../server/src/routes/endpoint.ts';
import { EXAMPLE_SIGN_IN } from '../../server/src/routes/session.ts';
import type { AccessService } from '../../server/src/services/access-service.ts';
import { ENDPOINTS } from '../../server/src/routes/registry.ts';
import { accountsOn, signIn } from '../support/accounts.ts';
import { describeEndpoint, exampleRequest, send } from '../support/endpoint-requests.ts';
import { countGraph } from '../support/graph-counts.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
let uploadDir: string;
let access: AccessService;
const cookies: Partial<Record<Role, string>> = {};
beforeAll(async () => {
  access = (await accountsOn()).access;
  uploadDir = await mkdtemp(path.join(tmpdir(), 'kgx-refused-uploads-'));
  app = await startTestApp({
    access,
    uploads: { dir: uploadDir },
    signInLimits: { windowMs: 60_000, perAccount: 1_000, perAddress: 1_000 },
  });
  for (const role of ['viewer', 'editor', 'admin'] as const) cookies[role] = await signIn(app.baseUrl, role);
});
afterAll(async () => {
  await app?.close();
});

function cookieOf(role: Role): Record<string, string> {
  const cookie = cookies[role];
  if (cookie === undefined) throw new Error(`no session for ${role}`);
  return { cookie };
}

const guarded = ENDPOINTS.filter((e) => e.role !== 'public');
const writes = ENDPOINTS.filter(isWrite);
const adminOnly = ENDPOINTS.filter((e) => e.role === 'admin');

describe('the endpoint registry with accounts on', () => {
  it('has guarded, write and admin endpoints to test', () => {
    expect(guarded.length).toBeGreaterThan(10);
    expect(writes.length).toBeGreaterThanOrEqual(4);
    expect(adminOnly.length).toBeGreaterThanOrEqual(3);
  });

  it('declares an audit for every write', () => {
    const unaudited = writes.filter((e) => e.audit === undefined).map(describeEndpoint);
    expect(unaudited).toEqual([]);
  });

  it('leaves public only what must answer before signing in: the liveness probe and the session', () => {
    const open = ENDPOINTS.filter((e) => e.role === 'public').map((e) => e.path);
    expect(new Set(open)).toEqual(new Set(['/health', '/session']));
  });
});

describe('the endpoints that need accounts on', () => {
  it('answer their documented examples with 200 and a body their response schema accepts, once the example accounts exist', async () => {
    await access.ensureAccount({ ...EXAMPLE_SIGN_IN, role: 'admin' });
    const needing = ENDPOINTS.filter((e) => e.accountsOnly === true);
    expect(needing.map(describeEndpoint)).toEqual([
      'POST /api/session',
      'GET /api/accounts',
      'POST /api/accounts',
      'PATCH /api/accounts/:username',
    ]);
    for (const endpoint of needing) {
      const response = await send(app.baseUrl, endpoint, exampleRequest(endpoint), cookieOf('admin'));
      expect(response.status, `${describeEndpoint(endpoint)}: ${JSON.stringify(response.body)}`).toBe(200);
      expect(z.safeParse(endpoint.response, response.body).success).toBe(true);
    }
  });
});

async function expectRefused(endpoint: Endpoint, headers: Record<string, string>, status: 401 | 403): Promise<void> {
  const before = await countGraph(app.client);
  const response = await send(app.baseUrl, endpoint, exampleRequest(endpoint), headers);
  expect(response.status, describeEndpoint(endpoint)).toBe(status);
  expect(ErrorBodySchema.parse(response.body).error.code).toBe(status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
  expect(await countGraph(app.client)).toEqual(before);
  // Refused before its files are read: nothing of an upload reaches the disk.
  if (endpoint.upload !== undefined) expect(await readdir(uploadDir)).toEqual([]);
}

for (const endpoint of guarded) {
  describe(describeEndpoint(endpoint), () => {
    it('refuses an anonymous caller with 401 UNAUTHENTICATED', async () => {
      await expectRefused(endpoint, {}, 401);
    });

    it('refuses a forged or stale session cookie with 401', async () => {
      await expectRefused(endpoint, { cookie: 'kgx_session=eyJzaWQiOiJ4IiwidXNlciI6ImFkbWluIn0.forged' }, 401);
    });

    for (const role of ['viewer', 'editor'] as const) {
      if (!roleIncludes(role, endpoint.role as Role)) {
        it(`refuses a signed-in ${role} with 403 FORBIDDEN`, async () => {
          await expectRefused(endpoint, cookieOf(role), 403);
        });
      }
    }

    if (!isWrite(endpoint)) {
      it(`answers a signed-in ${endpoint.role}`, async () => {
        const response = await send(app.baseUrl, endpoint, exampleRequest(endpoint), cookieOf(endpoint.role as Role));
        expect(response.status, JSON.stringify(response.body)).toBe(200);
      });
    }
  });
}
