// End to end: when the API answers 503 because its database cannot be reached, the explorer says so in a banner instead of failing silently.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { Browser } from 'playwright-core';
import { createApp } from '../../server/src/app.ts';
import { GraphClient } from '../../server/src/graph/client.ts';
import { launchChromium, openSession } from '../support/browser.ts';
import { serveApp, type ServedApp } from '../support/serve.ts';
import { call } from '../support/test-app.ts';
import { requireBuiltClient } from './client-dist.ts';
import { UI_TIMEOUT_MS, readCanvas } from './explorer-page.ts';

/** A loopback port that nothing listens on: taken from the OS, then released. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('could not read the probe port');
  return address.port;
}

describe('when the database behind the API cannot be reached', () => {
  let browser: Browser;
  let client: GraphClient;
  let served: ServedApp | undefined;
  let baseUrl: string;

  beforeAll(async () => {
    const clientDist = requireBuiltClient();
    const port = await closedPort();
    client = new GraphClient({ uri: `neo4j://127.0.0.1:${port}`, queryTimeoutMs: 2_000, retryMs: 0, connectTimeoutMs: 800 });
    served = await serveApp(createApp({ client, logger: pino({ level: 'silent' }), queryTimeoutMs: 2_000, clientDist }));
    baseUrl = served.baseUrl;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
    await client?.close();
  });

  it('shows the "API or database unavailable" banner and an empty canvas, with every API call answered 503', async ({ task }) => {
    // The premise: this app's API really is down while its page is served.
    expect((await call(baseUrl, '/api/health')).status).toBe(503);
    const session = await openSession(browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      const response = await page.goto('/');
      expect(response?.status()).toBe(200);
      const banner = page.getByTestId('status-banner');
      await banner.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await banner.textContent()).toContain('API or database unavailable.');
      expect(await page.getByTestId('health-indicator').getAttribute('data-availability')).toBe('unavailable');
      // The overview's failure has been reported and nothing is under way any more: only then can the canvas be
      // known to stay empty.
      const notice = page.getByTestId('notice');
      await notice.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await notice.getAttribute('data-kind')).toBe('error');
      await page.locator('[data-testid="graph-canvas"][data-busy="false"]').waitFor({ timeout: UI_TIMEOUT_MS });
      await page.getByTestId('canvas-empty').waitFor({ timeout: UI_TIMEOUT_MS });
      expect((await readCanvas(page)).nodeCount).toBe(0);
      await session.screenshot('banner shown');

      // Retrying while the database is still down keeps the banner up: once the retry's answer has been handled
      // (the button is back from "Checking…"), the banner is still there.
      const retry = page.getByTestId('status-retry');
      const healthChecked = page.waitForResponse((r) => r.url().endsWith('/api/health'), { timeout: UI_TIMEOUT_MS });
      await retry.click();
      expect((await healthChecked).status()).toBe(503);
      await page.locator('[data-testid="status-retry"][data-checking="false"]').waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await banner.isVisible()).toBe(true);
      expect(await page.getByTestId('health-indicator').getAttribute('data-availability')).toBe('unavailable');
      await session.screenshot('banner after retry');

      const problems = session.problems();
      expect(problems.pageErrors).toEqual([]);
      expect(problems.failedApiRequests.length).toBeGreaterThan(0);
      expect(problems.failedApiRequests.filter((f) => f.status !== 503)).toEqual([]);
      expect(problems.failedApiRequests.map((f) => f.path)).toEqual(expect.arrayContaining(['/api/health']));
      // The only console errors are the browser's own notes about those 503s.
      expect(problems.consoleErrors.filter((e) => !e.text.includes('status of 503'))).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
