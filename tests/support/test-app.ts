// Starts the real app in-process against the suite's Neo4j, seeded by the real loader, on a free port.
import { inject } from 'vitest';
import { pino, type Logger } from 'pino';
import { createApp, type SignInLimits } from '../../server/src/app.ts';
import type { AccessService } from '../../server/src/services/access-service.ts';
import { GraphClient } from '../../server/src/graph/client.ts';
import { loadDataset } from '../../server/src/ingest/load.ts';
import { SEED_DATASET_DIR } from '../../server/src/ingest/seed.ts';
import type { UploadLimits } from '../../server/src/routes/upload.ts';
import { serveApp } from './serve.ts';
import { parseTestSettings } from './test-settings.ts';

export interface TestApp {
  baseUrl: string;
  client: GraphClient;
  close(): Promise<void>;
}

export function connectTestClient(
  overrides: { uri?: string; retryMs?: number; queryTimeoutMs?: number; poolSize?: number } = {},
): GraphClient {
  const neo4j = inject('neo4j');
  return new GraphClient({
    uri: overrides.uri ?? neo4j.uri,
    user: neo4j.user,
    password: neo4j.password,
    database: neo4j.database,
    queryTimeoutMs: overrides.queryTimeoutMs ?? 10_000,
    retryMs: overrides.retryMs ?? 0,
    connectTimeoutMs: 800,
    ...(overrides.poolSize === undefined ? {} : { poolSize: overrides.poolSize }),
  });
}

export async function startTestApp(
  opts: {
    seed?: boolean;
    clientDist?: string;
    queryTimeoutMs?: number;
    uploads?: Partial<UploadLimits>;
    /** Accounts on, or off with a known audit folder; omitted, off with a temporary one. */
    access?: AccessService;
    signInLimits?: SignInLimits;
    logger?: Logger;
    https?: boolean;
    cypherMaxBytes?: number;
    cypherThreads?: number;
    pathHubDegree?: number;
    pathTimeOrderBudgetMs?: number;
  } = {},
): Promise<TestApp> {
  const client = connectTestClient(opts.queryTimeoutMs === undefined ? {} : { queryTimeoutMs: opts.queryTimeoutMs });
  if (opts.seed !== false) await loadDataset(client, SEED_DATASET_DIR);
  const app = createApp({
    client,
    logger: opts.logger ?? pino({ level: parseTestSettings().TEST_LOG_LEVEL }),
    queryTimeoutMs: opts.queryTimeoutMs ?? 10_000,
    clientDist: opts.clientDist,
    ...(opts.uploads === undefined ? {} : { uploads: opts.uploads }),
    ...(opts.access === undefined ? {} : { access: opts.access }),
    ...(opts.signInLimits === undefined ? {} : { signInLimits: opts.signInLimits }),
    ...(opts.https === undefined ? {} : { https: opts.https }),
    ...(opts.cypherMaxBytes === undefined ? {} : { cypherMaxBytes: opts.cypherMaxBytes }),
    ...(opts.cypherThreads === undefined ? {} : { cypherThreads: opts.cypherThreads }),
    ...(opts.pathHubDegree === undefined ? {} : { pathHubDegree: opts.pathHubDegree }),
    ...(opts.pathTimeOrderBudgetMs === undefined ? {} : { pathTimeOrderBudgetMs: opts.pathTimeOrderBudgetMs }),
  });
  const served = await serveApp(app);
  return {
    baseUrl: served.baseUrl,
    client,
    close: async () => {
      await served.close();
      await client.close();
    },
  };
}

/** GET or POST against the app, returning the status and the parsed JSON body. */
export async function call(
  baseUrl: string,
  path: string,
  init?: { method?: string; body?: unknown; rawBody?: string; form?: FormData; headers?: Record<string, string> },
) {
  const hasBody = init?.body !== undefined || init?.rawBody !== undefined || init?.form !== undefined;
  // A form sets its own multipart content type, boundary included.
  const contentType: Record<string, string> = init?.form !== undefined ? {} : { 'content-type': 'application/json' };
  const response = await fetch(`${baseUrl}${path}`, {
    method: init?.method ?? (hasBody ? 'POST' : 'GET'),
    headers: { ...contentType, ...(init?.headers ?? {}) },
    ...(init?.form !== undefined
      ? { body: init.form }
      : init?.rawBody !== undefined
        ? { body: init.rawBody }
        : init?.body !== undefined
          ? { body: JSON.stringify(init.body) }
          : {}),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, headers: response.headers, body };
}
