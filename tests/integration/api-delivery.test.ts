// How answers travel: compressed as the client accepts (and decoding to the very same JSON), content-named assets
// cached for good, the page itself asked again every time.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
let dist: string;
const ASSET = 'app-3f9a1c.js';
const SCRIPT = `console.log(${JSON.stringify('the explorer '.repeat(400))});`;

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'kgx-dist-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), `<!doctype html><script type="module" src="/assets/${ASSET}"></script>`);
  await writeFile(path.join(dist, 'assets', ASSET), SCRIPT);
  app = await startTestApp({ clientDist: dist });
});
afterAll(async () => {
  await app?.close();
  await rm(dist, { recursive: true, force: true });
});

/** The raw bytes and headers, undecoded (fetch would decode them silently). */
function raw(
  pathname: string,
  acceptEncoding: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${app.baseUrl}${pathname}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('compressed answers', () => {
  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ])(
    'sends a large JSON answer as %s, decoding to the same JSON as the uncompressed answer, several times smaller',
    async (encoding, decode) => {
      const plain = await raw('/api/relations?limit=1000', 'identity');
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      const compressed = await raw('/api/relations?limit=1000', encoding);
      expect(compressed.headers['content-encoding']).toBe(encoding);
      expect(JSON.parse(decode(compressed.body).toString('utf8'))).toEqual(JSON.parse(plain.body.toString('utf8')));
      expect(compressed.body.length * 3).toBeLessThan(plain.body.length);
    },
  );

  it('leaves a small answer as it is', async () => {
    const health = await raw('/api/health', 'gzip, br');
    expect(health.status).toBe(200);
    expect(health.headers['content-encoding']).toBeUndefined();
  });
});

describe('caching of the explorer', () => {
  it('caches a content-named asset for good, compressed, and asks for the page again every time', async () => {
    const asset = await raw(`/assets/${ASSET}`, 'gzip');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(asset.body).toString('utf8')).toBe(SCRIPT);
    for (const page of ['/', '/index.html', '/some/view?entity=x']) {
      const response = await raw(page, 'identity');
      expect(response.status, page).toBe(200);
      expect(response.headers['cache-control'], page).toBe('no-cache');
    }
  });
});
