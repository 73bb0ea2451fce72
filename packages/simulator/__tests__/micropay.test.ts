import { isApiError, type Client } from 'wechatpay-ts';
import type { Simulator } from '../src';
import { parseFlatXml, wechatSign, xmlOf } from '../../../__tests__/helpers/v2-server';
import { APPID, MCHID, rawRequest, SECRET, tradeNo, useSimulator } from './helpers';

// Code payments (付款码) as the simulator plays them: paid at once, USERPAYING until a query finds
// them paid (or never), SYSTEMERROR, and the reverse that asks to be called again. The v2 side is
// driven by hand-signed requests whose answers are checked with the test's own sign.

let sim: Simulator;
let wx: Client;
const lines: string[] = [];

useSimulator({ sim: { log: (line) => lines.push(line) } }, (f) => ({ sim, wx } = f));
afterEach(() => sim.micropay.clear());

/** A v2 request signed by the test itself; the answer's sign checked the same way. */
async function v2(path: string, fields: Record<string, string>): Promise<Record<string, string>> {
  const request = { appid: APPID, mch_id: MCHID, nonce_str: 'micropaytestnonce', ...fields };
  const answer = await rawRequest(sim.url, 'POST', path, { 'Content-Type': 'text/xml' }, xmlOf({ ...request, sign: wechatSign(request, SECRET) }));
  const dict = parseFlatXml(answer.text);
  if (dict.return_code === 'SUCCESS') expect(dict.sign).toBe(wechatSign(dict, SECRET));
  return dict;
}

const pay = (out_trade_no: string) =>
  v2('/pay/micropay', { body: '付款码', out_trade_no, total_fee: '1', spbill_create_ip: '8.8.8.8', auth_code: '134567890123456789' });
const query = (out_trade_no: string) => v2('/pay/orderquery', { out_trade_no });
const reverse = (out_trade_no: string) => v2('/secapi/pay/reverse', { out_trade_no });

describe('APIv2 pay/micropay, orderquery and secapi/pay/reverse', () => {
  test('success (the default): paid at once, with a transaction_id', async () => {
    const no = tradeNo('MS');
    expect(await pay(no)).toMatchObject({ result_code: 'SUCCESS', out_trade_no: no, trade_type: 'MICROPAY' });
    expect((await query(no)).trade_state).toBe('SUCCESS');
    expect(sim.orders.get(no)?.transaction_id).toMatch(/^\d{28}$/);
  });

  test('userpaying, paid at the 2nd query: USERPAYING, USERPAYING, then SUCCESS', async () => {
    sim.micropay.set('userpaying', { paidOnQuery: 2 });
    expect(sim.micropay.active()).toBe('userpaying');
    const no = tradeNo('MU');
    expect(await pay(no)).toMatchObject({ return_code: 'SUCCESS', result_code: 'FAIL', err_code: 'USERPAYING' });
    expect(sim.micropay.active()).toBeUndefined();
    expect((await query(no)).trade_state).toBe('USERPAYING');
    expect((await query(no)).trade_state).toBe('SUCCESS');
    expect((await query(no)).trade_state).toBe('SUCCESS');
  });

  test('userpaying, never paid: it stays USERPAYING; the reverse revokes it, and again answers the same', async () => {
    sim.micropay.set('userpaying');
    const no = tradeNo('MN');
    await pay(no);
    for (let i = 0; i < 3; i += 1) expect((await query(no)).trade_state).toBe('USERPAYING');
    expect(await reverse(no)).toMatchObject({ result_code: 'SUCCESS', recall: 'N' });
    expect((await query(no)).trade_state).toBe('REVOKED');
    expect(await reverse(no)).toMatchObject({ result_code: 'SUCCESS', recall: 'N' });
    expect(await pay(no)).toMatchObject({ err_code: 'ORDERREVERSED' });
  });

  test('systemerror: SYSTEMERROR, the order NOTPAY; paidOnQuery 1 pays it at the first query', async () => {
    sim.micropay.set('systemerror', { paidOnQuery: 1 });
    const no = tradeNo('ME');
    expect(await pay(no)).toMatchObject({ result_code: 'FAIL', err_code: 'SYSTEMERROR' });
    expect(sim.orders.get(no)?.trade_state).toBe('NOTPAY');
    expect((await query(no)).trade_state).toBe('SUCCESS');
  });

  test('recalls: 1: the first reverse answers recall Y (FAIL SYSTEMERROR), the second reverses', async () => {
    sim.micropay.set('userpaying', { recalls: 1 });
    const no = tradeNo('MR');
    await pay(no);
    expect(await reverse(no)).toMatchObject({ result_code: 'FAIL', err_code: 'SYSTEMERROR', recall: 'Y' });
    expect(sim.orders.get(no)?.trade_state).toBe('USERPAYING');
    expect(await reverse(no)).toMatchObject({ result_code: 'SUCCESS', recall: 'N' });
    expect(sim.orders.get(no)?.trade_state).toBe('REVOKED');
  });

  test('a paid order reversed is refunded; an unknown one is ORDERNOTEXIST; `times` scripts several orders', async () => {
    const paid = tradeNo('MP');
    await pay(paid);
    expect(await reverse(paid)).toMatchObject({ result_code: 'SUCCESS', recall: 'N' });
    expect(sim.orders.get(paid)).toMatchObject({ trade_state: 'REVOKED', amount: { refunded: 1 } });
    expect(await reverse(tradeNo('MX'))).toMatchObject({ result_code: 'FAIL', err_code: 'ORDERNOTEXIST', recall: 'N' });
    sim.micropay.set('userpaying', { times: 2 });
    expect((await pay(tradeNo('M2'))).err_code).toBe('USERPAYING');
    expect((await pay(tradeNo('M2'))).err_code).toBe('USERPAYING');
    expect((await pay(tradeNo('M2'))).result_code).toBe('SUCCESS');
  });

  test('the log names each step', async () => {
    sim.micropay.set('userpaying');
    const no = tradeNo('ML');
    await pay(no);
    await reverse(no);
    expect(lines).toEqual(expect.arrayContaining([`micropay ${no}: USERPAYING`, `reverse ${no}: reversed`]));
  });

  test('bad scripts are refused with a message', () => {
    expect(() => sim.micropay.set('melt' as never)).toThrow(/unknown scenario "melt"/);
    expect(() => sim.micropay.set('userpaying', { paidOnQuery: 0 })).toThrow(/paidOnQuery/);
    expect(() => sim.micropay.set('success', { paidOnQuery: 1 })).toThrow(/paid at once/);
    expect(() => sim.micropay.set('userpaying', { recalls: -1 })).toThrow(/recalls/);
    expect(() => sim.micropay.set('userpaying', { tries: 1 } as never)).toThrow(/unknown option `tries`/);
    expect(sim.micropay.active()).toBeUndefined();
  });
});

describe('APIv3 pay/transactions/codepay, its query and reverse', () => {
  const codepayJson = (out_trade_no: string, auth_code = '134567890123456789') => ({
    appid: APPID,
    mchid: MCHID,
    description: '付款码',
    out_trade_no,
    payer: { auth_code },
    amount: { total: 1 },
    scene_info: { store_info: { out_id: 'S1' } },
  });
  const codepay = (out_trade_no: string) => wx.v3.pay.transactions.codepay.post({ json: codepayJson(out_trade_no) });
  const v3Query = (out_trade_no: string) => wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no, query: { mchid: MCHID } });
  const v3Reverse = (out_trade_no: string) =>
    wx.v3.pay.transactions.outTradeNo._out_trade_no_.reverse.post({ out_trade_no, json: { appid: APPID, mchid: MCHID } });

  test('success: 200 with the transaction, trade_state SUCCESS', async () => {
    const no = tradeNo('CS');
    const { status, data } = await codepay(no);
    expect(status).toBe(200);
    expect(data).toMatchObject({ out_trade_no: no, trade_state: 'SUCCESS', trade_type: 'MICROPAY' });
  });

  test('userpaying: a signed 202 USERPAYING, then paid at the 2nd query', async () => {
    sim.micropay.set('userpaying', { paidOnQuery: 2 });
    const no = tradeNo('CU');
    const first = await codepay(no);
    expect(first.status).toBe(202);
    expect(first.data).toMatchObject({ code: 'USERPAYING' });
    expect((await v3Query(no)).data.trade_state).toBe('USERPAYING');
    expect((await v3Query(no)).data.trade_state).toBe('SUCCESS');
  });

  test('systemerror: 500 SYSTEM_ERROR; a reverse with recalls 1 answers 500 once, then 200 and REVOKED', async () => {
    sim.micropay.set('systemerror', { recalls: 1 });
    const no = tradeNo('CE');
    const error = await codepay(no).catch((e: unknown) => e);
    expect(isApiError(error) && [error.status, error.apiCode]).toEqual([500, 'SYSTEM_ERROR']);
    const again = await v3Reverse(no).catch((e: unknown) => e);
    expect(isApiError(again) && again.apiCode).toBe('SYSTEM_ERROR');
    expect((await v3Reverse(no)).data).toEqual({ appid: APPID, mchid: MCHID, out_trade_no: no });
    expect((await v3Query(no)).data.trade_state).toBe('REVOKED');
  });

  test('a bad payment code and a missing scene_info are refused', async () => {
    const error = await wx.v3.pay.transactions.codepay.post({ json: codepayJson(tradeNo('CB'), '99') }).catch((e: unknown) => e);
    expect(isApiError(error) && error.apiCode).toBe('INVALID_REQUEST');
    // Without scene_info: sent as a raw body, which the types would not let through as `json`.
    const { scene_info: _dropped, ...rest } = codepayJson(tradeNo('CB'));
    const body = JSON.stringify(rest);
    const missing = await wx
      .chain('v3/pay/transactions/codepay')
      .post({ body } as never)
      .catch((e: unknown) => e);
    expect(isApiError(missing) && missing.status === 400 && String(missing.message)).toMatch(/scene_info/);
  });
});
