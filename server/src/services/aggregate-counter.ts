// Keeps the stored aggregates (the evidence count, the timeline's months) right after the small writes (review decisions,
// merges): a recount runs shortly after the last of a burst, off the request, so a reviewer's clicks never wait for a
// read of every relation.
import type { Logger } from 'pino';
import type { GraphClient } from '../graph/client.ts';
import { ensureDateSpanIndexes } from '../graph/date-spans.ts';
import { storeAggregates } from '../graph/stats.ts';
import { runOutsideRequest } from '../request-context.ts';

/** How long after the last change the recount starts. */
const QUIET_MS = 300;

export class AggregateCounter {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly client: GraphClient,
    private readonly logger: Logger,
  ) {}

  /** The evidence or the dates may have changed: recount soon. */
  changed(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => runOutsideRequest(() => this.recount()), QUIET_MS).unref();
  }

  private recount(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    // An accepted proposal may bring a relation type the graph did not hold: it gets its window index.
    this.running = storeAggregates(this.client)
      .then(() => ensureDateSpanIndexes(this.client))
      .catch((error: unknown) =>
        this.logger.warn({ err: error }, 'could not recount the evidence and the timeline; the next change tries again'),
      )
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.changed();
        }
      });
  }
}
