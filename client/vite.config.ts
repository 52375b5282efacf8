// Vite build and dev server for the explorer: React, and /api proxied to the API server.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Where the dev server forwards /api; override with KGX_API_URL when the API runs elsewhere. */
const API_TARGET = process.env.KGX_API_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/api': { target: API_TARGET, changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: API_TARGET, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
