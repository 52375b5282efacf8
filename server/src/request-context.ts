// The request a piece of work is done for, wherever it runs: its id tags the Neo4j transactions it opens, so a query
// that outlives its request can be found (SHOW TRANSACTIONS) and reported under the id the caller was given.
import { AsyncLocalStorage } from 'node:async_hooks';

interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs work (and everything it starts) on behalf of a request. */
export function runForRequest<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work);
}

/** The id of the request the current work is done for, if any. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/** Runs work on no request's behalf (a watch over a request must not tag its own queries as the request's). */
export function runOutsideRequest<T>(work: () => T): T {
  return storage.exit(work);
}
