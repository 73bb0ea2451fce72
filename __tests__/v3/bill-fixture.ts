import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { setupV3, type V3Setup } from '../helpers/v3-client';
import { sha1Hex } from '../helpers/v3-server';

// What the bill suites (downloads, and input refused before sending) share: the bill endpoints
// and the download endpoint on a verifying server, and a temporary directory per test.

// A trade bill as WeChat Pay writes it: UTF-8, every field behind a backtick.
export const CSV =
  '交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额\n' +
  '`2024-01-01 10:00:00,`wxd678efh567hg6787,`1900000109,`0,`,`4200000001202401011234567890,`1217752501201407033233368018,`oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,`NATIVE,`SUCCESS,`OTHERS,`CNY,`1.00,`0.00\n' +
  '总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额\n`1,`1.00,`0.00,`0.00,`0.01000,`1.00,`0.00\n';
// Large enough to arrive in many chunks, so "half the bytes" is mid-body.
export const BIG = Array.from({ length: 4000 }, (_, i) => CSV.replace('1217752501201407033233368018', `ORDER${i}`)).join('');
export const GZ = gzipSync(CSV);
export const TOKEN = 'g44bIUH1GyQtE7ZmeTAPQx5b69qABpYuC_oZq6Aalf-gQP-lJ_FHRMLnyj2O8ujG';
// A token whose escapes must reach the server exactly as written (upper-case %XX, kept encoded).
export const ESCAPED = 'ab%2Bcd%2Fef%3D%3D';

/** What `promise` rejects with, or undefined when it resolves. */
export const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

export interface BillFixture {
  /** Set before the tests: the verifying server and its client. */
  v3: V3Setup;
  /** A fresh temporary directory for each test. */
  dir: string;
  /** A bill endpoint's answer pointing at the download endpoint with `token`. */
  answerFor: (token: string, hash?: string, extra?: string) => { hash_type: string; hash_value: string; download_url: string };
  /** The requests the download endpoint received. */
  downloads: () => V3Setup['server']['checks'];
}

/**
 * Starts the server before the suite's tests and closes it after. The download endpoint answers
 * by token: `GZ` gzip, `BIG` a long bill with its Content-Length, `EXPIRED` a 400, any other the CSV.
 *
 * @example const fx = billFixture(); test('…', () => downloadBill(fx.v3.wx, fx.answerFor(TOKEN), { path: join(fx.dir, 'a.csv') }));
 */
export function billFixture(): BillFixture {
  const fx = {
    answerFor: (token: string, hash = sha1Hex(CSV), extra = '') => ({
      hash_type: 'SHA1',
      hash_value: hash,
      download_url: `${fx.v3.server.url}v3/billdownload/file?token=${token}${extra}`,
    }),
    downloads: () => fx.v3.server.checks.filter((check) => check.request.url.startsWith('/v3/billdownload/file')),
  } as BillFixture;
  beforeAll(async () => {
    const v3 = (fx.v3 = await setupV3());
    for (const type of ['tradebill', 'fundflowbill']) {
      v3.server.routes.set(`GET /v3/bill/${type}`, (check) => {
        const query = new URL(check.request.url, 'http://x').searchParams;
        const gzip = query.get('tar_type') === 'GZIP';
        // Upper-case hash: the comparison must not care.
        return { status: 200, json: { ...fx.answerFor(gzip ? 'GZ' : TOKEN, sha1Hex(CSV).toUpperCase(), gzip ? '&tartype=gzip' : '') } };
      });
    }
    v3.server.routes.set('GET /v3/billdownload/file', (check) => {
      const token = new URL(check.request.url, 'http://x').searchParams.get('token');
      const file = { 'Content-Type': 'application/octet-stream' };
      if (token === 'GZ') return { status: 200, raw: GZ, headers: file };
      if (token === 'BIG') return { status: 200, raw: BIG, headers: { ...file, 'Content-Length': String(Buffer.byteLength(BIG)) } };
      if (token === 'EXPIRED') return { status: 400, json: { code: 'PARAM_ERROR', message: '下载链接已过期' } };
      return { status: 200, raw: CSV, headers: file };
    });
  });
  afterAll(() => fx.v3.server.close());
  beforeEach(() => {
    fx.v3.server.fault = 'none';
    fx.v3.server.checks.length = 0;
    fx.dir = mkdtempSync(join(tmpdir(), 'wechatpay-bill-'));
  });
  afterEach(() => rmSync(fx.dir, { recursive: true, force: true }));
  return fx;
}
