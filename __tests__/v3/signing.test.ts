import { Builder, isApiError, isConfigurationError, isVerificationError } from '../../src';
import { phpWire } from '../helpers/shared';
import { MCHID, MERCHANT_SERIAL, setupV3, type V3Setup } from '../helpers/v3-client';
import { parseAuthorization } from '../helpers/v3-server';

let v3: V3Setup;
// Typed as plain `string`: the test replays PHP's captured body and reads the server's echo.
const NATIVE: string = 'v3/pay/transactions/native';
const transaction = {
  appid: 'wxd678efh567hg6787',
  mchid: MCHID,
  out_trade_no: '1217752501201407033233368018',
  trade_state: 'SUCCESS',
  amount: { total: 100, currency: 'CNY' },
};

beforeAll(async () => {
  v3 = await setupV3();
  v3.server.routes.set('GET /v3/pay/transactions/out-trade-no/1217752501201407033233368018', () => ({ status: 200, json: transaction }));
  v3.server.routes.set('POST /v3/pay/transactions/native', (check) => ({
    status: 200,
    json: { code_url: 'weixin://wxpay/bizpayurl?pr=p4lpSuKzz', echo: JSON.parse(check.request.text) },
  }));
  v3.server.routes.set('GET /v3/pay/transactions/out-trade-no/a%20b%2Fc%27%E4%B8%AD', () => ({ status: 200, json: transaction }));
  v3.server.routes.set('GET /v3/marketing/favor/stocks', () => ({ status: 200, json: { data: [] } }));
  v3.server.routes.set('POST /v3/pay/transactions/out-trade-no/1217752501201407033233368018/close', () => ({ status: 204 }));
  v3.server.routes.set('POST /v3/refund/domestic/refunds', () => ({
    status: 400,
    json: { code: 'PARAM_ERROR', message: '参数错误', detail: { field: 'amount.refund', value: 0, issue: 'must be positive', location: 'body' } },
  }));
});
afterAll(() => v3.server.close());
beforeEach(() => {
  v3.server.fault = 'none';
  v3.server.checks.length = 0;
});

describe('request signing', () => {
  test('a GET with a placeholder and a query is signed over the path and query as sent (PHP capture 3)', async () => {
    const php = phpWire()[2]!;
    const { data } = await v3.wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: '1217752501201407033233368018', query: { mchid: MCHID } });
    expect(data).toEqual(transaction);
    const check = v3.server.checks[0]!;
    expect(check.authOk).toBe(true);
    expect(check.request.url).toBe(php.url);
    expect(check.request.text).toBe('');
    expect(Object.keys(check.authorization!)).toEqual(Object.keys(parseAuthorization(php.headers.authorization)!));
    expect(check.authorization).toMatchObject({ mchid: MCHID, serial_no: MERCHANT_SERIAL });
    expect(check.authorization!.nonce_str).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(Math.abs(Number(check.authorization!.timestamp) - Date.now() / 1000)).toBeLessThan(5);
  });

  test('a POST signs the exact JSON bytes sent, with JSON Accept/Content-Type and our User-Agent (PHP capture 4)', async () => {
    const php = phpWire()[3]!;
    const json = JSON.parse(php.body) as Record<string, unknown>;
    const { data } = await v3.wx.chain(NATIVE).post({ json });
    expect(data).toMatchObject({ code_url: expect.stringMatching(/^weixin:/), echo: json });
    const check = v3.server.checks[0]!;
    expect(check.authOk).toBe(true);
    expect(JSON.parse(check.request.text)).toEqual(JSON.parse(php.body));
    expect(check.request.headers['content-type']).toBe('application/json');
    expect(check.request.headers.accept).toBe('application/json');
    expect(check.request.headers['user-agent']).toMatch(/^wechatpay-ts\/\d+\.\d+\.\d+ axios\/[\d.]+ node\/[\d.]+/);
  });

  test('placeholder values are encoded as one segment and the signature still covers the URL sent', async () => {
    await v3.wx.chain('v3/pay/transactions/out-trade-no/{out_trade_no}').get({ out_trade_no: "a b/c'中", query: { mchid: MCHID } });
    expect(v3.server.checks[0]!.request.url).toBe('/v3/pay/transactions/out-trade-no/a%20b%2Fc%27%E4%B8%AD?mchid=1900000109');
    expect(v3.server.checks[0]!.authOk).toBe(true);
  });

  test("query values with characters the URL parser re-encodes (' and space) are signed as sent", async () => {
    await v3.wx.v3.marketing.favor.stocks.get({ query: { offset: 0, limit: 10, stock_creator_mchid: MCHID, note: "it's ok", tags: ['a', 'b'] } as never });
    const check = v3.server.checks[0]!;
    expect(check.request.url).toContain('tags=a&tags=b');
    expect(check.authOk).toBe(true);
  });

  test('concurrent calls (signed off the event loop) are each signed correctly', async () => {
    const calls = Array.from({ length: 24 }, () =>
      v3.wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: '1217752501201407033233368018', query: { mchid: MCHID } }),
    );
    const answers = await Promise.all(calls);
    expect(answers.every((answer) => (answer.data as { out_trade_no: string }).out_trade_no === '1217752501201407033233368018')).toBe(true);
    expect(v3.server.checks).toHaveLength(24);
    expect(v3.server.checks.every((check) => check.authOk)).toBe(true);
    expect(new Set(v3.server.checks.map((check) => check.authorization!.nonce_str)).size).toBe(24);
  });

  test('a 204 answer gives empty data and is still verified', async () => {
    const response = await v3.wx.v3.pay.transactions.outTradeNo._out_trade_no_.close.post({
      out_trade_no: '1217752501201407033233368018',
      json: { mchid: MCHID },
    });
    expect(response.status).toBe(204);
    expect(response.data).toBeUndefined();
    v3.server.fault = 'no-signature';
    const error = await v3.wx.v3.pay.transactions.outTradeNo._out_trade_no_.close
      .post({ out_trade_no: '1217752501201407033233368018', json: { mchid: MCHID } })
      .catch((e: unknown) => e);
    expect(isVerificationError(error)).toBe(true);
  });

  test('a v3 call on a client without v3 keys names what is missing and sends nothing', async () => {
    const wx = Builder.factory({ mchid: MCHID, secret: 'your-apiv2-secret-key-length-32b', baseURL: v3.server.url });
    const error = await wx
      .chain(NATIVE)
      .post({ json: {} })
      .catch((e: unknown) => e);
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/`serial`.*`privateKey`.*`certs`/);
    expect(v3.server.checks).toHaveLength(0);
  });

  test('a wrong merchant key is refused by the server with 401 SIGN_ERROR, surfaced as an ApiError', async () => {
    const other = (await import('../helpers/v3-server')).rsaPair();
    const wx = v3.client({ privateKey: other.privatePem });
    const error = await wx
      .chain(NATIVE)
      .post({ json: {} })
      .catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, apiCode: 'SIGN_ERROR' });
  });
});

describe('answers that are not 2xx', () => {
  test('an API error carries status, code, message, detail and Request-ID', async () => {
    const error = await v3.wx.v3.refund.domestic.refunds
      .post({ json: { out_trade_no: 'x', out_refund_no: 'R1', amount: { refund: 0, total: 1, currency: 'CNY' } } })
      .catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    if (!isApiError(error)) return;
    expect(error.status).toBe(400);
    expect(error.apiCode).toBe('PARAM_ERROR');
    expect(error.detail).toMatchObject({ field: 'amount.refund', location: 'body' });
    expect(error.requestId).toMatch(/^req-/);
    expect(error.message).toContain('PARAM_ERROR');
    expect(error.message).toContain(error.requestId!);
  });
});

describe('response verification: every failure is a VerificationError with its reason', () => {
  const cases: Array<[string, string]> = [
    ['forge', 'BAD_SIGNATURE'],
    ['tamper', 'BAD_SIGNATURE'],
    ['probe', 'PROBE'],
    ['stale', 'STALE_TIMESTAMP'],
    ['unknown-serial', 'UNKNOWN_SERIAL'],
    ['no-signature', 'MISSING_HEADER'],
    ['no-timestamp', 'MISSING_HEADER'],
    ['garbage-signature', 'BAD_SIGNATURE'],
  ];
  test.each(cases)('%s -> %s', async (fault, reason) => {
    v3.server.fault = fault as never;
    const error = await v3.wx.v3.pay.transactions.outTradeNo._out_trade_no_
      .get({ out_trade_no: '1217752501201407033233368018', query: { mchid: MCHID } })
      .catch((e: unknown) => e);
    expect(isVerificationError(error)).toBe(true);
    expect((error as { reason: string }).reason).toBe(reason);
    expect(JSON.stringify(error)).not.toMatch(/WECHATPAY2-SHA256|signature="/);
  });
});
