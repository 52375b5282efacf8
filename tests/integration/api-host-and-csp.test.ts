// With accounts off, a request naming another host is refused (DNS rebinding); the pages work over plain HTTP under any name.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '@kgx/contract';
import { accountsOn } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** A GET naming the given Host, which fetch would not let us set. */
function getWithHost(
  baseUrl: string,
  path: string,
  host: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ hostname: url.hostname, port: url.port, path: url.pathname, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: false });
});
afterAll(async () => {
  await app?.close();
});

describe('with accounts off', () => {
  it('refuses a request naming another host with 403 (a page rebound to 127.0.0.1 names its own domain)', async () => {
    const port = new URL(app.baseUrl).port;
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1.evil.example:${port}`]) {
      const response = await getWithHost(app.baseUrl, '/api/stats', host);
      expect(response.status, host).toBe(403);
      expect(ErrorBodySchema.parse(JSON.parse(response.body)).error.code).toBe('FORBIDDEN');
    }
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) {
      expect((await getWithHost(app.baseUrl, '/api/stats', host)).status, host).toBe(200);
    }
  });
});

describe('with accounts on', () => {
  it('answers under any host name, where the session cookie guards the data', async () => {
    const served = await startTestApp({ seed: false, access: (await accountsOn()).access });
    try {
      expect((await getWithHost(served.baseUrl, '/api/health', 'kg.example.org')).status).toBe(200);
      expect((await getWithHost(served.baseUrl, '/api/stats', 'kg.example.org')).status).toBe(401);
    } finally {
      await served.close();
    }
  });
});

describe('the content security policy', () => {
  it('does not ask browsers to upgrade requests to HTTPS unless the explorer is served over HTTPS (the page was blank over plain HTTP)', async () => {
    const plain = await getWithHost(app.baseUrl, '/api/health', new URL(app.baseUrl).host);
    expect(String(plain.headers['content-security-policy'])).toContain("default-src 'self'");
    expect(String(plain.headers['content-security-policy'])).not.toContain('upgrade-insecure-requests');
    const secure = await startTestApp({ seed: false, https: true });
    try {
      const response = await getWithHost(secure.baseUrl, '/api/health', new URL(secure.baseUrl).host);
      expect(String(response.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    } finally {
      await secure.close();
    }
  });
});
