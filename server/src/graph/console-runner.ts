// Sends console queries to the console's worker threads and waits for each answer no longer than its timeout and a
// margin: a worker stuck decoding a huge answer is ended (and another started when needed), so the API's own thread
// never stalls on one user's query, and no other user's query ends with it.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CypherRequest, CypherResponse, ErrorCode, ErrorDetail } from '@kgx/contract';
import { AppError, OverloadedError, QueryTimeoutError, ResultTooLargeError } from '../errors.ts';
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
  /** How many console queries run at once, each on a thread of its own; more wait for a free one. */
  threads: number;
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

/** A console thread and the one query it is running, if any. */
interface ConsoleThread {
  worker: Worker;
  query?: { id: number; resolve: (response: CypherResponse) => void; reject: (error: Error) => void; timer: NodeJS.Timeout };
}

/**
 * Console queries run one per thread, on up to `threads` threads kept for the next query. A query past its deadline
 * ends its own thread and no other query; a query that finds every thread busy waits, but no longer than its timeout.
 */
export class ConsoleRunner {
  private readonly idle: ConsoleThread[] = [];
  private readonly busy = new Set<ConsoleThread>();
  private readonly waiting: { take: (thread: ConsoleThread) => void; timer: NodeJS.Timeout }[] = [];
  private nextId = 1;

  constructor(
    private readonly options: GraphClientOptions,
    private readonly limits: ConsoleLimits,
  ) {}

  async run(request: CypherRequest): Promise<CypherResponse> {
    const requestId = currentRequestId();
    const thread = await this.acquire();
    const id = this.nextId++;
    const { threads: _threads, ...limits } = this.limits;
    const message: ConsoleRequest = { id, requestId, query: request.query, params: request.params, ...limits };
    return new Promise<CypherResponse>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.end(
          thread,
          new QueryTimeoutError(`the query did not finish within ${this.limits.timeoutMs} ms; narrow it (LIMIT, fewer hops)`),
        );
      }, this.limits.timeoutMs + DEADLINE_MARGIN_MS);
      thread.query = { id, resolve, reject, timer };
      thread.worker.postMessage(message);
    });
  }

  private acquire(): Promise<ConsoleThread> {
    const thread = this.idle.pop() ?? (this.busy.size < this.limits.threads ? this.start() : undefined);
    if (thread) {
      this.busy.add(thread);
      return Promise.resolve(thread);
    }
    return new Promise<ConsoleThread>((resolve, reject) => {
      const waiter = {
        take: (free: ConsoleThread) => {
          clearTimeout(waiter.timer);
          resolve(free);
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(new OverloadedError(`every console thread was busy for ${this.limits.timeoutMs} ms; try again shortly`, 1));
        }, this.limits.timeoutMs),
      };
      this.waiting.push(waiter);
    });
  }

  /** A thread done with its query serves the next waiting one, or waits itself. */
  private release(thread: ConsoleThread): void {
    thread.query = undefined;
    const next = this.waiting.shift();
    if (next) {
      next.take(thread);
      return;
    }
    this.busy.delete(thread);
    this.idle.push(thread);
  }

  private start(): ConsoleThread {
    const thread: ConsoleThread = { worker: startWorker(this.options) };
    thread.worker.on('message', (reply: ConsoleReply) => this.settle(thread, reply));
    thread.worker.on('error', (error) => {
      const outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.end(
        thread,
        outOfMemory
          ? new ResultTooLargeError('the answer is too large to read; return less (LIMIT, fewer or smaller values)')
          : new AppError({ code: 'INTERNAL', status: 500, message: 'the console stopped unexpectedly', cause: error }),
      );
    });
    thread.worker.on('exit', () =>
      this.end(thread, new AppError({ code: 'INTERNAL', status: 500, message: 'the console stopped unexpectedly' })),
    );
    return thread;
  }

  private settle(thread: ConsoleThread, reply: ConsoleReply): void {
    const query = thread.query;
    if (query?.id !== reply.id) return;
    clearTimeout(query.timer);
    this.release(thread);
    if (reply.ok) {
      query.resolve(reply.response);
      return;
    }
    query.reject(
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

  /** Ends a thread and its query only; its place goes to a fresh thread when a query needs one. */
  private end(thread: ConsoleThread, error: Error): void {
    const idleAt = this.idle.indexOf(thread);
    if (idleAt >= 0) this.idle.splice(idleAt, 1);
    const wasBusy = this.busy.delete(thread);
    const query = thread.query;
    thread.query = undefined;
    if (query) {
      clearTimeout(query.timer);
      query.reject(error);
    }
    void thread.worker.terminate();
    // A waiting query gets the freed place.
    const next = wasBusy ? this.waiting.shift() : undefined;
    if (next) {
      const fresh = this.start();
      this.busy.add(fresh);
      next.take(fresh);
    }
  }
}
