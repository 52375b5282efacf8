// Vite build and dev server for the explorer: React, and /api proxied to the API server. `--mode test` builds the
// explorer for end-to-end tests and the rendering benchmark: the same production bundle plus the `window.__kgx` hooks,
// marked in index.html so those tools can tell it from a production build.
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

export default defineConfig(({ mode }) => ({
  plugins: [react(), ...(mode === TEST_MODE ? [markTestBuild()] : [])],
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
    chunkSizeWarningLimit: 1500,
  },
}));
