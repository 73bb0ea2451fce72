import { createVerify } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isApiError, isTransportError, isVerificationError, isWechatpayError, VerificationReason } from '../../src';
import { downloadBill, MAX_BILL_TEXT_BYTES, type BillProgress } from '../../src/helpers/bill/bill';
import { MCHID, MERCHANT_SERIAL, setupV3, type V3Setup } from '../helpers/v3-client';
import { parseAuthorization, sha1Hex } from '../helpers/v3-server';
import { rawServer } from '../helpers/http';

// A trade bill as WeChat Pay writes it: UTF-8, every field behind a backtick.
const CSV =
  '交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额\n' +
  '`2024-01-01 10:00:00,`wxd678efh567hg6787,`1900000109,`0,`,`4200000001202401011234567890,`1217752501201407033233368018,`oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,`NATIVE,`SUCCESS,`OTHERS,`CNY,`1.00,`0.00\n' +
  '总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额\n`1,`1.00,`0.00,`0.00,`0.01000,`1.00,`0.00\n';
// Large enough to arrive in many chunks, so "half the bytes" is mid-body.
const BIG = Array.from({ length: 4000 }, (_, i) => CSV.replace('1217752501201407033233368018', `ORDER${i}`)).join('');
const GZ = gzipSync(CSV);
const BIG_GZ = gzipSync(BIG);
const TOKEN = 'g44bIUH1GyQtE7ZmeTAPQx5b69qABpYuC_oZq6Aalf-gQP-lJ_FHRMLnyj2O8ujG';
// A token whose escapes must reach the server exactly as written (upper-case %XX, kept encoded).
const ESCAPED = 'ab%2Bcd%2Fef%3D%3D';

let v3: V3Setup;
let dir: string;
const downloads = () => v3.server.checks.filter((check) => check.request.url.startsWith('/v3/billdownload/file'));
const answerFor = (token: string, hash = sha1Hex(CSV), extra = '') => ({
  hash_type: 'SHA1',
  hash_value: hash,
  download_url: `${v3.server.url}v3/billdownload/file?token=${token}${extra}`,
});
const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

beforeAll(async () => {
  v3 = await setupV3();
  for (const type of ['tradebill', 'fundflowbill']) {
    v3.server.routes.set(`GET /v3/bill/${type}`, (check) => {
      const query = new URL(check.request.url, 'http://x').searchParams;
      const gzip = query.get('tar_type') === 'GZIP';
      // Upper-case hash: the comparison must not care.
      return { status: 200, json: { ...answerFor(gzip ? 'GZ' : TOKEN, sha1Hex(CSV).toUpperCase(), gzip ? '&tartype=gzip' : '') } };
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
afterAll(() => v3.server.close());
beforeEach(() => {
  v3.server.fault = 'none';
  v3.server.checks.length = 0;
  dir = mkdtempSync(join(tmpdir(), 'wechatpay-bill-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The raw server's own check of a GET's Authorization, with the merchant public key. */
function authorizationVerifies(req: IncomingMessage): boolean {
  const auth = parseAuthorization(req.headers.authorization);
  if (!auth || auth.mchid !== MCHID || auth.serial_no !== MERCHANT_SERIAL) return false;
  const verifier = createVerify('RSA-SHA256');
  verifier.update(`GET\n${req.url}\n${auth.timestamp}\n${auth.nonce_str}\n\n`);
  return verifier.verify(v3.merchant.publicKey, auth.signature ?? '', 'base64');
}

/** Writes half of `body` (with the full Content-Length), then cuts the connection. */
const halfThenDrop = (body: Buffer) => (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(body.length) });
  res.write(body.subarray(0, body.length >> 1), () => setTimeout(() => res.socket?.destroy(), 20));
};

describe('downloadBill', () => {
  test('asks for the trade bill, downloads it and returns the CSV text, in one line', async () => {
    const csv = await downloadBill(v3.wx, { type: 'tradebill', query: { bill_date: '2024-01-01' } });
    expect(csv).toBe(CSV);
    expect(v3.server.checks.map((check) => check.request.url)).toEqual(['/v3/bill/tradebill?bill_date=2024-01-01', `/v3/billdownload/file?token=${TOKEN}`]);
    expect(v3.server.checks.every((check) => check.authOk)).toBe(true);
  });

  test("the download is signed over download_url's path and query byte for byte, escapes included", async () => {
    const answer = answerFor(ESCAPED, sha1Hex(CSV), '&tartype=gzip&x-_.~=1');
    expect(await downloadBill(v3.wx, answer)).toBe(CSV);
    const [check] = downloads();
    expect(check!.request.url).toBe(answer.download_url.slice(v3.server.url.length - 1));
    expect(check!.authOk).toBe(true);
    expect(check!.authorization).toMatchObject({ mchid: MCHID, serial_no: MERCHANT_SERIAL });
  });

  test('a gzip bill streams into a file, decompressed, and nothing else is left in the directory', async () => {
    const to = join(dir, 'fund-2024-01-01.csv');
    const file = await downloadBill(v3.wx, { type: 'fundflowbill', query: { bill_date: '2024-01-01', account_type: 'BASIC', tar_type: 'GZIP' } }, { to });
    expect(file).toEqual({ path: to, size: Buffer.byteLength(CSV), sha1: sha1Hex(CSV) });
    expect(readFileSync(to, 'utf8')).toBe(CSV);
    expect(readdirSync(dir)).toEqual(['fund-2024-01-01.csv']);
    expect(v3.server.checks[0]!.request.url).toBe('/v3/bill/fundflowbill?bill_date=2024-01-01&account_type=BASIC&tar_type=GZIP');
    expect(downloads()[0]!.request.url).toBe('/v3/billdownload/file?token=GZ&tartype=gzip');
  });

  test('gzip is recognised by its magic bytes, also when the query did not say GZIP', async () => {
    expect(await downloadBill(v3.wx, answerFor('GZ'))).toBe(CSV);
  });

  test('a wrong hash is HASH_MISMATCH and leaves no file, an existing one untouched', async () => {
    const to = join(dir, 'bill.csv');
    const error = await errorOf(downloadBill(v3.wx, answerFor('GZ', sha1Hex('something else')), { to }));
    expect(isVerificationError(error) && error.reason).toBe(VerificationReason.HASH_MISMATCH);
    expect(readdirSync(dir)).toEqual([]);

    writeFileSync(to, 'yesterday');
    const again = await errorOf(downloadBill(v3.wx, answerFor(TOKEN, sha1Hex('something else')), { to }));
    expect(isVerificationError(again)).toBe(true);
    expect(readdirSync(dir)).toEqual(['bill.csv']);
    expect(readFileSync(to, 'utf8')).toBe('yesterday');
  });

  test('a bill that verifies replaces an existing file', async () => {
    const to = join(dir, 'bill.csv');
    writeFileSync(to, 'yesterday');
    await downloadBill(v3.wx, answerFor(TOKEN), { to });
    expect(readFileSync(to, 'utf8')).toBe(CSV);
    expect(readdirSync(dir)).toEqual(['bill.csv']);
  });

  test.each([
    ['plain', Buffer.from(BIG)],
    ['gzip', BIG_GZ],
  ])('a connection dropped mid-body (%s) is a TransportError and leaves no file', async (_kind, body) => {
    const raw = await rawServer(halfThenDrop(body));
    try {
      const progress: BillProgress[] = [];
      const answer = { hash_type: 'SHA1', hash_value: sha1Hex(BIG), download_url: `${raw.url}v3/billdownload/file?token=${TOKEN}` };
      const error = await errorOf(downloadBill(v3.client({ baseURL: raw.url }), answer, { to: join(dir, 'bill.csv'), onProgress: (p) => progress.push(p) }));
      expect(isTransportError(error)).toBe(true);
      expect((error as Error).message).toMatch(/GET \/v3\/billdownload\/file failed after \d+ bytes of the bill: aborted/);
      expect(readdirSync(dir)).toEqual([]);
      expect(progress.at(-1)!.received).toBeLessThan(body.length);
      expect(raw.requests).toHaveLength(1);
    } finally {
      await raw.close();
    }
  });

  test('a dropped connection with the bill kept in memory is a TransportError too', async () => {
    const raw = await rawServer(halfThenDrop(Buffer.from(BIG)));
    try {
      const error = await errorOf(
        downloadBill(v3.client({ baseURL: raw.url }), {
          hash_type: 'SHA1',
          hash_value: sha1Hex(BIG),
          download_url: `${raw.url}v3/billdownload/file?token=${TOKEN}`,
        }),
      );
      expect(isTransportError(error)).toBe(true);
    } finally {
      await raw.close();
    }
  });

  test('an answer with no Wechatpay-* headers at all is accepted: the download is unsigned by design', async () => {
    const raw = await rawServer((req, res) => {
      if (!authorizationVerifies(req)) {
        res.writeHead(401, { 'Content-Type': 'application/json' });
        res.end('{"code":"SIGN_ERROR","message":"签名错误"}');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      res.end(BIG_GZ);
    });
    try {
      const download_url = `${raw.url}v3/billdownload/file?token=${ESCAPED}&tartype=gzip`;
      const text = await downloadBill(v3.client({ baseURL: raw.url }), { hash_type: 'sha1', hash_value: sha1Hex(BIG), download_url });
      expect(text).toBe(BIG);
      expect(raw.requests[0]!.url).toBe(`/v3/billdownload/file?token=${ESCAPED}&tartype=gzip`);
      expect(authorizationVerifies(raw.requests[0]!)).toBe(true);
    } finally {
      await raw.close();
    }
  });

  test('a Content-Encoding: gzip transfer is undone before the hash, over a plain or a gzip file', async () => {
    const raw = await rawServer((req, res) => {
      const file = req.url!.includes('tartype=gzip') ? GZ : Buffer.from(CSV);
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Encoding': 'gzip' });
      res.end(gzipSync(file));
    });
    try {
      for (const extra of ['', '&tartype=gzip']) {
        const text = await downloadBill(v3.client({ baseURL: raw.url }), {
          hash_type: 'SHA1',
          hash_value: sha1Hex(CSV),
          download_url: `${raw.url}v3/billdownload/file?token=${TOKEN}${extra}`,
        });
        expect(text).toBe(CSV);
      }
      expect(raw.requests[0]!.headers['accept-encoding']).toBe('gzip');
    } finally {
      await raw.close();
    }
  });

  test("an error answer to the download is an ApiError with WeChat's code, and leaves no file", async () => {
    const error = await errorOf(downloadBill(v3.wx, answerFor('EXPIRED'), { to: join(dir, 'bill.csv') }));
    expect(isApiError(error) && [error.status, error.apiCode]).toEqual([400, 'PARAM_ERROR']);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('an error answer to the bill request is an ApiError, and nothing is downloaded', async () => {
    v3.server.routes.set('GET /v3/bill/tradebill', () => ({ status: 400, json: { code: 'NO_STATEMENT_EXIST', message: '账单文件不存在' } }));
    try {
      const error = await errorOf(downloadBill(v3.wx, { type: 'tradebill', query: { bill_date: '2024-01-01' } }));
      expect(isApiError(error) && error.apiCode).toBe('NO_STATEMENT_EXIST');
      expect(downloads()).toHaveLength(0);
    } finally {
      v3.server.routes.set('GET /v3/bill/tradebill', () => ({ status: 200, json: answerFor(TOKEN) }));
    }
  });

  test('a forged answer to the bill request is refused before any download', async () => {
    v3.server.fault = 'forge';
    const error = await errorOf(downloadBill(v3.wx, { type: 'tradebill', query: { bill_date: '2024-01-01' } }));
    expect(isVerificationError(error)).toBe(true);
    expect(downloads()).toHaveLength(0);
  });

  test('onProgress counts the bytes received up to Content-Length', async () => {
    const progress: BillProgress[] = [];
    await downloadBill(v3.wx, answerFor('BIG', sha1Hex(BIG)), { onProgress: (p) => progress.push({ ...p }) });
    const total = Buffer.byteLength(BIG);
    expect(progress[0]).toEqual({ received: 0, total });
    expect(progress.at(-1)).toEqual({ received: total, total });
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.every((p, i) => i === 0 || p.received > progress[i - 1]!.received)).toBe(true);
  });

  test('aborting mid-download is a TransportError and leaves no file', async () => {
    const raw = await rawServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(BIG.length * 2) });
      res.write(BIG); // and then nothing more: only the abort can end this
    });
    try {
      const controller = new AbortController();
      const answer = { hash_type: 'SHA1', hash_value: sha1Hex(BIG), download_url: `${raw.url}v3/billdownload/file?token=${TOKEN}` };
      const error = await errorOf(
        downloadBill(v3.client({ baseURL: raw.url }), answer, {
          to: join(dir, 'bill.csv'),
          signal: controller.signal,
          onProgress: ({ received }) => received > 0 && controller.abort(),
        }),
      );
      expect(isTransportError(error)).toBe(true);
      expect((error as Error).message).toMatch(/aborted/);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      await raw.close();
    }
  });

  test('a bill over maxBytes is refused in memory with a hint to use `to`', async () => {
    const error = await errorOf(downloadBill(v3.wx, answerFor(TOKEN), { maxBytes: 100 }));
    expect(isWechatpayError(error)).toBe(true);
    expect((error as Error).message).toMatch(/larger than 100 bytes.*`to:/);
    expect(MAX_BILL_TEXT_BYTES).toBe(256 * 1024 * 1024);
  });

  test('a throwing onProgress stops the download and leaves no file', async () => {
    const error = await errorOf(
      downloadBill(v3.wx, answerFor('BIG', sha1Hex(BIG)), {
        to: join(dir, 'bill.csv'),
        onProgress: ({ received }) => {
          if (received > 0) throw new Error('progress bar broke');
        },
      }),
    );
    expect((error as Error).message).toBe('progress bar broke');
    expect(readdirSync(dir)).toEqual([]);
  });
});
