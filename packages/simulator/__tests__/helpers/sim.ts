import { createSign, randomBytes } from 'node:crypto';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest, type RequestOptions } from 'node:https';
import { Builder, type Client, type ClientConfig } from 'wechatpay-ts';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../src';
import { rsaPair } from '../../../../__tests__/helpers/v3-server';
import { MCHID, SECRET } from '../../../../__tests__/helpers/seed';

export { MCHID, SECRET };
export const APIV3_KEY = 'an-apiv3-key-of-32-bytes-exactly';
export const MERCHANT_SERIAL = '1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C';
export const APPID = 'wxd678efh567hg6787';

/** A single-form 交易保障 report (one interface call, 10 ms) from this merchant. */
export const SINGLE_REPORT = {
  appid: APPID,
  mch_id: MCHID,
  interface_url: 'https://api.mch.weixin.qq.com/pay/unifiedorder',
  execute_time_: 10,
  return_code: 'SUCCESS',
  result_code: 'SUCCESS',
  user_ip: '8.8.8.8',
};

/** The merchant's API key pair: one per test file. */
export const merchant = rsaPair();

/** A simulator for this merchant, retries quick. */
export function startSim(extra: Partial<SimulatorOptions> = {}): Promise<Simulator> {
  return startSimulator({
    mchid: MCHID,
    secret: SECRET,
    apiv3Key: APIV3_KEY,
    merchantPublicKey: merchant.publicKey,
    merchantSerial: MERCHANT_SERIAL,
    notifyRetryDelays: [50, 50],
    ...extra,
  });
}

/** An SDK client for the simulator, in public-key mode unless `certs` says otherwise. */
export function clientFor(sim: Simulator, extra: Partial<ClientConfig> = {}): Client {
  return Builder.factory({
    mchid: MCHID,
    secret: SECRET,
    serial: MERCHANT_SERIAL,
    privateKey: merchant.privatePem,
    certs: { [sim.platform.publicKeyId]: sim.platform.publicKeyPem },
    baseURL: sim.url,
    ...extra,
  });
}

/** Poll `check` every 10 ms until it holds, at most `ms`. */
export async function waitFor(check: () => boolean, ms = 3000): Promise<void> {
  for (let waited = 0; waited < ms; waited += 10) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`condition not met within ${ms} ms`);
}

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/** A request made by hand with node:http(s), nothing of the SDK in between. */
export function rawRequest(
  url: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body = '',
  tls: RequestOptions = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const target = new URL(path, url);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(target, { method, headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) }, ...tls }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** An APIv3 Authorization made with node:crypto alone, over exactly these bytes. */
export function authorization(
  method: string,
  path: string,
  body: string,
  options: { key?: typeof merchant.privateKey; timestamp?: number; mchid?: string } = {},
): string {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const nonce = randomBytes(16).toString('hex');
  const signature = createSign('RSA-SHA256')
    .update(`${method}\n${path}\n${timestamp}\n${nonce}\n${body}\n`)
    .sign(options.key ?? merchant.privateKey, 'base64');
  return `WECHATPAY2-SHA256-RSA2048 mchid="${options.mchid ?? MCHID}",nonce_str="${nonce}",signature="${signature}",timestamp="${timestamp}",serial_no="${MERCHANT_SERIAL}"`;
}

/** The out_trade_no generator: unique per call within a file. */
let counter = 0;
export function tradeNo(prefix = 'T'): string {
  counter += 1;
  return `${prefix}${Date.now()}${counter}`.slice(0, 32);
}

/**
 * The trades the bill tests read: two native orders paid (12.34 and 5.00 yuan), 2.00 refunded from
 * the second as `R<its number>`.
 */
export async function billTrades(sim: Simulator, wx: Client, options: { prefix: string; description: string; reason?: string }) {
  const paid = tradeNo(options.prefix);
  const refunded = tradeNo(options.prefix);
  for (const [no, total] of [
    [paid, 1234],
    [refunded, 500],
  ] as const) {
    await wx.v3.pay.transactions.native.post({
      json: { appid: APPID, mchid: MCHID, description: options.description, out_trade_no: no, notify_url: 'http://127.0.0.1:9/unused', amount: { total } },
    });
    await sim.pay(no);
  }
  await wx.v3.refund.domestic.refunds.post({
    json: {
      out_trade_no: refunded,
      out_refund_no: `R${refunded}`,
      ...(options.reason ? { reason: options.reason } : {}),
      amount: { refund: 200, total: 500, currency: 'CNY' },
    },
  });
  return { paid, refunded };
}

/** The day (UTC+8) order `no` was paid, `offsetDays` away, as a bill_date: not "now", which may be past midnight. */
export function paidDay(sim: Simulator, no: string, offsetDays = 0): string {
  const base = sim.orders.get(no)?.success_time?.getTime() ?? Date.now();
  return new Date(base + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** For a simulator started with `tls: true`: trust its CA and present a client certificate it issued (for secapi/ and x-api-cert-required). */
export function tlsOptions(sim: Simulator): Pick<ClientConfig, 'httpsAgent' | 'merchant'> {
  const ca = sim.tls!.ca;
  return { httpsAgent: new HttpsAgent({ ca }), merchant: { ...sim.tls!.issueClientCertificate!(), ca } };
}

/** An APIv2 client for a simulator started with `tls: true` (see `tlsOptions`). */
export function v2TlsClient(sim: Simulator): Client {
  return Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: sim.url, ...tlsOptions(sim) });
}
