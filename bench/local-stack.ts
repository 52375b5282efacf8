// A throwaway Neo4j in a temp dir with a GraphClient, and the real app on a free loopback port, as the integration tests start them.
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { createApp } from '../server/src/app.ts';
import { parseEnv } from '../server/src/env.ts';
import { GraphClient } from '../server/src/graph/client.ts';
import { startLocalNeo4j } from '../server/src/neo4j-local/local-neo4j.ts';

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

export function connectClient(uri: string): GraphClient {
  return new GraphClient({ uri, ...serverSettings() });
}

export interface LocalDatabase {
  uri: string;
  version: string;
  client: GraphClient;
  close(): Promise<void>;
}

/** Never the developer's .data/ nor another instance's store: a fresh temp dir and a free port every time. */
export async function startLocalDatabase(opts: { heap?: string; pageCache?: string; log: (line: string) => void }): Promise<LocalDatabase> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kgx-bench-neo4j-'));
  try {
    const neo4j = await startLocalNeo4j({
      dataDir,
      ...(opts.heap !== undefined ? { heap: opts.heap } : {}),
      ...(opts.pageCache !== undefined ? { pageCache: opts.pageCache } : {}),
    });
    opts.log(`neo4j: ${neo4j.uri} (Neo4j ${neo4j.version}, heap ${opts.heap ?? 'default'}, page cache ${opts.pageCache ?? 'default'})`);
    const client = connectClient(neo4j.uri);
    return {
      uri: neo4j.uri,
      version: neo4j.version,
      client,
      close: async () => {
        try {
          await client.close();
          await neo4j.stop();
        } finally {
          await rm(dataDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

export interface RunningApp {
  baseUrl: string;
  close(): Promise<void>;
}

/** The real app (routes, validation, logging middleware at level silent) on 127.0.0.1 and a port the OS picks. */
export async function listenApp(client: GraphClient): Promise<RunningApp> {
  const app = createApp({ client, logger: pino({ level: 'silent' }), queryTimeoutMs: serverSettings().queryTimeoutMs });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        // Idle keep-alive sockets from the benchmark's HTTP client would otherwise hold close() open.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
