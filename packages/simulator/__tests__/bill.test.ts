import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { Certificates, downloadBill, isApiError, type Client } from 'wechatpay-ts';
import type { Simulator } from '../src';
import { APIV3_KEY, authorization, billTrades, clientFor, MCHID, paidDay, rawRequest, useSimulator } from './helpers';

let sim: Simulator;
let wx: Client;
let paid: string;
let refunded: string;

/** A day in UTC+8, as bill_date: by default the day the bill's orders were paid (not "now", which may be past midnight). */
const beijingDay = (offsetDays = 0) => paidDay(sim, paid, offsetDays);

useSimulator({}, (f) => ({ sim, wx } = f));
beforeAll(async () => {
  ({ paid, refunded } = await billTrades(sim, wx, { prefix: 'B', description: '账单, 测试' }));
});

describe('trade bills', () => {
  test("downloadBill asks for today's gzip bill, downloads it, gunzips it and checks its SHA-1", async () => {
    const csv = await downloadBill(wx, { type: 'tradebill', query: { bill_date: beijingDay(), tar_type: 'GZIP' } });
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,/);
    const rows = lines.filter((line) => line.includes(`\`${paid},`) || line.includes(`\`${refunded},`));
    // One payment row each, plus the refund row.
    expect(rows).toHaveLength(3);
    const payment = lines.find((line) => line.includes(`\`${paid},`))!.split(',');
    expect(payment.every((value) => value.startsWith('`'))).toBe(true);
    expect(payment[2]).toBe(`\`${MCHID}`);
    expect(payment[5]).toBe(`\`${sim.orders.get(paid)!.transaction_id}`);
    expect(payment[9]).toBe('`SUCCESS');
    expect(payment[12]).toBe('`12.34');
    // The description's comma cannot break the columns.
    expect(payment[20]).toBe('`账单， 测试');
    const refund = lines.find((line) => line.includes('`REFUND,'))!.split(',');
    expect(refund[15]).toBe(`\`R${refunded}`);
    expect(refund[16]).toBe('`2.00');
    const summaryAt = lines.indexOf('总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额');
    expect(summaryAt).toBeGreaterThan(0);
    expect(lines[summaryAt + 1]!.split(',').slice(0, 3)).toEqual(['`3', '`17.34', '`2.00']);
  });

  test("the answer's hash is the SHA-1 of the plain CSV while the file is sent gzipped and unsigned", async () => {
    const { data } = await wx.v3.bill.tradebill.get({ query: { bill_date: beijingDay(), tar_type: 'GZIP' } });
    expect(data).toMatchObject({ hash_type: 'SHA1', hash_value: expect.stringMatching(/^[0-9a-f]{40}$/) });
    expect(data.download_url.startsWith(`${sim.url}v3/billdownload/file?token=`)).toBe(true);
    const path = data.download_url.slice(sim.url.length - 1);
    // Hand-made, binary: the bytes exactly as sent.
    const answer = await new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      const req = request(new URL(path, sim.url), { headers: { Authorization: authorization('GET', path, '') } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['wechatpay-signature']).toBeUndefined();
    expect(answer.headers['request-id']).toBeDefined();
    const plain = gunzipSync(answer.body);
    expect(createHash('sha1').update(plain).digest('hex')).toBe(data.hash_value);
  });

  test('a day without trades is NO_STATEMENT_EXIST; a future day, a bad date or an unknown token are 400', async () => {
    const empty = await wx.v3.bill.tradebill.get({ query: { bill_date: beijingDay(-1) } }).catch((e: unknown) => e);
    expect(isApiError(empty) && [empty.status, empty.apiCode]).toEqual([400, 'NO_STATEMENT_EXIST']);
    const future = await wx.v3.bill.tradebill.get({ query: { bill_date: beijingDay(2) } }).catch((e: unknown) => e);
    expect(isApiError(future) && future.apiCode).toBe('INVALID_REQUEST');
    const bad = await wx.v3.bill.tradebill.get({ query: { bill_date: '2024-02-30' } }).catch((e: unknown) => e);
    expect(isApiError(bad) && bad.apiCode).toBe('PARAM_ERROR');
    const path = '/v3/billdownload/file?token=unknown';
    const token = await rawRequest(sim.url, 'GET', path, { Authorization: authorization('GET', path, '') });
    expect(token.status).toBe(400);
  });
});

describe('GET /v3/certificates', () => {
  test('without the simulator CA, a client with no keys refuses its certificate: it is not issued by Tenpay.com Root CA', async () => {
    const bare = clientFor(sim, { certs: undefined });
    const error = await Certificates.download(bare, { apiv3Key: APIV3_KEY }).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'CERTIFICATE_UNTRUSTED', message: expect.stringContaining('sim.platform.ca') });
    expect((error as Error).message).toContain(sim.platform.certificateSerial);
    expect(Certificates.keys(bare)).toEqual([]);
  });

  test('Certificates.download bootstraps a client with no keys from the encrypted certificate, issued by sim.platform.ca', async () => {
    const bare = clientFor(sim, { certs: undefined, platformCertificateAuthorities: sim.platform.ca });
    expect(Certificates.keys(bare)).toEqual([]);
    const [certificate, ...rest] = await Certificates.download(bare, { apiv3Key: APIV3_KEY });
    expect(rest).toEqual([]);
    expect(certificate!.serial).toBe(sim.platform.certificateSerial);
    expect(certificate!.pem).toBe(sim.platform.certificatePem);
    expect(certificate!.certificate.publicKey.equals(sim.platform.publicKey)).toBe(true);
    expect(Certificates.keys(bare).map((k) => k.id)).toEqual([sim.platform.certificateSerial]);
    // Now ordinary calls verify, under the certificate serial.
    const { data, headers } = await bare.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: paid, query: { mchid: MCHID } });
    expect(data.trade_state).toBe('SUCCESS');
    expect(headers['wechatpay-serial']).toBe(sim.platform.certificateSerial);
  });

  test('with the wrong APIv3 key the certificate does not decrypt', async () => {
    const bare = clientFor(sim, { certs: undefined, platformCertificateAuthorities: sim.platform.ca });
    const error = await Certificates.download(bare, { apiv3Key: 'x'.repeat(32) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'DECRYPT_FAILED' });
  });

  test('it is signed under the public-key id a public-key-mode client names, so that client downloads on its word', async () => {
    const { headers } = await wx.v3.certificates.get();
    expect(headers['wechatpay-serial']).toBe(sim.platform.publicKeyId);
    const [certificate] = await Certificates.download(wx, { apiv3Key: APIV3_KEY });
    expect(certificate!.serial).toBe(sim.platform.certificateSerial);
    expect(Certificates.keys(wx).map((k) => k.id)).toContain(sim.platform.certificateSerial);
  });
});
