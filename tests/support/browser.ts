// Launches Debian's Chromium through playwright-core, and opens pages that save a screenshot per step and record console errors and failed API calls.
import { accessSync, constants, statSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Headless, software-rendered, and quiet: no updater, sync or background fetches that would make runs differ. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  // WebGL in software (SwiftShader), which Chromium is withdrawing as an automatic fallback: the WebGL renderer's
  // tests and benchmark need it.
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const ARTIFACTS_ROOT = fileURLToPath(new URL('../../artifacts/e2e/', import.meta.url));
const CHROMIUM_NAMES = ['chromium', 'chromium-browser'] as const;

function isExecutableFile(candidate: string): boolean {
  try {
    accessSync(candidate, constants.X_OK);
    return statSync(candidate).isFile();
  } catch {
    return false;
  }
}

/** CHROMIUM_PATH if set, else the first `chromium` or `chromium-browser` on PATH (what `which` would answer). */
export function findChromium(): string {
  const configured = process.env['CHROMIUM_PATH'];
  if (configured !== undefined && configured !== '') {
    if (!isExecutableFile(configured)) throw new Error(`CHROMIUM_PATH is '${configured}', which is not an executable file`);
    return configured;
  }
  const dirs = (process.env['PATH'] ?? '').split(path.delimiter).filter((dir) => dir !== '');
  for (const name of CHROMIUM_NAMES) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  throw new Error(
    'No Chromium found: neither chromium nor chromium-browser is on PATH. Install it (apt-get install chromium) or set CHROMIUM_PATH to its executable.',
  );
}

/** A fresh browser with a throwaway profile (launch() always makes a new user data dir). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS], headless: true });
}

/** A request to /api that failed outright or answered 4xx/5xx. */
export interface FailedApiRequest {
  method: string;
  /** Path and query, e.g. /api/cypher. */
  path: string;
  /** 0 when the request never got an answer. */
  status: number;
  failure?: string;
}

export interface ConsoleError {
  text: string;
  /** The resource the message is about, when the browser says ("Failed to load resource" names it). */
  url: string;
}

/** What went wrong in a page, beyond what a test expects. */
export interface PageProblems {
  consoleErrors: ConsoleError[];
  pageErrors: string[];
  failedApiRequests: FailedApiRequest[];
}

/** A failure a test provokes on purpose; the matching "Failed to load resource" console message is expected with it. */
export interface ExpectedFailure {
  method: string;
  path: string;
  status: number;
}

export interface BrowserSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Saves `artifacts/e2e/<test-name>/<nn>-<step>.png` of the whole page; returns its path. */
  screenshot(step: string): Promise<string>;
  /** Everything recorded so far, minus the failures named as expected. */
  problems(expected?: readonly ExpectedFailure[]): PageProblems;
  close(): Promise<void>;
}

export interface OpenSessionOptions {
  baseUrl: string;
  /** Names the screenshot folder; use the test's own name. */
  testName: string;
  viewport?: { width: number; height: number };
}

/** A folder name from a test name: lowercase words joined by '-'. */
export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 100)
    .replace(/^-+|-+$/g, '');
  return slug || 'test';
}

function apiPath(url: string, baseUrl: string): string | null {
  if (!url.startsWith(baseUrl)) return null;
  const parsed = new URL(url);
  return parsed.pathname.startsWith('/api/') ? `${parsed.pathname}${parsed.search}` : null;
}

function matchesExpected(failure: { method: string; path: string; status: number }, expected: readonly ExpectedFailure[]): boolean {
  return expected.some((e) => e.method === failure.method && e.status === failure.status && failure.path.split('?')[0] === e.path);
}

/** Screenshots taken so far per folder in this run: sessions of one test share the folder and its numbering. */
const stepsByFolder = new Map<string, number>();

/**
 * A new context and page on the app. The test's screenshot folder is emptied the first time this run uses it, so it
 * only ever holds one run; a second session in the same test (a link reopened elsewhere) carries on the numbering.
 * Each session records console errors, uncaught page errors and failed /api requests from the moment it opens.
 */
export async function openSession(browser: Browser, opts: OpenSessionOptions): Promise<BrowserSession> {
  const dir = path.join(ARTIFACTS_ROOT, slugify(opts.testName));
  if (!stepsByFolder.has(dir)) {
    await rm(dir, { recursive: true, force: true });
    stepsByFolder.set(dir, 0);
  }
  await mkdir(dir, { recursive: true });
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1440, height: 900 }, baseURL: opts.baseUrl });
  const page = await context.newPage();
  const consoleErrors: ConsoleError[] = [];
  const pageErrors: string[] = [];
  const failedApiRequests: FailedApiRequest[] = [];

  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push({ text: message.text(), url: message.location().url });
  });
  page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
  page.on('response', (response) => {
    const where = apiPath(response.url(), opts.baseUrl);
    if (where !== null && response.status() >= 400) {
      failedApiRequests.push({ method: response.request().method(), path: where, status: response.status() });
    }
  });
  page.on('requestfailed', (request) => {
    const where = apiPath(request.url(), opts.baseUrl);
    const failure = request.failure()?.errorText ?? 'failed';
    // A request the app cancels on purpose (a newer search, a replaced load) is not a failure.
    if (where !== null && failure !== 'net::ERR_ABORTED')
      failedApiRequests.push({ method: request.method(), path: where, status: 0, failure });
  });

  return {
    context,
    page,
    async screenshot(name: string): Promise<string> {
      const step = (stepsByFolder.get(dir) ?? 0) + 1;
      stepsByFolder.set(dir, step);
      const file = path.join(dir, `${String(step).padStart(2, '0')}-${slugify(name)}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    problems(expected: readonly ExpectedFailure[] = []): PageProblems {
      const failures = failedApiRequests.filter((f) => !matchesExpected(f, expected));
      const errors = consoleErrors.filter((e) => {
        const where = apiPath(e.url, opts.baseUrl);
        if (where === null || !e.text.startsWith('Failed to load resource')) return true;
        return !expected.some((x) => where.split('?')[0] === x.path && e.text.includes(String(x.status)));
      });
      return { consoleErrors: errors, pageErrors: [...pageErrors], failedApiRequests: failures };
    },
    async close(): Promise<void> {
      await context.close();
    },
  };
}

/** The empty record a healthy page should show, for `expect(session.problems()).toEqual(NO_PROBLEMS)`. */
export const NO_PROBLEMS: PageProblems = { consoleErrors: [], pageErrors: [], failedApiRequests: [] };
