// A TCP relay in front of the suite's Neo4j that a test can shut and open again: an outage without stopping the shared database.
import net, { type AddressInfo, type Server, type Socket } from 'node:net';

export interface TcpGate {
  /** The port the gate listens on, the same before and after a shut/open cycle. */
  port: number;
  /** Stops listening and cuts every relayed connection: callers see a database that is gone. */
  shut(): Promise<void>;
  /** Listens again on the same port and relays new connections. */
  open(): Promise<void>;
  /** Holds back everything the database says, on every connection, old and new: a database that is up but frozen. */
  freeze(): void;
  /** Lets what the database said through again. */
  thaw(): void;
  close(): Promise<void>;
}

export async function openTcpGate(target: { host: string; port: number }): Promise<TcpGate> {
  const sockets = new Set<Socket>();
  const upstreams = new Set<Socket>();
  let frozen = false;
  const relay = (client: Socket) => {
    const upstream = net.connect(target.port, target.host);
    upstreams.add(upstream);
    upstream.on('close', () => upstreams.delete(upstream));
    if (frozen) upstream.pause();
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  };
  const listen = (port: number) =>
    new Promise<Server>((resolve, reject) => {
      const server = net.createServer(relay);
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve(server));
    });

  let server: Server | undefined = await listen(0);
  const port = (server.address() as AddressInfo).port;
  const shut = async () => {
    const closing = server;
    server = undefined;
    for (const socket of sockets) socket.destroy();
    if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
  };
  return {
    port,
    shut,
    open: async () => {
      server ??= await listen(port);
    },
    freeze: () => {
      frozen = true;
      for (const upstream of upstreams) upstream.pause();
    },
    thaw: () => {
      frozen = false;
      for (const upstream of upstreams) upstream.resume();
    },
    close: shut,
  };
}
