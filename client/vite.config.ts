// Vite build and dev server for the explorer: React, and /api proxied to the API server. `--mode test` builds the
// explorer for end-to-end tests and the rendering benchmark: the same production bundle plus the `window.__kgx` hooks,
// marked in index.html so those tools can tell it from a production build.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** Where the dev server forwards /api; override with KGX_API_URL when the API runs elsewhere. */
const API_TARGET = process.env.KGX_API_URL ?? 'http://127.0.0.1:8080';

/** The mode of a build made for tests; client/src/graph-view/test-hooks.ts installs its hooks only in it. */
const TEST_MODE = 'test';

/** `<meta name="kgx-build" content="test">`, which tests/e2e/client-dist.ts looks for. */
function markTestBuild(): Plugin {
  return {
    name: 'kgx-mark-test-build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { name: 'kgx-build', content: TEST_MODE }, injectTo: 'head' }],
  };
}

/** What is worth compressing: text, from 1 KB up (below that the headers outweigh the saving). */
const COMPRESSIBLE = /\.(js|css|json|svg|html|txt)$/;
const COMPRESS_FROM_BYTES = 1024;

/**
 * Writes a brotli (highest quality) and a gzip (highest level) copy beside each built asset worth compressing; the
 * server sends them as they are (server/src/routes/precompressed-assets.ts) instead of compressing on every request.
 */
function precompressAssets(): Plugin {
  let assetsDir = '';
  return {
    name: 'kgx-precompress-assets',
    apply: 'build',
    configResolved(config) {
      assetsDir = path.resolve(config.root, config.build.outDir, config.build.assetsDir);
    },
    closeBundle() {
      for (const name of readdirSync(assetsDir)) {
        if (!COMPRESSIBLE.test(name)) continue;
        const bytes = readFileSync(path.join(assetsDir, name));
        if (bytes.length < COMPRESS_FROM_BYTES) continue;
        const brotli = { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length };
        writeFileSync(path.join(assetsDir, `${name}.br`), brotliCompressSync(bytes, { params: brotli }));
        writeFileSync(path.join(assetsDir, `${name}.gz`), gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }));
      }
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), precompressAssets(), ...(mode === TEST_MODE ? [markTestBuild()] : [])],
  server: {
    proxy: { '/api': { target: API_TARGET, changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: API_TARGET, changeOrigin: false } },
  },
  // The layout worker is an ES module, as the page's own scripts are.
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // terser, not esbuild: the first load's script is 4% smaller gzipped (276 KB against 289 KB, measured on the same
    // bundle), for about 10 s more build; two passes find what one leaves (an inlined constant's dead branch).
    minify: 'terser',
    terserOptions: { compress: { passes: 2 } },
    chunkSizeWarningLimit: 1500,
    // Every browser the explorer supports preloads modules itself (Chromium 66, Firefox 115, Safari 17); one without
    // it loads a panel's modules on first use all the same, only without the head start.
    modulePreload: { polyfill: false },
  },
}));
