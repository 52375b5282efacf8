// Starts what an end-to-end test file needs: the built explorer served by the real app on the suite's Neo4j, and one Chromium.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { AccessService } from '../../server/src/services/access-service.ts';
import { launchChromium } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { requireBuiltClient } from './client-dist.ts';

export interface ExplorerUnderTest {
  app: TestApp;
  browser: Browser;
  close(): Promise<void>;
}

/** How the app under test may differ from the default: accounts on, or a shorter time-ordered paths budget. */
export interface ExplorerOptions {
  access?: AccessService;
  pathTimeOrderBudgetMs?: number;
}

/** The app (seeded by the real loader) and a browser, started side by side; close() stops both. */
export async function startExplorer(opts: ExplorerOptions = {}): Promise<ExplorerUnderTest> {
  const clientDist = requireBuiltClient();
  const [started, launched] = await Promise.allSettled([startTestApp({ clientDist, ...opts }), launchChromium()]);
  if (started.status === 'rejected' || launched.status === 'rejected') {
    // Whichever did start must not outlive the failure.
    if (started.status === 'fulfilled') await started.value.close();
    if (launched.status === 'fulfilled') await launched.value.close();
    throw started.status === 'rejected' ? started.reason : (launched as PromiseRejectedResult).reason;
  }
  const app = started.value;
  const browser = launched.value;
  return {
    app,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
    },
  };
}

/** Starts the explorer before the enclosing suite's tests and stops it after them; call the result inside a test. */
export function useExplorer(start: () => Promise<ExplorerOptions> = async () => ({})): () => ExplorerUnderTest {
  let explorer: ExplorerUnderTest | undefined;
  beforeAll(async () => {
    explorer = await startExplorer(await start());
  });
  afterAll(async () => {
    await explorer?.close();
  });
  return () => {
    if (!explorer) throw new Error('the explorer is not running: call the result of useExplorer() inside a test');
    return explorer;
  };
}
