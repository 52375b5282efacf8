// Sends console queries to the console's worker thread and waits for each answer no longer than its timeout and a
// margin: a worker stuck decoding a huge answer is ended (and another started on the next query), so the API's own
// thread never stalls on one user's query.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CypherRequest, CypherResponse, ErrorCode, ErrorDetail } from '@kgx/contract';
import { AppError, QueryTimeoutError, ResultTooLargeError } from '../errors.ts';
import { currentRequestId } from '../request-context.ts';
import type { GraphClientOptions } from './client.ts';
import type { ConsoleReply, ConsoleRequest } from './console-worker.ts';

/** Beyond the query's own timeout, for Neo4j to end it and the answer to travel. */
const DEADLINE_MARGIN_MS = 2000;
/** The worker's heap: an answer that needs more ends the worker, not the server. */
const WORKER_HEAP_MB = 1024;

export interface ConsoleLimits {
  maxRows: number;
  maxBytes: number;
  timeoutMs: number;
}

interface Pending {
  resolve: (response: CypherResponse) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** tsx's ESM API, as its package declares it (a CommonJS resolution would find its other build). */
function tsxApiUrl(): string {
  const require = createRequire(import.meta.url);
  const manifest = require('tsx/package.json') as { exports: Record<string, { import: { default: string } }> };
  const entry = manifest.exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  return pathToFileURL(path.join(path.dirname(require.resolve('tsx/package.json')), entry)).href;
}

/** Starts the worker module through tsx (workers do not inherit the loader of the thread that starts them on Node 20). */
function startWorker(options: GraphClientOptions): Worker {
  const entry = new URL('./console-worker.ts', import.meta.url).href;
  const tsx = tsxApiUrl();
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => api.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`;
  const worker = new Worker(bootstrap, {
    eval: true,
    workerData: options,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  // An idle console keeps nothing alive: the process may end with the worker still waiting.
  worker.unref();
  return worker;
}

export class ConsoleRunner {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(
    private readonly options: GraphClientOptions,
    private readonly limits: ConsoleLimits,
  ) {}

  run(request: CypherRequest): Promise<CypherResponse> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    const message: ConsoleRequest = {
      id,
      requestId: currentRequestId(),
      query: request.query,
      params: request.params,
      ...this.limits,
    };
    return new Promise<CypherResponse>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.endWorker(
          worker,
          new QueryTimeoutError(`the query did not finish within ${this.limits.timeoutMs} ms; narrow it (LIMIT, fewer hops)`),
        );
      }, this.limits.timeoutMs + DEADLINE_MARGIN_MS);
      this.pending.set(id, { resolve, reject, timer });
      worker.postMessage(message);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker(this.options);
    worker.on('message', (reply: ConsoleReply) => this.settle(reply));
    worker.on('error', (error) => {
      if (this.worker !== worker) return;
      const outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.endWorker(
        worker,
        outOfMemory
          ? new ResultTooLargeError('the answer is too large to read; return less (LIMIT, fewer or smaller values)')
          : new AppError({ code: 'INTERNAL', status: 500, message: 'the console stopped unexpectedly', cause: error }),
      );
    });
    worker.on('exit', () => {
      if (this.worker === worker)
        this.endWorker(worker, new AppError({ code: 'INTERNAL', status: 500, message: 'the console stopped unexpectedly' }));
    });
    this.worker = worker;
    return worker;
  }

  private settle(reply: ConsoleReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    clearTimeout(pending.timer);
    if (reply.ok) {
      pending.resolve(reply.response);
      return;
    }
    pending.reject(
      reply.error === null
        ? new AppError({ code: 'INTERNAL', status: 500, message: 'the console query failed unexpectedly' })
        : new AppError({
            code: reply.error.code as ErrorCode,
            status: reply.error.status,
            message: reply.error.message,
            ...(Array.isArray(reply.error.details) ? { details: reply.error.details as ErrorDetail[] } : {}),
          }),
    );
  }

  private endWorker(worker: Worker, error: Error): void {
    if (this.worker === worker) this.worker = null;
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(error);
      this.pending.delete(id);
    }
    void worker.terminate();
  }
}
