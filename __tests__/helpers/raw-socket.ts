import { createSign, randomBytes, type KeyObject } from 'node:crypto';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import type { Agent } from 'node:http';
import type { ClientConfig } from '../../src';
import { MCHID, SECRET } from './seed';
import { wechatSign, xmlOf } from './v2-server';

/** One request as the raw server read it: its head (request line and headers) and its body. */
export interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer;
  /** The client's port: the same for requests on one kept-alive connection. */
  remotePort?: number;
}

/** What the raw server writes back: byte strings written in turn, `delayMs` apart; then it closes the socket unless `keepOpen`. */
export interface RawAnswer {
  writes: Array<string | Buffer>;
  delayMs?: number;
  keepOpen?: boolean;
}

export interface RawSocketServer {
  /** `http://127.0.0.1:<port>/`, or `https://` over TLS */
  url: string;
  requests: RawRequest[];
  close(): Promise<void>;
}

const MAX_REQUEST_BYTES = 1 << 20;

/** The request at the start of `buffer` and its length, once its head and its Content-Length of body have all arrived. */
function parseRequest(buffer: Buffer): { request: RawRequest; length: number } | undefined {
  const end = buffer.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const [line = '', ...fields] = buffer.subarray(0, end).toString('latin1').split('\r\n');
  const headers: Record<string, string> = {};
  for (const field of fields) {
    const colon = field.indexOf(':');
    headers[field.slice(0, colon).trim().toLowerCase()] = field.slice(colon + 1).trim();
  }
  const length = end + 4 + Number(headers['content-length'] ?? 0);
  if (buffer.length < length) return undefined;
  const [method = '', path = ''] = line.split(' ');
  return { request: { method, path, headers, body: buffer.subarray(end + 4, length) }, length };
}

/**
 * A server on 127.0.0.1 (port 0) that speaks HTTP/1.1 by hand: it reads a request (head, then
 * Content-Length bytes of body) and writes back exactly the bytes `answer` gives, byte for byte:
 * interim answers, stray bytes, a body cut short inside a complete message. A connection carries
 * requests one after another while its answers keep it open. With `tls` (a key and certificate),
 * it speaks HTTPS.
 */
export async function rawSocketServer(answer: (request: RawRequest) => RawAnswer, tls?: { key: string; cert: string }): Promise<RawSocketServer> {
  const requests: RawRequest[] = [];
  const sockets = new Set<Socket>();
  const onConnection = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffer = Buffer.alloc(0);
    let answering = false;
    const next = () => {
      const parsed = answering ? undefined : parseRequest(buffer);
      if (!parsed) return;
      buffer = buffer.subarray(parsed.length);
      requests.push({ ...parsed.request, remotePort: socket.remotePort });
      answering = true;
      const { writes, delayMs = 0, keepOpen = false } = answer(parsed.request);
      const write = (index: number) => {
        if (socket.destroyed) return;
        if (index < writes.length) {
          socket.write(writes[index]!);
          return void setTimeout(() => write(index + 1), delayMs).unref();
        }
        if (!keepOpen) return void socket.end();
        answering = false;
        next();
      };
      write(0);
    };
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (buffer.length > MAX_REQUEST_BYTES) return void socket.destroy();
      next();
    });
  };
  const server: Server = tls ? createTlsServer(tls, onConnection) : createServer(onConnection);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}/`,
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

/** A paid order as APIv2 `pay/orderquery` answers it, signed with the seed's key. */
export function signedOrderXml(): Buffer {
  const order = {
    return_code: 'SUCCESS',
    return_msg: 'OK',
    appid: 'wx8888888888888888',
    mch_id: MCHID,
    nonce_str: 'n1',
    result_code: 'SUCCESS',
    trade_state: 'SUCCESS',
    out_trade_no: 'T1',
  };
  return Buffer.from(xmlOf({ ...order, sign: wechatSign(order, SECRET) }));
}

/**
 * The transports a call may take, each as [name, the client's options, the call's]: undici, and
 * axios' own http adapter for a client given an agent or for a call given `adapter: 'http'`.
 */
export function transports(agent: Agent): Array<[string, Partial<ClientConfig>, Record<string, unknown>]> {
  return [
    ['undici', {}, {}],
    ["axios' adapter (a client with an httpAgent)", { httpAgent: agent } as Partial<ClientConfig>, {}],
    ["axios' adapter (a call with adapter: 'http')", {}, { adapter: 'http' }],
  ];
}
