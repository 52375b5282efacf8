// Keeps the app's own Neo4j running: when the JVM exits without being asked to, it is started again on the same port
// and data, with a growing pause between attempts, and every step is logged. Clients keep their URI, so the API
// recovers without a restart of its own.
import { startLocalNeo4j, type LocalNeo4j, type StartLocalNeo4jOptions } from './local-neo4j.ts';

export interface RestartBackoff {
  /** The pause before the first restart; it doubles after each failed attempt. */
  firstMs: number;
  maxMs: number;
  /** A server that stayed up this long counts as healthy: the next crash starts from firstMs again. */
  healthyAfterMs: number;
}

export const DEFAULT_RESTART_BACKOFF: RestartBackoff = { firstMs: 1_000, maxMs: 30_000, healthyAfterMs: 60_000 };

export interface SupervisorEvents {
  info(line: string): void;
  error(line: string): void;
}

export interface SupervisedNeo4j {
  readonly uri: string;
  readonly port: number;
  /** The JVM running now (another one after each restart). */
  current(): LocalNeo4j;
  /** How many times it was started again. */
  restarts(): number;
  stop(): Promise<void>;
}

export async function superviseLocalNeo4j(
  options: StartLocalNeo4jOptions & { backoff?: RestartBackoff; events: SupervisorEvents; start?: typeof startLocalNeo4j },
): Promise<SupervisedNeo4j> {
  const { backoff = DEFAULT_RESTART_BACKOFF, events, start = startLocalNeo4j, ...startOptions } = options;
  let server = await start(startOptions);
  // The same port every time: the driver's URI stays valid across restarts.
  const fixed = { ...startOptions, port: server.port };
  let stopping = false;
  let restarts = 0;
  let cancelPause: (() => void) | undefined;
  let restarting: Promise<LocalNeo4j> | undefined;

  const pause = (ms: number) =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(true), ms);
      cancelPause = () => {
        clearTimeout(timer);
        resolve(false);
      };
    });

  const watch = (running: LocalNeo4j, startedAt: number): void => {
    void running.exited.then(async ({ code, signal }) => {
      if (stopping) return;
      let wait =
        Date.now() - startedAt >= backoff.healthyAfterMs ? backoff.firstMs : Math.min(backoff.firstMs * 2 ** restarts, backoff.maxMs);
      events.error(`local Neo4j exited unexpectedly (code ${String(code)}, signal ${String(signal)}); restarting in ${wait} ms`);
      for (;;) {
        if (!(await pause(wait)) || stopping) return;
        const attemptAt = Date.now();
        try {
          restarting = start(fixed);
          server = await restarting;
          if (stopping) return;
          restarts++;
          events.info(`local Neo4j restarted on port ${server.port} in ${Date.now() - attemptAt} ms (restart ${restarts})`);
          watch(server, Date.now());
          return;
        } catch (error) {
          if (stopping) return;
          wait = Math.min(wait * 2, backoff.maxMs);
          const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
          events.error(`local Neo4j could not be restarted: ${reason}; trying again in ${wait} ms`);
        }
      }
    });
  };
  watch(server, Date.now());

  return {
    uri: server.uri,
    port: server.port,
    current: () => server,
    restarts: () => restarts,
    stop: async () => {
      stopping = true;
      cancelPause?.();
      // A restart under way finishes first, so that the JVM it starts is the one stopped.
      await restarting?.catch(() => undefined);
      await server.stop();
    },
  };
}
