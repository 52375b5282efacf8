// The audit trail: one of each change, each found in GET /api/audit with who, what, on which target and the request id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditResponseSchema, DatasetResponseSchema, DatasetUploadResponseSchema, ErrorBodySchema, type AuditEntry } from '@kgx/contract';
import { accountsOn, PASSWORDS, signIn } from '../support/accounts.ts';
import { toForm } from '../support/endpoint-requests.ts';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  const { access } = await accountsOn();
  app = await startTestApp({ access, seed: false });
});
afterAll(async () => {
  await app?.close();
});

const REGISTER = 'id,type,name\naudit-person,Person,Audit Person\naudit-org,Organisation,Audit Org\n';

async function finished(id: string, cookie: string): Promise<string> {
  for (;;) {
    const { dataset } = DatasetResponseSchema.parse((await call(app.baseUrl, `/api/datasets/${id}`, { headers: { cookie } })).body);
    if (dataset.status === 'done' || dataset.status === 'failed') return dataset.status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('GET /api/audit', () => {
  it('records every kind of change with who, what, on what and the request id', async () => {
    const requestIds: Partial<Record<AuditEntry['action'], string>> = {};
    const idOf = (headers: Headers) => headers.get('x-request-id') ?? '';

    const refused = await call(app.baseUrl, '/api/session', { body: { username: 'editor', password: 'not the password' } });
    expect(refused.status).toBe(401);
    const admin = await signIn(app.baseUrl, 'admin');
    const editor = await signIn(app.baseUrl, 'editor');

    const created = await call(app.baseUrl, '/api/accounts', {
      body: { username: 'audited', password: PASSWORDS.viewer, role: 'viewer' },
      headers: { cookie: admin },
    });
    expect(created.status).toBe(200);
    requestIds['account.create'] = idOf(created.headers);
    const changed = await call(app.baseUrl, '/api/accounts/audited', {
      method: 'PATCH',
      body: { role: 'editor' },
      headers: { cookie: admin },
    });
    expect(changed.status).toBe(200);
    requestIds['account.update'] = idOf(changed.headers);

    const files = [{ field: 'files', name: 'audit-register.csv', content: REGISTER }];
    const preview = await call(app.baseUrl, '/api/datasets/preview', {
      method: 'POST',
      form: toForm({ name: 'Audit register', format: 'csv' }, files),
      headers: { cookie: editor },
    });
    expect(preview.status).toBe(200);
    requestIds['dataset.preview'] = idOf(preview.headers);
    const upload = await call(app.baseUrl, '/api/datasets', {
      method: 'POST',
      form: toForm({ name: 'Audit register', format: 'csv' }, files),
      headers: { cookie: editor },
    });
    expect(upload.status).toBe(202);
    requestIds['dataset.import'] = idOf(upload.headers);
    const { id } = DatasetUploadResponseSchema.parse(upload.body);
    expect(await finished(id, editor)).toBe('done');
    const { dataset } = DatasetResponseSchema.parse((await call(app.baseUrl, `/api/datasets/${id}`, { headers: { cookie: editor } })).body);
    expect(dataset.createdBy).toBe('editor');
    const removed = await call(app.baseUrl, `/api/datasets/${id}`, { method: 'DELETE', headers: { cookie: editor } });
    expect(removed.status).toBe(200);
    requestIds['dataset.remove'] = idOf(removed.headers);
    const signedOut = await call(app.baseUrl, '/api/session', { method: 'DELETE', headers: { cookie: editor } });
    requestIds['session.sign-out'] = idOf(signedOut.headers);

    const response = await call(app.baseUrl, '/api/audit?limit=100', { headers: { cookie: admin } });
    expect(response.status).toBe(200);
    const { entries } = AuditResponseSchema.parse(response.body);
    const find = (action: AuditEntry['action'], outcome: AuditEntry['outcome'] = 'done') =>
      entries.find((entry) => entry.action === action && entry.outcome === outcome);

    expect(find('session.sign-in', 'refused')).toMatchObject({ actor: 'anonymous', target: { kind: 'account', id: 'editor' } });
    expect(find('session.sign-in')).toMatchObject({ outcome: 'done' });
    expect(find('account.create')).toMatchObject({ actor: 'admin', target: { kind: 'account', id: 'audited' }, detail: 'role viewer' });
    expect(find('account.update')).toMatchObject({ actor: 'admin', target: { id: 'audited' }, detail: 'role viewer → editor' });
    expect(find('dataset.preview')).toMatchObject({ actor: 'editor', detail: 'files audit-register.csv' });
    expect(find('dataset.import', 'accepted')).toMatchObject({ actor: 'editor', target: { kind: 'dataset', id } });
    // Its end, under the same account and request: what landed.
    expect(find('dataset.import')).toMatchObject({
      actor: 'editor',
      target: { kind: 'dataset', id },
      detail: '2 entities, 0 relations, 0 documents',
    });
    expect(find('dataset.import')?.requestId).toBe(requestIds['dataset.import']);
    expect(find('dataset.remove')).toMatchObject({ actor: 'editor', target: { kind: 'dataset', id } });
    expect(find('dataset.remove')?.detail).toMatch(/removed 2 entities/);
    expect(find('session.sign-out')).toMatchObject({ actor: 'editor' });
    for (const [action, requestId] of Object.entries(requestIds)) {
      expect(requestId, action).not.toBe('');
      const entry = find(action as AuditEntry['action']) ?? find(action as AuditEntry['action'], 'accepted');
      expect(entry?.requestId, action).toBe(requestId);
    }
    // Newest first.
    const times = entries.map((entry) => entry.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('filters by action and actor, and says when older entries were left out', async () => {
    const admin = await signIn(app.baseUrl, 'admin');
    const filtered = AuditResponseSchema.parse(
      (await call(app.baseUrl, '/api/audit?action=session.sign-in&actor=admin', { headers: { cookie: admin } })).body,
    );
    expect(filtered.entries.length).toBeGreaterThanOrEqual(2);
    expect(filtered.entries.every((entry) => entry.action === 'session.sign-in' && entry.actor === 'admin')).toBe(true);
    const one = AuditResponseSchema.parse((await call(app.baseUrl, '/api/audit?limit=1', { headers: { cookie: admin } })).body);
    expect(one).toMatchObject({ truncated: true });
    expect(one.entries).toHaveLength(1);
  });

  it('cannot be edited or read through the API but by an admin', async () => {
    const admin = await signIn(app.baseUrl, 'admin');
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const response = await call(app.baseUrl, '/api/audit', { method, body: { entries: [] }, headers: { cookie: admin } });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET');
      expect(ErrorBodySchema.parse(response.body).error.code).toBe('METHOD_NOT_ALLOWED');
    }
    const editor = await signIn(app.baseUrl, 'editor');
    expect((await call(app.baseUrl, '/api/audit', { headers: { cookie: editor } })).status).toBe(403);
  });
});
