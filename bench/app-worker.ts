// The app in a worker thread for the load test: still in-process, but the load generator and the server no longer share one event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { connectClient, listenApp } from './local-stack.ts';

export interface AppWorkerData {
  neo4jUri: string;
}

export type AppWorkerMessage = { type: 'listening'; baseUrl: string } | { type: 'closed' };

function isAppWorkerData(value: unknown): value is AppWorkerData {
  return typeof value === 'object' && value !== null && typeof (value as { neo4jUri?: unknown }).neo4jUri === 'string';
}

async function serve(): Promise<void> {
  if (!parentPort || !isAppWorkerData(workerData)) throw new Error('app-worker: must run as a worker thread given { neo4jUri }');
  const port = parentPort;
  const client = connectClient(workerData.neo4jUri);
  const app = await listenApp(client);
  port.once('message', () => {
    void app
      .close()
      .then(() => client.close())
      .then(() => {
        port.postMessage({ type: 'closed' } satisfies AppWorkerMessage);
        port.close();
      });
  });
  port.postMessage({ type: 'listening', baseUrl: app.baseUrl } satisfies AppWorkerMessage);
}

// A failure rejects the module's evaluation, which the parent sees as the worker's 'error' event.
await serve();
