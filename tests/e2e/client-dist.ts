// Where the built explorer lives, and a readable failure when it has not been built (no vitest here: the UI benchmark uses it too).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLIENT_DIST = fileURLToPath(new URL('../../client/dist/', import.meta.url));

export function requireBuiltClient(): string {
  if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    throw new Error(
      `No built explorer at ${CLIENT_DIST}: run \`npm -w client run build\` first (npm test, npm run test:e2e and npm run bench:ui do).`,
    );
  }
  return CLIENT_DIST;
}
