import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';

export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
  /** The client's port: equal across calls when a keep-alive socket is reused. */
  remotePort: number | undefined;
  /** The CN of the client certificate presented over mutual TLS, if any. */
  clientCN: string | undefined;
}

/** How a test server answers; `trickle` writes the body in `parts` pieces, `delayMs` apart. */
export type Answer = { status?: number; headers?: Record<string, string>; body?: string | Buffer; destroy?: boolean; trickle?: Trickle };
export interface Trickle {
  parts: number;
  delayMs: number;
}

/** Write `body` in `parts` pieces `delayMs` apart, then end; stops if the client goes away. */
export function trickle(res: ServerResponse, body: Buffer, { parts, delayMs }: Trickle): void {
  const size = Math.ceil(body.length / parts);
  const send = (index: number) => {
    if (res.destroyed) return;
    if (index >= parts) return void res.end();
    res.write(body.subarray(index * size, (index + 1) * size));
    setTimeout(() => send(index + 1), delayMs).unref();
  };
  send(0);
}

export interface TestServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  received: Received[];
  close(): Promise<void>;
}

/** Reads a whole request body, bounded to 1 MiB. */
export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 1 << 20) req.destroy(new Error('body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A node:http server on 127.0.0.1, port 0, answering with `handle`. */
export async function startServer(
  handle: (req: Received) => Answer | Promise<Answer>,
  wrap?: (listener: (req: IncomingMessage, res: ServerResponse) => void) => Server,
): Promise<TestServer> {
  const received: Received[] = [];
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    readBody(req)
      .then(async (body) => {
        const socket = req.socket as TLSSocket;
        const peer = typeof socket.getPeerCertificate === 'function' ? socket.getPeerCertificate() : undefined;
        const clientCN = peer && peer.subject ? String(peer.subject.CN) : undefined;
        const request: Received = {
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          body,
          text: body.toString('utf8'),
          remotePort: socket.remotePort,
          clientCN,
        };
        received.push(request);
        const answer = await handle(request);
        if (answer.destroy) {
          res.socket?.destroy();
          return;
        }
        res.writeHead(answer.status ?? 200, answer.headers ?? {});
        if (answer.trickle) trickle(res, Buffer.from(answer.body ?? ''), answer.trickle);
        else res.end(answer.body ?? '');
      })
      .catch((error: Error) => {
        res.writeHead(500);
        res.end(String(error.message));
      });
  };
  const server = wrap ? wrap(listener) : createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const scheme = wrap ? 'https' : 'http';
  return {
    url: `${scheme}://127.0.0.1:${port}/`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/**
 * `startServer(handle)` for the whole test file (or `describe`): started before its tests, closed
 * after them, `received` emptied before each.
 *
 * @example const other = useServer(() => ({ status: 200, body: 'ok' }));
 */
export function useServer(handle: (req: Received) => Answer | Promise<Answer>): TestServer {
  const fixture = {} as TestServer;
  beforeAll(async () => {
    Object.assign(fixture, await startServer(handle));
  });
  afterAll(() => fixture.close());
  beforeEach(() => {
    fixture.received.length = 0;
  });
  return fixture;
}

/** A port on 127.0.0.1 that was free a moment ago (nothing listens there now). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A raw node:http server, for answers the helper servers cannot give (cut short, unsigned); every response it starts is ended when it closes. */
export async function rawServer(
  handle: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ url: string; requests: IncomingMessage[]; close(): Promise<void> }> {
  const requests: IncomingMessage[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req);
    handle(req, res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Sends headers, then one byte every 250 ms for at most 60 s: never finishing within a test's deadline. */
export const drip = (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(200, { 'Content-Type': 'text/xml' });
  let sent = 0;
  const timer = setInterval(() => {
    if (res.destroyed || sent++ > 240) return void clearInterval(timer);
    res.write(' ');
  }, 250);
  res.on('close', () => clearInterval(timer));
};
