import { createSign, randomBytes, type KeyObject } from 'node:crypto';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';

/** One request as the raw server read it: its head (request line and headers) and its body. */
export interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** What the raw server writes back: byte strings written in turn, `delayMs` apart; then it closes the socket unless `keepOpen`. */
export interface RawAnswer {
  writes: Array<string | Buffer>;
  delayMs?: number;
  keepOpen?: boolean;
}

export interface RawSocketServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  requests: RawRequest[];
  close(): Promise<void>;
}

const MAX_REQUEST_BYTES = 1 << 20;

/** The request at the start of `buffer`, once its head and its Content-Length of body have all arrived. */
function parseRequest(buffer: Buffer): RawRequest | undefined {
  const end = buffer.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const [line = '', ...fields] = buffer.subarray(0, end).toString('latin1').split('\r\n');
  const headers: Record<string, string> = {};
  for (const field of fields) {
    const colon = field.indexOf(':');
    headers[field.slice(0, colon).trim().toLowerCase()] = field.slice(colon + 1).trim();
  }
  const length = Number(headers['content-length'] ?? 0);
  if (buffer.length < end + 4 + length) return undefined;
  const [method = '', path = ''] = line.split(' ');
  return { method, path, headers, body: buffer.subarray(end + 4, end + 4 + length) };
}

/**
 * A server on 127.0.0.1 (port 0) that speaks HTTP/1.1 by hand: it reads one request per
 * connection (head, then Content-Length bytes of body) and writes back exactly the bytes `answer`
 * gives, byte for byte: interim answers, stray bytes, a body cut short inside a complete message.
 */
export async function rawSocketServer(answer: (request: RawRequest) => RawAnswer): Promise<RawSocketServer> {
  const requests: RawRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffer = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (buffer.length > MAX_REQUEST_BYTES) return void socket.destroy();
      const request = parseRequest(buffer);
      if (!request) return;
      socket.off('data', onData);
      requests.push(request);
      const { writes, delayMs = 0, keepOpen = false } = answer(request);
      const write = (index: number) => {
        if (socket.destroyed) return;
        if (index >= writes.length) return void (keepOpen ? undefined : socket.end());
        socket.write(writes[index]!);
        setTimeout(() => write(index + 1), delayMs).unref();
      };
      write(0);
    };
    socket.on('data', onData);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

/** A response head: status line, the headers given, and the blank line. */
export function head(status: string, headers: Record<string, string | number>): string {
  return `HTTP/1.1 ${status}\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n`;
}

/** The four Wechatpay-* headers of an APIv3 answer, signed over `body` with the platform key, on their own terms. */
export function signedV3Headers(platformKey: KeyObject, serial: string, body: Buffer | string): Record<string, string> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = randomBytes(16).toString('hex');
  const signer = createSign('RSA-SHA256');
  signer.update(Buffer.concat([Buffer.from(`${timestamp}\n${nonce}\n`), Buffer.from(body), Buffer.from('\n')]));
  return {
    'Request-ID': `req-${nonce.slice(0, 8)}`,
    'Wechatpay-Timestamp': timestamp,
    'Wechatpay-Nonce': nonce,
    'Wechatpay-Serial': serial,
    'Wechatpay-Signature': signer.sign(platformKey, 'base64'),
  };
}
