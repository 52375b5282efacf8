// How answers travel: compressed as the client accepts (and decoding to the very same JSON), content-named assets
// cached for good, the page itself asked again every time.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPRESS_AT_ONCE_UP_TO_BYTES, COMPRESS_FROM_BYTES } from '../../server/src/routes/json-answer.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
let dist: string;
const ASSET = 'app-3f9a1c.js';
const SCRIPT = `console.log(${JSON.stringify('the explorer '.repeat(400))});`;
/** An asset the build compressed, as client/vite.config.ts does: brotli and gzip files beside it. */
const PRECOMPRESSED = 'index-8d2e77.js';
const PRECOMPRESSED_SCRIPT = `export const words = ${JSON.stringify('who did what to whom '.repeat(300))};`;
const BROTLI = brotliCompressSync(PRECOMPRESSED_SCRIPT, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } });
const GZIP = gzipSync(PRECOMPRESSED_SCRIPT, { level: constants.Z_BEST_COMPRESSION });

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'kgx-dist-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), `<!doctype html><script type="module" src="/assets/${ASSET}"></script>`);
  await writeFile(path.join(dist, 'assets', ASSET), SCRIPT);
  await writeFile(path.join(dist, 'assets', PRECOMPRESSED), PRECOMPRESSED_SCRIPT);
  await writeFile(path.join(dist, 'assets', `${PRECOMPRESSED}.br`), BROTLI);
  await writeFile(path.join(dist, 'assets', `${PRECOMPRESSED}.gz`), GZIP);
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

  it.each([
    ['under', '/api/relations?limit=5', COMPRESS_FROM_BYTES, COMPRESS_AT_ONCE_UP_TO_BYTES],
    ['over', '/api/relations?limit=1000', COMPRESS_AT_ONCE_UP_TO_BYTES + 1, Number.POSITIVE_INFINITY],
  ])(
    'compresses an answer %s the size compressed at once, with either encoding, to the same JSON, varying by Accept-Encoding',
    async (_side, pathname, atLeast, atMost) => {
      const plain = await raw(pathname, 'identity');
      expect(plain.body.length).toBeGreaterThanOrEqual(atLeast);
      expect(plain.body.length).toBeLessThanOrEqual(atMost);
      expect(plain.headers['content-type']).toBe('application/json; charset=utf-8');
      for (const [encoding, decode] of [
        ['br', brotliDecompressSync],
        ['gzip', gunzipSync],
      ] as const) {
        const compressed = await raw(pathname, encoding);
        expect(compressed.status).toBe(200);
        expect(compressed.headers['content-encoding']).toBe(encoding);
        expect(compressed.headers['content-type']).toBe('application/json; charset=utf-8');
        expect(compressed.headers['vary']).toMatch(/Accept-Encoding/i);
        expect(decode(compressed.body).equals(plain.body)).toBe(true);
        // Compressed at once, the answer goes out whole with its length; the middleware's stream sends it in chunks.
        if (atMost === COMPRESS_AT_ONCE_UP_TO_BYTES) {
          expect(compressed.headers['content-length']).toBe(String(compressed.body.length));
          expect(compressed.headers['transfer-encoding']).toBeUndefined();
        } else {
          expect(compressed.headers['content-length']).toBeUndefined();
          expect(compressed.headers['transfer-encoding']).toBe('chunked');
        }
      }
      // A browser lists br after gzip; the server's order wins a tie, as for the built assets.
      expect((await raw(pathname, 'gzip, deflate, br')).headers['content-encoding']).toBe('br');
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

describe('assets compressed at build', () => {
  it.each([
    ['br', 'br', BROTLI],
    ['gzip, deflate', 'gzip', GZIP],
    ['gzip;q=0.5, br;q=1', 'br', BROTLI],
    ['br;q=0, gzip', 'gzip', GZIP],
    // What Chrome and Firefox send: br after gzip, both acceptable (bug: the tie went to gzip, so br was never sent).
    ['gzip, deflate, br, zstd', 'br', BROTLI],
  ])('answers Accept-Encoding %s with the %s file the build wrote, byte for byte, cached for good', async (accept, encoding, file) => {
    const asset = await raw(`/assets/${PRECOMPRESSED}`, accept);
    expect(asset.status).toBe(200);
    expect(asset.headers['content-encoding']).toBe(encoding);
    expect(asset.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(asset.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.body.equals(file)).toBe(true);
    const decode = encoding === 'br' ? brotliDecompressSync : gunzipSync;
    expect(decode(asset.body).toString('utf8')).toBe(PRECOMPRESSED_SCRIPT);
  });

  it('sends the asset itself to a client that accepts no encoding', async () => {
    const asset = await raw(`/assets/${PRECOMPRESSED}`, 'identity');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-encoding']).toBeUndefined();
    expect(asset.body.toString('utf8')).toBe(PRECOMPRESSED_SCRIPT);
  });

  it('serves nothing compressed for a name that leaves the assets folder, only the page any unknown path gets', async () => {
    const escaped = await raw('/assets/..%2Findex.html', 'br, gzip');
    expect(escaped.headers['content-encoding']).toBeUndefined();
    const unknown = await raw('/no/such/view', 'identity');
    expect(escaped.body.toString('utf8')).toBe(unknown.body.toString('utf8'));
  });
});
