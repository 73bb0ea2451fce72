import { createHash } from 'node:crypto';
import {
  Builder,
  downloadBill,
  isApiError,
  isBusinessError,
  isConfigurationError,
  isTransportError,
  isVerificationError,
  VerificationReason,
  type ApiError,
  type BusinessError,
  type VerificationError,
} from '../../src';
import { startServer, useServer } from '../helpers/http';
import { loose, rejection } from '../helpers/thrown';
import { MCHID, SECRET } from '../helpers/seed';
import { wechatSign, xmlOf } from '../helpers/v2-server';
import { useV3 } from '../helpers/v3-client';

// Hostile servers on 127.0.0.1: each tries to get a forged, expired or unverifiable answer accepted.
const plainMd5 = (fields: Record<string, string>) =>
  createHash('md5')
    .update(
      Object.keys(fields)
        .filter((k) => k !== 'sign' && fields[k] !== '')
        .sort()
        .map((k) => `${k}=${fields[k]}`)
        .join('&'),
    )
    .digest('hex')
    .toUpperCase();

describe('APIv2: no answer is ever checked with an empty key', () => {
  // Answers "paid", signed with the plain MD5 of its fields: what a forger can compute without the key.
  const server = useServer(() => {
    const fields = { return_code: 'SUCCESS', return_msg: 'OK', result_code: 'SUCCESS', trade_state: 'SUCCESS', out_trade_no: 'T1' };
    return { status: 200, headers: { 'Content-Type': 'text/xml' }, body: xmlOf({ ...fields, sign: plainMd5(fields) }) };
  });

  test.each([
    ['a raw body', { body: '<xml><out_trade_no>T1</out_trade_no></xml>' }],
    ['xml', { xml: { mch_id: MCHID, out_trade_no: 'T1' } }],
    ['query (a v2 GET)', { query: { mch_id: MCHID, out_trade_no: 'T1' } }],
  ])('a client without `secret` refuses %s to a signed endpoint before sending', async (_what, options) => {
    const wx = Builder.factory({ mchid: MCHID, baseURL: server.url });
    const verb = 'query' in options ? 'get' : 'post';
    const error = await rejection(wx.chain<string>('v2/pay/orderquery')[verb](options as never));
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/secret/);
    expect(server.received).toHaveLength(0);
  });

  test('a raw body to an endpoint that answers unsigned needs no key', async () => {
    const wx = Builder.factory({ mchid: MCHID, baseURL: server.url });
    await expect(wx.v2.payitil.report.post(loose({ body: '<xml/>' }))).resolves.toBeDefined();
    expect(server.received).toHaveLength(1);
  });

  test('with the key, the plain-MD5 forgery is BAD_SIGN', async () => {
    const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: server.url });
    const error = await rejection(wx.v2.pay.orderquery.post(loose({ xml: { mch_id: MCHID, out_trade_no: 'T1' } })));
    expect(isVerificationError(error) && error.reason).toBe(VerificationReason.BAD_SIGN);
  });
});

describe('APIv2 business failures say whether they were verified', () => {
  let answer: Record<string, string> = {};
  const server = useServer(() => ({ status: 200, body: xmlOf(answer) }));
  const wx = () => Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: server.url });
  const call = () => rejection(wx().v2.pay.orderquery.post(loose({ xml: { mch_id: MCHID, out_trade_no: 'T1' } })));

  test('return_code FAIL without sign: a BusinessError marked unverified', async () => {
    answer = { return_code: 'FAIL', return_msg: 'ORDERNOTEXIST' };
    const error = (await call()) as BusinessError;
    expect(isBusinessError(error)).toBe(true);
    expect(error.verified).toBe(false);
    expect(error.message).toMatch(/unverified/);
  });

  test('return_code FAIL with a forged sign: a VerificationError, not a BusinessError', async () => {
    const fields = { return_code: 'FAIL', return_msg: 'ORDERNOTEXIST' };
    answer = { ...fields, sign: plainMd5(fields) };
    expect(((await call()) as VerificationError).reason).toBe(VerificationReason.BAD_SIGN);
  });

  test('result_code FAIL correctly signed: a verified BusinessError', async () => {
    const fields = { return_code: 'SUCCESS', return_msg: 'OK', result_code: 'FAIL', err_code: 'ORDERNOTEXIST', mch_id: MCHID };
    answer = { ...fields, sign: wechatSign(fields, SECRET) };
    const error = (await call()) as BusinessError;
    expect(isBusinessError(error) && error.verified).toBe(true);
    expect(error.errCode).toBe('ORDERNOTEXIST');
  });

  test('an HTTP error with a forged sign: a VerificationError', async () => {
    const fields = { return_code: 'FAIL', return_msg: 'SYSTEMERROR' };
    const forged = await startServer(() => ({ status: 500, body: xmlOf({ ...fields, sign: plainMd5(fields) }) }));
    try {
      const error = await rejection(
        Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: forged.url }).v2.pay.orderquery.post(loose({ xml: { mch_id: MCHID } })),
      );
      expect(isVerificationError(error)).toBe(true);
    } finally {
      await forged.close();
    }
  });
});

describe('APIv3 error answers are verified when signed', () => {
  const v3 = useV3();
  beforeEach(() => (v3.server.fault = 'none'));
  const query = () => rejection(v3.wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'T1', query: { mchid: MCHID } }));

  test('a correctly signed 404 is an ApiError marked verified', async () => {
    const error = (await query()) as ApiError;
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 404, apiCode: 'RESOURCE_NOT_EXISTS', verified: true });
    expect(error.message).not.toMatch(/unverified/);
  });

  test.each([
    ['forge', VerificationReason.BAD_SIGNATURE],
    ['probe', VerificationReason.PROBE],
    ['stale', VerificationReason.STALE_TIMESTAMP],
    ['unknown-serial', VerificationReason.UNKNOWN_SERIAL],
    ['no-signature', VerificationReason.MISSING_HEADER],
  ] as const)('a 404 ORDER_NOT_EXIST answered with fault %s is a VerificationError (%s)', async (fault, reason) => {
    v3.server.routes.set('GET /v3/pay/transactions/out-trade-no/T1', () => ({ status: 404, json: { code: 'ORDER_NOT_EXIST', message: '订单不存在' } }));
    v3.server.fault = fault;
    try {
      const error = await query();
      expect(isVerificationError(error) && error.reason).toBe(reason);
    } finally {
      v3.server.routes.delete('GET /v3/pay/transactions/out-trade-no/T1');
    }
  });

  test('an error answer with no Wechatpay-* header at all is an ApiError marked unverified', async () => {
    const bare = await startServer(() => ({
      status: 404,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: 'ORDER_NOT_EXIST', message: '订单不存在' }),
    }));
    try {
      const error = (await rejection(
        v3.client({ baseURL: bare.url }).v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'T1', query: { mchid: MCHID } }),
      )) as ApiError;
      expect(error).toMatchObject({ name: 'ApiError', status: 404, apiCode: 'ORDER_NOT_EXIST', verified: false });
      expect(error.message).toMatch(/unverified/);
    } finally {
      await bare.close();
    }
  });
});

/** A platform certificate for `key`, valid between the two dates. */
describe('downloads and redirects never take a signed request to another host', () => {
  const v3 = useV3();
  const elsewhere = useServer(() => ({ status: 200, body: 'a,b,c\n' }));

  test('a download_url on another host is refused before anything is sent there', async () => {
    const bill = {
      hash_type: 'SHA1',
      hash_value: createHash('sha1').update('a,b,c\n').digest('hex'),
      download_url: `${elsewhere.url}v3/billdownload/file?token=T`,
    };
    const error = await rejection(downloadBill(v3.wx, bill));
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/host 127\.0\.0\.1:\d+/);
    expect(elsewhere.received).toHaveLength(0);
  });

  test('a bill answer pointing elsewhere is refused too', async () => {
    v3.server.routes.set('GET /v3/bill/tradebill', () => ({
      status: 200,
      json: { hash_type: 'SHA1', hash_value: 'a'.repeat(40), download_url: `${elsewhere.url}v3/billdownload/file?token=T` },
    }));
    const error = await rejection(downloadBill(v3.wx, { type: 'tradebill', query: { bill_date: '2024-01-01' } }));
    expect(isConfigurationError(error)).toBe(true);
    expect(elsewhere.received).toHaveLength(0);
  });

  test('with redirects opted in, a redirect to another host is refused, not re-posted', async () => {
    const redirector = await startServer(() => ({ status: 307, headers: { Location: `${elsewhere.url}payitil/report` } }));
    try {
      const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: redirector.url, maxRedirects: 3 });
      const error = await rejection(wx.v2.payitil.report.post(loose({ xml: { mch_id: MCHID, appid: 'wx1' } })));
      expect(isTransportError(error)).toBe(true);
      expect((error as Error).message).toMatch(/redirected to http:\/\/127\.0\.0\.1:\d+.*never re-sent/);
      expect(elsewhere.received).toHaveLength(0);
      expect(redirector.received).toHaveLength(1);
    } finally {
      await redirector.close();
    }
  });

  test('a redirect on the same host is followed when opted in', async () => {
    const hops: string[] = [];
    const same = await startServer((request) => {
      hops.push(request.url);
      if (request.url === '/first') return { status: 307, headers: { Location: '/payitil/report' } };
      const fields = { return_code: 'SUCCESS', return_msg: 'OK' };
      return { status: 200, body: xmlOf({ ...fields, sign: wechatSign(fields, SECRET) }) };
    });
    try {
      const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: same.url, maxRedirects: 3 });
      await wx.chain('v2/first').post({ xml: { mch_id: MCHID } });
      expect(hops).toEqual(['/first', '/payitil/report']);
    } finally {
      await same.close();
    }
  });
});
