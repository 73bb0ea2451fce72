import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface Tunnel {
  /** `host:port` asked for in the CONNECT line. */
  target: string;
  /** The Proxy-Authorization header, if any. */
  authorization: string | undefined;
}

export interface ConnectProxy {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** Every CONNECT it tunnelled, in order. */
  tunnels: Tunnel[];
  /** Plain (non-CONNECT) requests it was sent: none is expected. */
  plain: string[];
  close(): Promise<void>;
}

/**
 * An HTTP CONNECT proxy on 127.0.0.1 that records what it tunnels and pipes the bytes through
 * untouched (TLS stays end to end). With `auth` ('user:pass') it refuses a CONNECT without it (407).
 */
export async function startConnectProxy(auth?: string): Promise<ConnectProxy> {
  const tunnels: Tunnel[] = [];
  const plain: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    plain.push(`${req.method} ${req.url}`);
    res.writeHead(405).end('CONNECT only');
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.once('close', () => sockets.delete(client));
    const authorization = req.headers['proxy-authorization'];
    tunnels.push({ target: req.url ?? '', authorization });
    if (auth && authorization !== `Basic ${Buffer.from(auth).toString('base64')}`) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host ?? '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.once('close', () => {
      sockets.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.once('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    tunnels,
    plain,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
