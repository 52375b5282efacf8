// After a request answered 504, looks for the queries it left behind in Neo4j. A query Neo4j cannot interrupt (one
// expression over a huge list) keeps a core busy long after its timeout; each one found is logged with the request id
// its caller was given, asked to terminate once more, and followed until it is gone.
import type { Logger } from 'pino';
import type { GraphClient } from '../graph/client.ts';
import { runOutsideRequest } from '../request-context.ts';
import { findTransactionsOfRequest, terminateTransactions, type RunningTransaction } from '../graph/overruns.ts';

export interface OverrunWatchOptions {
  /** How long after the 504 to look: a query Neo4j ends normally is gone by then. */
  graceMs: number;
  /** The first wait between looks; it doubles up to maxIntervalMs. */
  intervalMs: number;
  maxIntervalMs: number;
  /** When to stop following a query that will not end (it is logged as such). */
  giveUpAfterMs: number;
  /** Each look's own bound, so a frozen Neo4j does not hold the watch. */
  lookTimeoutMs: number;
}

export const DEFAULT_OVERRUN_WATCH: OverrunWatchOptions = {
  graceMs: 1_000,
  intervalMs: 2_000,
  maxIntervalMs: 30_000,
  giveUpAfterMs: 15 * 60_000,
  lookTimeoutMs: 5_000,
};

export class OverrunWatch {
  private readonly watched = new Set<string>();

  constructor(
    private readonly client: GraphClient,
    private readonly logger: Logger,
    private readonly options: OverrunWatchOptions = DEFAULT_OVERRUN_WATCH,
  ) {}

  /** Follows what the request left running; returns at once (the watch runs on its own timers). */
  watch(requestId: string): void {
    if (this.watched.has(requestId)) return;
    this.watched.add(requestId);
    void runOutsideRequest(() => this.follow(requestId)).finally(() => this.watched.delete(requestId));
  }

  private async follow(requestId: string): Promise<void> {
    const started = Date.now();
    let wait = this.options.graceMs;
    let reported = false;
    while (Date.now() - started <= this.options.giveUpAfterMs) {
      await new Promise((resolve) => setTimeout(resolve, wait).unref());
      wait = Math.min(Math.max(wait * 2, this.options.intervalMs), this.options.maxIntervalMs);
      let left: RunningTransaction[];
      try {
        left = await findTransactionsOfRequest(this.client, requestId, this.options.lookTimeoutMs);
      } catch (error) {
        // Neo4j down or frozen: its outage is reported on its own; the query may still be there, so look again later.
        this.logger.debug({ requestId, err: error }, 'could not look for the queries of a timed-out request');
        continue;
      }
      if (left.length === 0) {
        if (reported) this.logger.info({ requestId, afterMs: Date.now() - started }, 'the query that outlived its request has ended');
        return;
      }
      if (!reported) {
        this.logger.warn({ requestId, transactions: left }, 'a query outlived its request: it is still running in Neo4j after the 504');
        reported = true;
      }
      await terminateTransactions(
        this.client,
        left.map((t) => t.transactionId),
        this.options.lookTimeoutMs,
      ).catch((error: unknown) => this.logger.debug({ requestId, err: error }, 'could not terminate the queries of a timed-out request'));
    }
    if (reported) this.logger.error({ requestId }, 'a query that outlived its request was still running when the watch gave up');
  }
}
