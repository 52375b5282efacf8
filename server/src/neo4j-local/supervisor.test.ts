import { describe, expect, it, vi } from 'vitest';
import type { LocalNeo4j } from './local-neo4j.ts';
import { superviseLocalNeo4j } from './supervisor.ts';

/** A stand-in JVM whose exit the test decides (the real one is exercised by the integration test). */
function fakeServer(port: number) {
  let exit: (value: { code: number | null; signal: NodeJS.Signals | null }) => void = () => undefined;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => (exit = resolve));
  const server: LocalNeo4j = {
    uri: `neo4j://127.0.0.1:${port}`,
    port,
    pid: 1,
    version: '5',
    dataDir: '/data',
    exited,
    stop: async () => exit({ code: 0, signal: null }),
  };
  return { server, crash: () => exit({ code: 1, signal: null }) };
}

describe('superviseLocalNeo4j', () => {
  it('restarts on the same port, doubling the pause after each failed attempt', async () => {
    const servers = [fakeServer(7001), fakeServer(7001)];
    const ports: (number | undefined)[] = [];
    let calls = 0;
    const start = vi.fn(async (opts: { port?: number }) => {
      ports.push(opts.port);
      calls++;
      if (calls === 1) return servers[0]!.server;
      if (calls <= 3) throw new Error('port in use\nstack');
      return servers[1]!.server;
    });
    const lines: string[] = [];
    const supervised = await superviseLocalNeo4j({
      dataDir: '/data',
      start,
      backoff: { firstMs: 5, maxMs: 1_000, healthyAfterMs: 60_000 },
      events: { info: (line) => lines.push(line), error: (line) => lines.push(line) },
    });
    servers[0]!.crash();
    await vi.waitFor(() => expect(supervised.restarts()).toBe(1));
    expect(ports).toEqual([undefined, 7001, 7001, 7001]);
    expect(lines[0]).toMatch(/exited unexpectedly \(code 1, signal null\); restarting in 5 ms/);
    expect(lines[1]).toBe('local Neo4j could not be restarted: port in use; trying again in 10 ms');
    expect(lines[2]).toBe('local Neo4j could not be restarted: port in use; trying again in 20 ms');
    expect(lines[3]).toMatch(/restarted on port 7001 in \d+ ms \(restart 1\)/);
    expect(supervised.current()).toBe(servers[1]!.server);
    await supervised.stop();
    expect(start).toHaveBeenCalledTimes(4);
  });

  it('does not restart a server it was asked to stop', async () => {
    const only = fakeServer(7002);
    const start = vi.fn(async () => only.server);
    const lines: string[] = [];
    const supervised = await superviseLocalNeo4j({
      dataDir: '/data',
      start,
      events: { info: (line) => lines.push(line), error: (line) => lines.push(line) },
    });
    await supervised.stop();
    await only.server.exited;
    expect(lines).toEqual([]);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
