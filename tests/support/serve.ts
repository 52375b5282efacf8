// Serves an Express app on 127.0.0.1 and a port the OS picks, for tests and benchmarks alike.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export interface ServedApp {
  baseUrl: string;
  close(): Promise<void>;
}

export async function serveApp(app: Express): Promise<ServedApp> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        // Idle keep-alive sockets of an HTTP client would otherwise hold close() open.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
