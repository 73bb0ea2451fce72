import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

/** A request as the handlers see it: bytes read in full, the path and query split. */
export interface Incoming {
  method: string;
  /** Path and query exactly as received: what an APIv3 signature covers. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Over TLS: did the client present a certificate that chains to the configured CA? */
  clientCertificate: { presented: boolean; authorized: boolean; error?: string } | undefined;
}

/** An answer as exact bytes, already signed where it must be. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export const MAX_BODY = 1 << 20;

/**
 * The request body, or undefined when it is over 1 MiB (the rest is drained, not kept).
 *
 * @example const body = await readBody(req); if (body === undefined) answerTooLarge();
 */
export function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * The request with what the handlers need.
 *
 * @example const incoming = incomingOf(req, await readBody(req));
 */
export function incomingOf(req: IncomingMessage, body: Buffer): Incoming {
  const url = req.url ?? '/';
  const at = url.indexOf('?');
  const path = at < 0 ? url : url.slice(0, at);
  const socket = req.socket as TLSSocket;
  let clientCertificate: Incoming['clientCertificate'];
  if (typeof socket.getPeerCertificate === 'function') {
    const peer = socket.getPeerCertificate();
    const presented = peer !== null && typeof peer === 'object' && Object.keys(peer).length > 0;
    const error = socket.authorizationError;
    clientCertificate = { presented, authorized: presented && socket.authorized, ...(error ? { error: String(error) } : {}) };
  }
  return { method: req.method ?? 'GET', url, path, query: new URLSearchParams(at < 0 ? '' : url.slice(at + 1)), headers: req.headers, body, clientCertificate };
}

/**
 * One header's value (Node keeps the first of a repeated one); a list-valued header counts as absent.
 *
 * @example header(incoming, 'Wechatpay-Serial') // 'PUB_KEY_ID_…' or undefined
 */
export function header(incoming: Incoming, name: string): string | undefined {
  const value = incoming.headers[name.toLowerCase()];
  return typeof value === 'string' ? value : undefined;
}
