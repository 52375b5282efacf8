// A throwaway Neo4j in a temp dir with a GraphClient, and the real app on a free loopback port, as the integration tests start them.
import { pino } from 'pino';
import { createApp } from '../server/src/app.ts';
import { parseEnv } from '../server/src/env.ts';
import { GraphClient } from '../server/src/graph/client.ts';
import { startThrowawayNeo4j } from '../tests/support/neo4j.ts';
import { serveApp, type ServedApp } from '../tests/support/serve.ts';

/** The server's own defaults, tunable with the variables it reads (QUERY_TIMEOUT_MS, NEO4J_POOL_SIZE, ...); NEO4J_URI is ignored. */
export function serverSettings(): { queryTimeoutMs: number; retryMs: number; connectTimeoutMs: number; poolSize: number } {
  const env = parseEnv();
  return {
    queryTimeoutMs: env.QUERY_TIMEOUT_MS,
    retryMs: env.NEO4J_RETRY_MS,
    connectTimeoutMs: env.NEO4J_CONNECT_TIMEOUT_MS,
    poolSize: env.NEO4J_POOL_SIZE,
  };
}

/** PATH_HUB_DEGREE as the server reads it: the benchmark's app and its direct paths queries go round the same hubs. */
export function pathHubDegree(): number {
  return parseEnv().PATH_HUB_DEGREE;
}

/** PATH_TIME_ORDER_BUDGET_MS as the server reads it, for the benchmark's direct time-ordered searches. */
export function pathTimeOrderBudgetMs(): number {
  return parseEnv().PATH_TIME_ORDER_BUDGET_MS;
}

export function connectClient(uri: string): GraphClient {
  return new GraphClient({ uri, ...serverSettings() });
}

export interface LocalDatabase {
  uri: string;
  version: string;
  client: GraphClient;
  close(): Promise<void>;
}

/** A throwaway local Neo4j (fresh temp store, free port) and a client on it. */
export async function startLocalDatabase(opts: { heap?: string; pageCache?: string; log: (line: string) => void }): Promise<LocalDatabase> {
  const neo4j = await startThrowawayNeo4j(opts);
  opts.log(`neo4j: ${neo4j.uri} (Neo4j ${neo4j.version}, heap ${opts.heap ?? 'default'}, page cache ${opts.pageCache ?? 'default'})`);
  const client = connectClient(neo4j.uri);
  return {
    uri: neo4j.uri,
    version: neo4j.version,
    client,
    close: async () => {
      await client.close();
      await neo4j.stop();
    },
  };
}

/**
 * The real app (routes, validation, logging middleware at level silent) on 127.0.0.1 and a port the OS picks, configured
 * as the server reads its environment (query timeout, hub cap, request gate).
 */
export function listenApp(client: GraphClient): Promise<ServedApp> {
  const env = parseEnv();
  return serveApp(
    createApp({
      client,
      logger: pino({ level: 'silent' }),
      queryTimeoutMs: env.QUERY_TIMEOUT_MS,
      pathHubDegree: env.PATH_HUB_DEGREE,
      pathTimeOrderBudgetMs: env.PATH_TIME_ORDER_BUDGET_MS,
      requestGate: { maxActive: env.API_MAX_ACTIVE, maxWaiting: env.API_MAX_WAITING, maxWaitMs: env.API_MAX_WAIT_MS },
    }),
  );
}
