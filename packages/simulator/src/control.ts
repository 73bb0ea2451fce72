import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { isIP, type AddressInfo } from 'node:net';
import { controlAnswer, controlBody, problem, type ControlAnswer } from './control-routes';
import { isLoopback } from './hosts';
import type { Simulator } from './types';
import { ConfigurationError } from 'wechatpay-ts';

export { CONTROL_DEFAULT_LIMIT, CONTROL_MAX_LIMIT } from './control-routes';

/** The largest control request body read: every operation's JSON is a few fields. */
export const CONTROL_MAX_BODY = 64 * 1024;
/** Random bytes in a generated token (base64url: 43 characters). */
export const CONTROL_TOKEN_BYTES = 32;
/** A token given must be at least this long: short ones can be guessed. */
const MIN_TOKEN = 16;

/** What `startControl` takes. */
export interface ControlOptions {
  /** The bearer token; generated (32 random bytes, base64url) when absent. At least 16 printable characters. */
  token?: string;
  /** 0 (the default): any free port. */
  port?: number;
  /** A loopback address only: `127.0.0.1` (the default), another 127.x address, `::1` or `localhost`. */
  host?: string;
  /** One line per control request (never the token). */
  log?: (line: string) => void;
}

/** A running control interface. */
export interface Control {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  port: number;
  /** Send as `Authorization: Bearer <token>`. */
  token: string;
  close(): Promise<void>;
}

function checkedHost(host: string): string {
  if (!isLoopback(host))
    throw new ConfigurationError(`startControl: host must be a loopback address (127.0.0.1, ::1 or localhost), got ${JSON.stringify(host)}`);
  return host;
}

function checkedToken(token: string | undefined): string {
  if (token === undefined) return randomBytes(CONTROL_TOKEN_BYTES).toString('base64url');
  if (typeof token !== 'string' || token.length < MIN_TOKEN || !/^[\x21-\x7e]+$/.test(token))
    throw new ConfigurationError(`startControl: token must be at least ${MIN_TOKEN} printable characters without spaces`);
  return token;
}

/** SHA-256 of both sides first, so the comparison takes the same time whatever the lengths. */
function sameToken(given: string, token: Buffer): boolean {
  return timingSafeEqual(createHash('sha256').update(given).digest(), token);
}

/** Why the request's bearer token is refused, or undefined when it is the token. */
function authProblem(req: IncomingMessage, token: Buffer): string | undefined {
  const header = req.headers.authorization;
  if (typeof header !== 'string' || header === '')
    return 'no Authorization header: send Authorization: Bearer <token> (the token `wechatpay simulate` printed and wrote to its config)';
  const match = /^Bearer +(\S+)$/i.exec(header);
  if (!match) return 'the Authorization header must be Bearer <token>';
  return sameToken(match[1]!, token) ? undefined : 'the bearer token is not this control interface’s';
}

/** The body, or undefined when it is over CONTROL_MAX_BODY (the rest is drained, not kept). */
function readSmall(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= CONTROL_MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > CONTROL_MAX_BODY ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function answerOf(sim: Simulator, req: IncomingMessage, token: Buffer): Promise<ControlAnswer> {
  // The token before anything else: without it, not even the body is parsed.
  const refused = authProblem(req, token);
  const bytes = await readSmall(req);
  if (refused) return problem(401, 'UNAUTHORIZED', refused);
  if (bytes === undefined) return problem(413, 'PARAM_ERROR', `the body is over ${CONTROL_MAX_BODY} bytes`);
  const body = controlBody(bytes);
  if (!body) return problem(400, 'PARAM_ERROR', 'the body must be empty or a JSON object');
  const url = new URL(req.url ?? '/', 'http://control/');
  return controlAnswer(sim, { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, body });
}

function send(res: ServerResponse, answer: ControlAnswer): void {
  const bytes = Buffer.from(`${JSON.stringify(answer.json)}\n`, 'utf8');
  res.writeHead(answer.status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(bytes.length),
    'Cache-Control': 'no-store',
    ...(answer.status === 401 ? { 'WWW-Authenticate': 'Bearer realm="wechatpay simulator"' } : {}),
  });
  res.end(bytes);
}

/**
 * The simulator's control interface: plain HTTP + JSON on loopback only, every request carrying
 * `Authorization: Bearer <token>` (compared in constant time), so a test written in any language
 * can pay an order, settle or fail a refund, script a fault and list the notifications sent.
 * `wechatpay simulate` starts one and writes its URL and token to the config it writes.
 *
 * @example
 * const control = await startControl(sim);
 * await fetch(`${control.url}orders/T1/pay`, { method: 'POST', headers: { Authorization: `Bearer ${control.token}` } });
 * await control.close();
 */
export async function startControl(sim: Simulator, options: ControlOptions = {}): Promise<Control> {
  const host = checkedHost(options.host ?? '127.0.0.1');
  const token = checkedToken(options.token);
  const digest = createHash('sha256').update(token).digest();
  const log = options.log ?? (() => undefined);
  const server = createServer((req, res) => {
    answerOf(sim, req, digest)
      .catch((error: unknown) => problem(500, 'SYSTEM_ERROR', (error as Error).message))
      .then((answer) => {
        log(`control ${req.method} ${req.url?.split('?')[0]} -> ${answer.status}`);
        send(res, answer);
      })
      .catch(() => req.socket.destroy());
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
  const shown = isIP(host) === 6 ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shown}:${port}/`,
    port,
    token,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
