import { timingSafeEqual } from 'node:crypto';
import { Agent, createServer } from 'node:https';
import { Builder, micropay, type Client, type MicropayOptions } from '../../src';
import { startServer, type Answer, type TestServer } from '../helpers/http';
import { makePki, type TestPki } from '../helpers/pki';
import { MCHID, SECRET } from '../helpers/seed';
import { parseFlatXml, wechatSign, xmlOf } from '../helpers/v2-server';

// 付款码 against a WeChat Pay that answers, signed with the merchant's own key, that an order is
// paid, but not the payment asked for: the out_trade_no was used before for another amount, currency,
// app or merchant. Never SUCCESS; never reversed (that would refund the earlier, real payment).

const APPID = 'wxd678efh567hg6787';
const SUB_MCHID = '1900000100';
/** How the answer describing the paid order differs from the request; `null` leaves a field out. */
type Paid = Record<string, string | null>;

let pki: TestPki;
let server: TestServer;
let wx: Client;
const script: { pay: 'paid' | 'ORDERPAID'; paid: Paid; query: Paid } = { pay: 'paid', paid: {}, query: {} };
const calls: string[] = [];
let lastPay: Record<string, string> = {};

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
const signed = (fields: Record<string, string>): Answer => ({
  headers: { 'content-type': 'text/xml' },
  body: xmlOf({ ...fields, sign: wechatSign(fields, SECRET) }),
});
/** The order as the request describes it, changed as `paid` says. */
function order(request: Record<string, string>, paid: Paid): Record<string, string> {
  const fields: Record<string, string> = {
    return_code: 'SUCCESS',
    return_msg: 'OK',
    appid: request.appid!,
    mch_id: request.mch_id!,
    ...(request.sub_mch_id ? { sub_mch_id: request.sub_mch_id } : {}),
    nonce_str: 'hostilenonce',
    result_code: 'SUCCESS',
    out_trade_no: request.out_trade_no!,
    total_fee: request.total_fee!,
    ...(request.fee_type ? { fee_type: request.fee_type } : {}),
    transaction_id: '4200000000000000000000000001',
  };
  for (const [name, value] of Object.entries(paid)) {
    if (value === null) delete fields[name];
    else fields[name] = value;
  }
  return fields;
}

beforeAll(async () => {
  pki = makePki();
  server = await startServer(
    (request) => {
      const path = request.url.split('?')[0]!;
      const fields = parseFlatXml(request.text);
      calls.push(path);
      if (!fields.sign || !same(wechatSign(fields, SECRET), fields.sign)) return { status: 200, body: xmlOf({ return_code: 'FAIL', return_msg: '签名错误' }) };
      if (path === '/secapi/pay/reverse')
        return signed({ return_code: 'SUCCESS', appid: fields.appid!, mch_id: fields.mch_id!, result_code: 'SUCCESS', recall: 'N' });
      // The query names the order only: the server remembers what the payment asked for.
      if (path === '/pay/orderquery') return signed({ ...order(lastPay, script.query), trade_state: 'SUCCESS' });
      lastPay = fields;
      if (script.pay === 'ORDERPAID')
        return signed({
          return_code: 'SUCCESS',
          appid: fields.appid!,
          mch_id: fields.mch_id!,
          result_code: 'FAIL',
          err_code: 'ORDERPAID',
          err_code_des: '订单已支付',
        });
      return signed(order(fields, script.paid));
    },
    (listener) => createServer({ key: pki.serverKey, cert: pki.serverCert, ca: pki.ca, requestCert: true, rejectUnauthorized: false }, listener),
  );
  wx = Builder.factory({
    mchid: MCHID,
    secret: SECRET,
    baseURL: server.url,
    httpsAgent: new Agent({ ca: pki.ca }),
    merchant: { cert: pki.clientCert, key: pki.clientKey, ca: pki.ca },
  });
});
afterAll(async () => {
  await server.close();
  pki.cleanup();
});
beforeEach(() => {
  calls.length = 0;
  Object.assign(script, { pay: 'paid', paid: {}, query: {} });
});

const FAST: MicropayOptions = { pollMs: 20, deadlineMs: 3_000, reverse: { delayMs: 10 } };
const xml = (extra: Record<string, unknown> = {}) => ({
  appid: APPID,
  mch_id: MCHID,
  body: '门店消费',
  out_trade_no: 'POS-MISMATCH-1',
  total_fee: 100,
  spbill_create_ip: '8.8.8.8',
  auth_code: '134567890123456789',
  ...extra,
});

const MISMATCHES: Array<[string, Paid, Record<string, unknown>, RegExp]> = [
  ['a smaller amount', { total_fee: '1' }, {}, /amount: asked 100 CNY fen, paid 1 CNY fen/],
  ['another currency', { fee_type: 'HKD' }, {}, /amount: asked 100 CNY fen, paid 100 HKD fen/],
  ['no amount at all', { total_fee: null }, {}, /amount: asked 100 CNY fen, paid no total_fee/],
  ['another app', { appid: 'wx0000000000000000' }, {}, /appid: asked wxd678efh567hg6787, paid wx0000000000000000/],
  ['another merchant', { mch_id: '1900000999' }, {}, /mch_id: asked 1900000109, paid 1900000999/],
  ['another sub-merchant (partner mode)', { sub_mch_id: '1900000555' }, { sub_mch_id: SUB_MCHID }, /sub_mch_id: asked 1900000100, paid 1900000555/],
];

describe('APIv2 micropay: a paid answer for another payment is MISMATCH, never SUCCESS, never reversed', () => {
  test('control: the payment asked for (fee_type left out: CNY) is SUCCESS', async () => {
    const result = await micropay(wx, { xml: xml() }, FAST);
    expect(result.state).toBe('SUCCESS');
    expect(calls).toEqual(['/pay/micropay']);
  });

  test.each(MISMATCHES)('the payment answers paid with %s', async (_what, paid, extra, reason) => {
    script.paid = paid;
    const result = await micropay(wx, { xml: xml(extra) }, FAST);
    expect(result.state).toBe('MISMATCH');
    expect(result.reason).toMatch(reason);
    expect(result.reason).toMatch(/not reversed.*new out_trade_no.*look POS-MISMATCH-1 up/);
    expect(result.attempts.map((a) => `${a.step} ${a.outcome}`)).toEqual(['pay MISMATCH']);
    expect(calls).toEqual(['/pay/micropay']);
  });

  test.each(MISMATCHES)('ORDERPAID, then the query answers paid with %s', async (_what, paid, extra, reason) => {
    script.pay = 'ORDERPAID';
    script.query = paid;
    const result = await micropay(wx, { xml: xml(extra) }, FAST);
    expect(result.state).toBe('MISMATCH');
    expect(result.reason).toMatch(reason);
    expect(result.order).toMatchObject({ out_trade_no: 'POS-MISMATCH-1', trade_state: 'SUCCESS' });
    expect(result.attempts.map((a) => `${a.step} ${a.outcome}`)).toEqual(['pay ORDERPAID', 'query MISMATCH']);
    expect(calls).not.toContain('/secapi/pay/reverse');
  });

  test('the payment answers paid for another order number: it proves nothing, the query of this one decides', async () => {
    script.paid = { out_trade_no: 'POS-EARLIER-9' };
    const result = await micropay(wx, { xml: xml() }, FAST);
    expect(result.attempts.map((a) => `${a.step} ${a.outcome}`)).toEqual(['pay OTHER_ORDER', 'query SUCCESS']);
    expect(result.state).toBe('SUCCESS');
    expect(result.order).toMatchObject({ out_trade_no: 'POS-MISMATCH-1' });
  });

  test('ORDERPAID, then every query describes another order number: never SUCCESS; this order is reversed at the deadline', async () => {
    script.pay = 'ORDERPAID';
    script.query = { out_trade_no: 'POS-EARLIER-9' };
    const result = await micropay(wx, { xml: xml() }, { ...FAST, pollMs: 100, deadlineMs: 1_500 });
    expect(result.state).toBe('REVERSED');
    // A deadline well past the first call, so that a loaded machine still gets to query.
    expect(result.reason).toMatch(/last: OTHER_ORDER/);
    expect(result.attempts.some((a) => a.step === 'query')).toBe(true);
    expect(result.attempts.filter((a) => a.step === 'query').every((a) => a.outcome === 'OTHER_ORDER')).toBe(true);
  });
});
