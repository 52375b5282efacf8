// Starts the explorer: finds or starts Neo4j, seeds an empty database, serves the API and the built client; Ctrl-C stops all it started.
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import { parseEnv } from './env.ts';
import { createLogger } from './logger.ts';
import { openDatabase } from './database.ts';
import { createApp } from './app.ts';
import { readDatabaseInfo } from './graph/health.ts';
import type { GraphClient } from './graph/client.ts';
import { seedOnStart } from './ingest/seed-on-start.ts';
import { ensureAggregates } from './graph/stats.ts';
import { classifyDateSpans } from './graph/date-spans.ts';
import { applySchema } from './graph/schema.ts';
import { startAccess } from './accounts/start-access.ts';
import { watchDatabase, type DatabaseWatch } from './database-watch.ts';

const DEFAULT_CLIENT_DIST = fileURLToPath(new URL('../../client/dist/', import.meta.url));
const DATABASE_WAIT_MS = 120_000;

async function waitForDatabase(client: GraphClient, log: (line: string) => void): Promise<string> {
  const deadline = Date.now() + DATABASE_WAIT_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      return (await readDatabaseInfo(client, 2_000)).version;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      if (attempt === 1) log('waiting for Neo4j to accept connections...');
      await new Promise((resolve) => setTimeout(resolve, Math.min(250 * attempt, 2_000)));
    }
  }
}

async function main(): Promise<void> {
  const env = parseEnv();
  const logger = createLogger(env.LOG_LEVEL);
  const log = (line: string) => logger.info(line);
  // Before Neo4j: a server that would listen unprotected refuses at once.
  const access = await startAccess(env, log);
  const db = await openDatabase(env, log, {
    supervise: { info: (line) => logger.info(line), error: (line) => logger.error(line) },
  });
  // Filled once listening; the signal handlers are installed before, so Ctrl-C during seeding also stops Neo4j.
  const running: { server?: Server; watch?: DatabaseWatch } = {};

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await new Promise<void>((resolve) => (running.server ? running.server.close(() => resolve()) : resolve()));
    running.watch?.stop();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const version = await waitForDatabase(db.client, log);
  logger.info({ uri: db.uri, version }, 'connected to Neo4j');
  running.watch = watchDatabase(db.client, logger);

  // Indexes a newer version added (each IF NOT EXISTS): an existing database gets them before the first request.
  await applySchema(db.client);
  const seeded = await seedOnStart(db.client, { seedOnEmpty: env.SEED_ON_EMPTY, logger });
  // Once per database, and again after adopting data another tool wrote: relations written without their span's
  // class get it before a window is asked.
  await classifyDateSpans(db.client, { again: seeded === 'adopt-untagged' });
  // In the background: on a big graph written by another tool, the one count reads every relation.
  void ensureAggregates(db.client).catch((error: unknown) => logger.warn({ err: error }, 'could not count the evidence and the timeline'));

  const app = createApp({
    client: db.client,
    logger,
    queryTimeoutMs: env.QUERY_TIMEOUT_MS,
    bodyLimit: env.BODY_LIMIT,
    corsOrigin: env.CORS_ORIGIN,
    uploads: {
      ...(env.UPLOAD_DIR === undefined ? {} : { dir: env.UPLOAD_DIR }),
      maxFileBytes: env.UPLOAD_MAX_FILE_BYTES,
      maxFiles: env.UPLOAD_MAX_FILES,
    },
    clientDist: env.CLIENT_DIST ?? DEFAULT_CLIENT_DIST,
    access,
    signInLimits: {
      windowMs: env.SIGN_IN_WINDOW_MS,
      perAccount: env.SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
      perAddress: env.SIGN_IN_MAX_FAILURES_PER_ADDRESS,
    },
    trustProxy: env.TRUST_PROXY,
    https: env.HTTPS,
    cypherMaxBytes: env.CYPHER_MAX_BYTES,
    cypherThreads: env.CYPHER_THREADS,
    pathHubDegree: env.PATH_HUB_DEGREE,
    pathTimeOrderBudgetMs: env.PATH_TIME_ORDER_BUDGET_MS,
    requestGate: { maxActive: env.API_MAX_ACTIVE, maxWaiting: env.API_MAX_WAITING, maxWaitMs: env.API_MAX_WAIT_MS },
  });
  const server = app.listen(env.PORT, env.HOST, () => {
    logger.info(`explorer listening on http://${env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST}:${env.PORT}`);
  });
  running.server = server;
  server.on('error', (error) => {
    logger.fatal({ err: error }, 'cannot listen');
    void stop('listen-error');
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
