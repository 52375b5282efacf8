// The console's own thread: runs read-only queries with its own driver, so that decoding a huge answer (a single
// record can hold millions of values) takes this thread's time, never the API's. Errors travel as plain fields.
import { parentPort, workerData } from 'node:worker_threads';
import type { CypherResponse } from '@kgx/contract';
import { AppError } from '../errors.ts';
import { runForRequest } from '../request-context.ts';
import { GraphClient, type GraphClientOptions } from './client.ts';
import { runReadOnlyCypher } from './cypher.ts';

export interface ConsoleRequest {
  id: number;
  /** The HTTP request it serves: its transaction carries the id, for the overrun watch. */
  requestId: string | undefined;
  query: string;
  params: Record<string, unknown>;
  maxRows: number;
  maxBytes: number;
  timeoutMs: number;
}

export type ConsoleReply =
  | { id: number; ok: true; response: CypherResponse }
  | { id: number; ok: false; error: { code: string; status: number; message: string; details?: unknown } | null };

function serve(): void {
  if (!parentPort) throw new Error('console-worker: must run as a worker thread');
  const port = parentPort;
  const client = new GraphClient(workerData as GraphClientOptions);
  port.on('message', (request: ConsoleRequest) => {
    const run = () => runReadOnlyCypher(client, request);
    (request.requestId === undefined ? run() : runForRequest(request.requestId, run)).then(
      (response) => port.postMessage({ id: request.id, ok: true, response } satisfies ConsoleReply),
      (error: unknown) => {
        const known =
          error instanceof AppError ? { code: error.code, status: error.status, message: error.message, details: error.details } : null;
        port.postMessage({ id: request.id, ok: false, error: known } satisfies ConsoleReply);
      },
    );
  });
}

serve();
