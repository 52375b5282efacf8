// A bound on the work the database is given at once: requests beyond it wait their turn, and beyond what may wait
// (or past the longest wait) are answered 503 OVERLOADED with Retry-After at once, instead of timing out later.
import { OverloadedError } from '../errors.ts';

export interface RequestGateLimits {
  /** Requests that may work on the database at once. */
  maxActive: number;
  /** Requests that may wait for a turn; one more is refused. */
  maxWaiting: number;
  /** How long a request may wait for its turn before it is refused. */
  maxWaitMs: number;
}

/** What a refused client is told to wait before it tries again. */
const RETRY_AFTER_S = 1;

export class RequestGate {
  private active = 0;
  private readonly waiting: { admit: () => void; timer: NodeJS.Timeout }[] = [];

  constructor(private readonly limits: RequestGateLimits) {}

  /** Waits for a turn; resolves with the function that gives it back. */
  async enter(): Promise<() => void> {
    if (this.active < this.limits.maxActive) {
      this.active += 1;
      return this.leaver();
    }
    if (this.waiting.length >= this.limits.maxWaiting) {
      throw new OverloadedError(
        `the server is busy (${this.limits.maxActive} requests at work, ${this.waiting.length} waiting); try again shortly`,
        RETRY_AFTER_S,
      );
    }
    await new Promise<void>((resolve, reject) => {
      const entry = {
        admit: () => {
          clearTimeout(entry.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          reject(
            new OverloadedError(`the server is busy: no turn came within ${this.limits.maxWaitMs} ms; try again shortly`, RETRY_AFTER_S),
          );
        }, this.limits.maxWaitMs),
      };
      this.waiting.push(entry);
    });
    return this.leaver();
  }

  /** Requests at work and waiting. */
  load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }

  private leaver(): () => void {
    let left = false;
    return () => {
      if (left) return;
      left = true;
      // The turn passes straight to the next in line; the count of those at work stays the same.
      const next = this.waiting.shift();
      if (next) next.admit();
      else this.active -= 1;
    };
  }
}
