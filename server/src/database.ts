// Finds the database the way the whole project does: NEO4J_URI if set, else a local Neo4j started from the official artifacts.
import path from 'node:path';
import type { Env } from './env.ts';
import { GraphClient } from './graph/client.ts';
import { startLocalNeo4j } from './neo4j-local/local-neo4j.ts';
import { superviseLocalNeo4j, type SupervisorEvents } from './neo4j-local/supervisor.ts';

export interface OpenDatabase {
  client: GraphClient;
  /** Where the database lives, for logs: the configured URI or the local server's. */
  uri: string;
  local: boolean;
  close(): Promise<void>;
}

/**
 * With `supervise`, a local Neo4j that exits unexpectedly is started again (the server's mode); without, it is started
 * once (a command-line import, which fails and says so if the database goes).
 */
export async function openDatabase(
  env: Env,
  log: (line: string) => void,
  opts: { supervise?: SupervisorEvents } = {},
): Promise<OpenDatabase> {
  const clientOptions = {
    queryTimeoutMs: env.QUERY_TIMEOUT_MS,
    retryMs: env.NEO4J_RETRY_MS,
    connectTimeoutMs: env.NEO4J_CONNECT_TIMEOUT_MS,
    poolSize: env.NEO4J_POOL_SIZE,
  };
  if (env.NEO4J_URI !== undefined) {
    const client = new GraphClient({
      ...clientOptions,
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
    });
    return { client, uri: env.NEO4J_URI, local: false, close: () => client.close() };
  }
  const started = Date.now();
  log('NEO4J_URI is not set: starting a local Neo4j (first run resolves its artifacts, which takes a minute)');
  const startOptions = { dataDir: path.resolve(env.NEO4J_DATA_DIR), port: env.NEO4J_LOCAL_PORT, log };
  const server = opts.supervise
    ? await superviseLocalNeo4j({ ...startOptions, events: opts.supervise })
    : await startLocalNeo4j(startOptions);
  log(`local Neo4j ready at ${server.uri} in ${Date.now() - started} ms`);
  const uri = server.uri;
  const client = new GraphClient({ ...clientOptions, uri });
  return {
    client,
    uri,
    local: true,
    close: async () => {
      await client.close();
      await server.stop();
    },
  };
}
