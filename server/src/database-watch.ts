// Watches the database from the app's side: an outage is logged when it begins and when it ends, whoever runs
// Neo4j, so an operator (or a supervisor reading the log) sees it. The API keeps answering 503 meanwhile.
import type { Logger } from 'pino';
import type { GraphClient } from './graph/client.ts';
import { readDatabaseInfo } from './graph/health.ts';

export interface DatabaseWatchOptions {
  intervalMs: number;
  probeTimeoutMs: number;
}

export const DEFAULT_DATABASE_WATCH: DatabaseWatchOptions = { intervalMs: 5_000, probeTimeoutMs: 2_000 };

export interface DatabaseWatch {
  /** Whether the last probe reached the database. */
  reachable(): boolean;
  stop(): void;
}

export function watchDatabase(client: GraphClient, logger: Logger, options: DatabaseWatchOptions = DEFAULT_DATABASE_WATCH): DatabaseWatch {
  let reachable = true;
  let downSince = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const probe = async (): Promise<void> => {
    try {
      await readDatabaseInfo(client, options.probeTimeoutMs);
      if (!reachable) logger.info({ downMs: Date.now() - downSince }, `Neo4j is reachable again after ${Date.now() - downSince} ms`);
      reachable = true;
    } catch (error) {
      if (reachable) {
        downSince = Date.now();
        const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
        logger.error({ code }, 'Neo4j is unreachable; requests answer 503 until it returns');
      }
      reachable = false;
    }
    if (!stopped) timer = setTimeout(() => void probe(), options.intervalMs).unref();
  };
  timer = setTimeout(() => void probe(), options.intervalMs).unref();

  return {
    reachable: () => reachable,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
