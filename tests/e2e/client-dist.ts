// Where the built explorer lives, and a readable failure when it has not been built for tests (no vitest here: the UI
// benchmark uses it too).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLIENT_DIST = fileURLToPath(new URL('../../client/dist/', import.meta.url));

/** What `vite build --mode test` adds to index.html: that build, and only that build, installs `window.__kgx`. */
const TEST_BUILD_MARK = /<meta name="kgx-build" content="test"/;

export function requireBuiltClient(): string {
  const indexHtml = path.join(CLIENT_DIST, 'index.html');
  if (!existsSync(indexHtml)) {
    throw new Error(
      `No built explorer at ${CLIENT_DIST}: run \`npm run build:test\` first (npm test, npm run test:e2e and npm run bench:ui do).`,
    );
  }
  if (!TEST_BUILD_MARK.test(readFileSync(indexHtml, 'utf8'))) {
    throw new Error(
      `The explorer at ${CLIENT_DIST} is a production build, without the hooks tests drive it through: run \`npm run build:test\` first.`,
    );
  }
  return CLIENT_DIST;
}
