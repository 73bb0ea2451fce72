import { createVerify } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isApiError, isTransportError, isVerificationError, isWechatpayError, VerificationReason } from '../../src';
import { downloadBill, MAX_BILL_TEXT_BYTES, type BillProgress } from '../../src/helpers/bill/bill';
import { MCHID, MERCHANT_SERIAL } from '../helpers/v3-client';
import { parseAuthorization, sha1Hex } from '../helpers/v3-server';
import { rawServer } from '../helpers/http';

import { BIG, CSV, errorOf, ESCAPED, GZ, TOKEN, billFixture } from './bill-fixture';

const fx = billFixture();
const { answerFor, downloads } = fx;
const BIG_GZ = gzipSync(BIG);

/** The raw server's own check of a GET's Authorization, with the merchant public key. */
function authorizationVerifies(req: IncomingMessage): boolean {
  const auth = parseAuthorization(req.headers.authorization);
  if (!auth || auth.mchid !== MCHID || auth.serial_no !== MERCHANT_SERIAL) return false;
  const verifier = createVerify('RSA-SHA256');
  verifier.update(`GET\n${req.url}\n${auth.timestamp}\n${auth.nonce_str}\n\n`);
  return verifier.verify(fx.v3.merchant.publicKey, auth.signature ?? '', 'base64');
}

/** Writes half of `body` (with the full Content-Length), then cuts the connection. */
const halfThenDrop = (body: Buffer) => (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(body.length) });
  res.write(body.subarray(0, body.length >> 1), () => setTimeout(() => res.socket?.destroy(), 20));
};

describe('downloadBill', () => {
  test('asks for the trade bill, downloads it and returns the CSV text, in one line', async () => {
    const csv = await downloadBill(fx.v3.wx, { type: 'tradebill', query: { bill_date: '2024-01-01' } });
    expect(csv).toBe(CSV);
    expect(fx.v3.server.checks.map((check) => check.request.url)).toEqual(['/v3/bill/tradebill?bill_date=2024-01-01', `/v3/billdownload/file?token=${TOKEN}`]);
    expect(fx.v3.server.checks.every((check) => check.authOk)).toBe(true);
  });

  test("the download is signed over download_url's path and query byte for byte, escapes included", async () => {
    const answer = answerFor(ESCAPED, sha1Hex(CSV), '&tartype=gzip&x-_.~=1');
    expect(await downloadBill(fx.v3.wx, answer)).toBe(CSV);
    const [check] = downloads();
    expect(check!.request.url).toBe(answer.download_url.slice(fx.v3.server.url.length - 1));
    expect(check!.authOk).toBe(true);
    expect(check!.authorization).toMatchObject({ mchid: MCHID, serial_no: MERCHANT_SERIAL });
  });

  test('a gzip bill streams into a file, decompressed, and nothing else is left in the directory', async () => {
    const to = join(fx.dir, 'fund-2024-01-01.csv');
    const file = await downloadBill(fx.v3.wx, { type: 'fundflowbill', query: { bill_date: '2024-01-01', account_type: 'BASIC', tar_type: 'GZIP' } }, { to });
    expect(file).toEqual({ path: to, size: Buffer.byteLength(CSV), sha1: sha1Hex(CSV) });
    expect(readFileSync(to, 'utf8')).toBe(CSV);
    expect(readdirSync(fx.dir)).toEqual(['fund-2024-01-01.csv']);
    expect(fx.v3.server.checks[0]!.request.url).toBe('/v3/bill/fundflowbill?bill_date=2024-01-01&account_type=BASIC&tar_type=GZIP');
    expect(downloads()[0]!.request.url).toBe('/v3/billdownload/file?token=GZ&tartype=gzip');
  });

  test('gzip is recognised by its magic bytes, also when the query did not say GZIP', async () => {
    expect(await downloadBill(fx.v3.wx, answerFor('GZ'))).toBe(CSV);
  });

  test('a wrong hash is HASH_MISMATCH and leaves no file, an existing one untouched', async () => {
    const to = join(fx.dir, 'bill.csv');
    const error = await errorOf(downloadBill(fx.v3.wx, answerFor('GZ', sha1Hex('something else')), { to }));
    expect(isVerificationError(error) && error.reason).toBe(VerificationReason.HASH_MISMATCH);
    expect(readdirSync(fx.dir)).toEqual([]);

    writeFileSync(to, 'yesterday');
    const again = await errorOf(downloadBill(fx.v3.wx, answerFor(TOKEN, sha1Hex('something else')), { to }));
    expect(isVerificationError(again)).toBe(true);
    expect(readdirSync(fx.dir)).toEqual(['bill.csv']);
    expect(readFileSync(to, 'utf8')).toBe('yesterday');
  });

  test('a bill that verifies replaces an existing file', async () => {
    const to = join(fx.dir, 'bill.csv');
    writeFileSync(to, 'yesterday');
    await downloadBill(fx.v3.wx, answerFor(TOKEN), { to });
    expect(readFileSync(to, 'utf8')).toBe(CSV);
    expect(readdirSync(fx.dir)).toEqual(['bill.csv']);
  });

  test.each([
    ['plain', Buffer.from(BIG)],
    ['gzip', BIG_GZ],
  ])('a connection dropped mid-body (%s) is a TransportError and leaves no file', async (_kind, body) => {
    const raw = await rawServer(halfThenDrop(body));
    try {
      const progress: BillProgress[] = [];
      const answer = { hash_type: 'SHA1', hash_value: sha1Hex(BIG), download_url: `${raw.url}v3/billdownload/file?token=${TOKEN}` };
      const error = await errorOf(
        downloadBill(fx.v3.client({ baseURL: raw.url }), answer, { to: join(fx.dir, 'bill.csv'), onProgress: (p) => progress.push(p) }),
      );
      expect(isTransportError(error)).toBe(true);
      expect((error as Error).message).toMatch(/GET \/v3\/billdownload\/file failed after \d+ bytes of the bill: aborted/);
      expect(readdirSync(fx.dir)).toEqual([]);
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
        downloadBill(fx.v3.client({ baseURL: raw.url }), {
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
      const text = await downloadBill(fx.v3.client({ baseURL: raw.url }), { hash_type: 'sha1', hash_value: sha1Hex(BIG), download_url });
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
        const text = await downloadBill(fx.v3.client({ baseURL: raw.url }), {
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
    const error = await errorOf(downloadBill(fx.v3.wx, answerFor('EXPIRED'), { to: join(fx.dir, 'bill.csv') }));
    expect(isApiError(error) && [error.status, error.apiCode]).toEqual([400, 'PARAM_ERROR']);
    expect(readdirSync(fx.dir)).toEqual([]);
  });

  test('an error answer to the bill request is an ApiError, and nothing is downloaded', async () => {
    fx.v3.server.routes.set('GET /v3/bill/tradebill', () => ({ status: 400, json: { code: 'NO_STATEMENT_EXIST', message: '账单文件不存在' } }));
    try {
      const error = await errorOf(downloadBill(fx.v3.wx, { type: 'tradebill', query: { bill_date: '2024-01-01' } }));
      expect(isApiError(error) && error.apiCode).toBe('NO_STATEMENT_EXIST');
      expect(downloads()).toHaveLength(0);
    } finally {
      fx.v3.server.routes.set('GET /v3/bill/tradebill', () => ({ status: 200, json: answerFor(TOKEN) }));
    }
  });

  test('a forged answer to the bill request is refused before any download', async () => {
    fx.v3.server.fault = 'forge';
    const error = await errorOf(downloadBill(fx.v3.wx, { type: 'tradebill', query: { bill_date: '2024-01-01' } }));
    expect(isVerificationError(error)).toBe(true);
    expect(downloads()).toHaveLength(0);
  });

  test('onProgress counts the bytes received up to Content-Length', async () => {
    const progress: BillProgress[] = [];
    await downloadBill(fx.v3.wx, answerFor('BIG', sha1Hex(BIG)), { onProgress: (p) => progress.push({ ...p }) });
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
        downloadBill(fx.v3.client({ baseURL: raw.url }), answer, {
          to: join(fx.dir, 'bill.csv'),
          signal: controller.signal,
          onProgress: ({ received }) => received > 0 && controller.abort(),
        }),
      );
      expect(isTransportError(error)).toBe(true);
      expect((error as Error).message).toMatch(/aborted/);
      expect(readdirSync(fx.dir)).toEqual([]);
    } finally {
      await raw.close();
    }
  });

  test('a bill over maxBytes is refused in memory with a hint to use `to`', async () => {
    const error = await errorOf(downloadBill(fx.v3.wx, answerFor(TOKEN), { maxBytes: 100 }));
    expect(isWechatpayError(error)).toBe(true);
    expect((error as Error).message).toMatch(/larger than 100 bytes.*`to:/);
    expect(MAX_BILL_TEXT_BYTES).toBe(256 * 1024 * 1024);
  });

  test('a throwing onProgress stops the download and leaves no file', async () => {
    const error = await errorOf(
      downloadBill(fx.v3.wx, answerFor('BIG', sha1Hex(BIG)), {
        to: join(fx.dir, 'bill.csv'),
        onProgress: ({ received }) => {
          if (received > 0) throw new Error('progress bar broke');
        },
      }),
    );
    expect((error as Error).message).toBe('progress bar broke');
    expect(readdirSync(fx.dir)).toEqual([]);
  });
});
