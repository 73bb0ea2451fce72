import { createVerify, type KeyObject } from 'node:crypto';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { startServer, type Received, type TestServer } from './http';
import { parseFlatXml, wechatSign } from './v2-server';
import { parseAuthorization } from './v3-server';

// The simulator checks signatures with the SDK's own code (src/crypto, src/signing), so a request
// the SDK signs wrongly in the same way the simulator checks it would pass. A witness sits between
// the two on 127.0.0.1 and checks each request and each answer again with node:crypto alone.

export interface WitnessCheck {
  method: string;
  url: string;
  /** APIv3: the Authorization verifies with the merchant public key over `METHOD\nURL\nTS\nNONCE\nBODY\n`. */
  authOk?: boolean;
  /** APIv2: `sign` is the MD5 (or, with `sign_type` HMAC-SHA256, the HMAC-SHA256) of the sorted `k=v&…&key=`. */
  signOk?: boolean;
  /** The upstream status, and for APIv3 whether its Wechatpay-Signature verifies with the platform key. */
  status: number;
  answerOk?: boolean;
}

export interface Witness extends TestServer {
  checks: WitnessCheck[];
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** SHA256withRSA over `signed`, checked with `key`: what WeChat Pay (and this witness) means by a verified APIv3 signature. */
export function rsaVerifies(signed: string | Buffer, signature: string | undefined, key: KeyObject): boolean {
  return createVerify('RSA-SHA256')
    .update(signed)
    .verify(key, signature ?? '', 'base64');
}

/** Does an APIv3 request's Authorization hold for `mchid` over exactly what was received? */
export function authorizationHolds(request: Received, mchid: string, merchantPublicKey: KeyObject): boolean {
  const auth = parseAuthorization(first(request.headers.authorization));
  if (!auth || auth.mchid !== mchid) return false;
  const signed = Buffer.concat([Buffer.from(`${request.method}\n${request.url}\n${auth.timestamp}\n${auth.nonce_str}\n`), request.body, Buffer.from('\n')]);
  return rsaVerifies(signed, auth.signature, merchantPublicKey);
}

function signHolds(text: string, secret: string): boolean {
  const fields = parseFlatXml(text);
  return fields.sign !== undefined && fields.sign === wechatSign(fields, secret, fields.sign_type === 'HMAC-SHA256' ? 'HMAC-SHA256' : 'MD5');
}

function forward(target: URL, request: Received): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = { ...request.headers, host: target.host };
    const upstream = httpRequest(new URL(request.url.replace(/^\//, ''), target), { method: request.method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    upstream.on('error', reject);
    upstream.end(request.body);
  });
}

/**
 * A pass-through server on 127.0.0.1 in front of `targetUrl` (plain http) that records, for every
 * request, whether its signature holds by node:crypto alone, and for APIv3 answers whether the
 * platform's signature does. Point the client's `baseURL` at `witness.url`.
 *
 * @example const witness = await startWitness(sim.url, { mchid: MCHID, secret: SECRET, merchantPublicKey, platformPublicKey: sim.platform.publicKey });
 */
export async function startWitness(
  targetUrl: string,
  keys: { mchid: string; secret: string; merchantPublicKey: KeyObject; platformPublicKey: KeyObject },
): Promise<Witness> {
  const target = new URL(targetUrl);
  const checks: WitnessCheck[] = [];
  const server = await startServer(async (request) => {
    const v3 = request.url.startsWith('/v3/');
    const answer = await forward(target, request);
    const header = (name: string) => first(answer.headers[name]);
    const check: WitnessCheck = { method: request.method, url: request.url, status: answer.status };
    if (v3) {
      check.authOk = authorizationHolds(request, keys.mchid, keys.merchantPublicKey);
      const signed = Buffer.concat([Buffer.from(`${header('wechatpay-timestamp')}\n${header('wechatpay-nonce')}\n`), answer.body, Buffer.from('\n')]);
      check.answerOk = rsaVerifies(signed, header('wechatpay-signature'), keys.platformPublicKey);
    } else {
      check.signOk = signHolds(request.text, keys.secret);
    }
    checks.push(check);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value !== undefined && !['connection', 'keep-alive', 'transfer-encoding', 'content-length'].includes(name)) headers[name] = String(first(value));
    }
    return { status: answer.status, headers, body: answer.body };
  });
  return Object.assign(server, { checks });
}
