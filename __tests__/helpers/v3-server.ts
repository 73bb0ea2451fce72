import { createHash, createSign, createVerify, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { createServer as createHttpsServer } from 'node:https';
import { startServer, type Answer, type Received, type TestServer, type Trickle } from './http';

/** An RSA key pair made for one test file. */
export function rsaPair(): { privateKey: KeyObject; publicKey: KeyObject; privatePem: string; publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey,
    publicKey,
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** Parse `WECHATPAY2-SHA256-RSA2048 k="v",…` on its own terms. */
export function parseAuthorization(header: string | undefined): Record<string, string> | undefined {
  const match = /^WECHATPAY2-SHA256-RSA2048 (.+)$/.exec(header ?? '');
  if (!match) return undefined;
  const out: Record<string, string> = {};
  for (const pair of match[1]!.matchAll(/(\w+)="([^"]*)"/g)) out[pair[1]!] = pair[2]!;
  return out;
}

export type V3Fault = 'none' | 'forge' | 'probe' | 'stale' | 'unknown-serial' | 'no-signature' | 'no-timestamp' | 'garbage-signature' | 'tamper';

export interface V3Check {
  request: Received;
  authorization: Record<string, string> | undefined;
  /** Did the Authorization verify with the merchant public key over the exact bytes received? */
  authOk: boolean;
  signedMessage: string;
}

export interface V3Server extends TestServer {
  fault: V3Fault;
  checks: V3Check[];
  /** Route table: `METHOD /path` (no query) -> handler returning status and JSON body. */
  routes: Map<string, (check: V3Check) => { status: number; json?: unknown; raw?: string | Buffer; headers?: Record<string, string>; trickle?: Trickle }>;
  /**
   * Per-route signature checks that replace `check.authOk` (still computed over the whole body) in
   * deciding the 401: for uploads, whose signature covers the `meta` part only. Same keys as `routes`.
   */
  authenticate: Map<string, (check: V3Check) => boolean>;
}

/**
 * A stand-in for api.mch.weixin.qq.com's APIv3 side. It checks each request's Authorization with the
 * merchant public key (401 SIGN_ERROR when wrong, as WeChat does) and signs its answers with the
 * platform key under `serial`, misbehaving as `fault` says.
 */
export async function startV3Server(options: {
  mchid: string;
  merchantPublicKey: KeyObject;
  merchantSerial: string;
  platformKey: KeyObject;
  serial: string;
  /** Serve https with this server certificate and key (PEM) instead of http. */
  tls?: { cert: string; key: string };
}): Promise<V3Server> {
  const tls = options.tls;
  const state = {
    fault: 'none' as V3Fault,
    checks: [] as V3Check[],
    routes: new Map() as V3Server['routes'],
    authenticate: new Map() as V3Server['authenticate'],
  };
  const signAnswer = (body: Buffer, extra: Record<string, string> = {}): Record<string, string> => {
    const fault = state.fault;
    const timestamp = String(Math.floor(Date.now() / 1000) - (fault === 'stale' ? 301 : 0));
    const nonce = randomBytes(16).toString('hex');
    const signer = createSign('RSA-SHA256');
    signer.update(Buffer.concat([Buffer.from(`${timestamp}\n${nonce}\n`), fault === 'forge' ? Buffer.from('{"forged":true}') : body, Buffer.from('\n')]));
    let signature = signer.sign(options.platformKey, 'base64');
    if (fault === 'probe') signature = `WECHATPAY/SIGNTEST/${signature}`;
    if (fault === 'garbage-signature') signature = '%%% not base64 %%%';
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'Request-ID': `req-${nonce.slice(0, 8)}`,
      'Wechatpay-Nonce': nonce,
      'Wechatpay-Serial': fault === 'unknown-serial' ? 'FFFF0000' : options.serial,
      ...extra,
    };
    if (fault !== 'no-signature') headers['Wechatpay-Signature'] = signature;
    if (fault !== 'no-timestamp') headers['Wechatpay-Timestamp'] = timestamp;
    return headers;
  };
  const server = await startServer(
    (request): Answer => {
      const authorization = parseAuthorization(request.headers.authorization);
      const signedMessage = `${request.method}\n${request.url}\n${authorization?.timestamp}\n${authorization?.nonce_str}\n${request.text}\n`;
      const verifier = createVerify('RSA-SHA256');
      verifier.update(signedMessage);
      const authOk =
        authorization !== undefined &&
        authorization.mchid === options.mchid &&
        authorization.serial_no === options.merchantSerial &&
        verifier.verify(options.merchantPublicKey, authorization.signature ?? '', 'base64');
      const check: V3Check = { request, authorization, authOk, signedMessage };
      state.checks.push(check);
      const error = (status: number, code: string, message: string): Answer => {
        const body = Buffer.from(JSON.stringify({ code, message }));
        return { status, headers: signAnswer(body), body };
      };
      const key = `${request.method} ${request.url.split('?')[0]}`;
      const authenticate = state.authenticate.get(key);
      if (!(authenticate ? authenticate(check) : authOk)) return error(401, 'SIGN_ERROR', '签名错误');
      const route = state.routes.get(key);
      if (!route) return error(404, 'RESOURCE_NOT_EXISTS', '资源不存在');
      const answer = route(check);
      const body = answer.raw !== undefined ? Buffer.from(answer.raw) : answer.json === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(answer.json));
      const headers = signAnswer(body, answer.headers);
      return {
        status: answer.status,
        headers,
        body: state.fault === 'tamper' ? Buffer.from(body.toString().replace('SUCCESS', 'SUCCEED')) : body,
        ...(answer.trickle ? { trickle: answer.trickle } : {}),
      };
    },
    tls && ((listener) => createHttpsServer(tls, listener)),
  );
  return Object.defineProperties(server, {
    fault: { get: () => state.fault, set: (value: V3Fault) => (state.fault = value), enumerable: true },
    checks: { value: state.checks, enumerable: true },
    routes: { value: state.routes, enumerable: true },
    authenticate: { value: state.authenticate, enumerable: true },
  }) as V3Server;
}

export function sha1Hex(data: Buffer | string): string {
  return createHash('sha1').update(data).digest('hex');
}
