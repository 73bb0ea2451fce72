import { isApiError, type Client } from 'wechatpay-ts';
import type { Simulator } from '../src';
import { APPID, codeOf, errorOf, MCHID, tradeNo, useSimulator, waitFor } from './helpers';

let sim: Simulator;
let wx: Client;
let wx2: Client;

useSimulator({}, (f) => ({ sim, wx, v2: wx2 } = f));

/** Whole seconds (both APIs' formats have no fractions), at least `ms` from now. */
const soon = (ms: number) => new Date(Math.ceil((Date.now() + ms) / 1000) * 1000);
const rfc3339 = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 19) + '+08:00';
const compact = (at: Date) => rfc3339(at).slice(0, 19).replace(/\D/g, '');

const native = (no: string, extra: Record<string, unknown> = {}) =>
  wx.v3.pay.transactions.native.post({
    json: { appid: APPID, mchid: MCHID, description: '过期测试', out_trade_no: no, notify_url: 'http://127.0.0.1:9/unused', amount: { total: 1 }, ...extra },
  });
const queryV3 = (no: string) => wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: no, query: { mchid: MCHID } });
const closeV3 = (no: string) => wx.v3.pay.transactions.outTradeNo._out_trade_no_.close.post({ out_trade_no: no, json: { mchid: MCHID } });
const unified = (no: string, extra: Record<string, unknown> = {}) =>
  wx2.v2.pay.unifiedorder.post({
    xml: {
      appid: APPID,
      mch_id: MCHID,
      body: '过期测试',
      out_trade_no: no,
      total_fee: 1,
      spbill_create_ip: '8.8.8.8',
      notify_url: 'http://127.0.0.1:9/unused',
      trade_type: 'NATIVE',
      ...extra,
    },
  });
const queryV2 = (no: string) => wx2.v2.pay.orderquery.post({ xml: { appid: APPID, mch_id: MCHID, out_trade_no: no } });

describe('order expiry: time_expire passes -> CLOSED, worked out when the order is read', () => {
  test('APIv3: NOTPAY until time_expire, then CLOSED to queries, to sim.pay and to a new prepay with the same number', async () => {
    const no = tradeNo('EX3');
    const expires = soon(1500);
    await native(no, { time_expire: rfc3339(expires) });
    expect((await queryV3(no)).data.trade_state).toBe('NOTPAY');
    await waitFor(() => Date.now() > expires.getTime(), 4000);
    expect((await queryV3(no)).data).toMatchObject({ out_trade_no: no, trade_state: 'CLOSED', trade_state_desc: '订单已关闭' });
    await expect(sim.pay(no)).rejects.toThrow(/is CLOSED/);
    expect(codeOf(await errorOf(native(no, { time_expire: rfc3339(expires) })))).toEqual([400, 'ORDER_CLOSED']);
  });

  test('APIv2: NOTPAY until time_expire (yyyyMMddHHmmss, UTC+8), then orderquery says CLOSED and closeorder ORDERCLOSED', async () => {
    const no = tradeNo('EX2');
    const expires = soon(1500);
    await unified(no, { time_expire: compact(expires) });
    expect((await queryV2(no)).data).toMatchObject({ trade_state: 'NOTPAY' });
    await waitFor(() => Date.now() > expires.getTime(), 4000);
    expect((await queryV2(no)).data).toMatchObject({ out_trade_no: no, trade_state: 'CLOSED' });
    const closeAgain = await errorOf(wx2.v2.pay.closeorder.post({ xml: { appid: APPID, mch_id: MCHID, out_trade_no: no } }));
    expect(closeAgain).toMatchObject({ errCode: 'ORDERCLOSED' });
  });

  test('a paid order does not expire; a time_expire already past or not a time is refused naming it', async () => {
    const no = tradeNo('EXP');
    const expires = soon(1000);
    await native(no, { time_expire: rfc3339(expires) });
    await sim.pay(no);
    await waitFor(() => Date.now() > expires.getTime(), 4000);
    expect((await queryV3(no)).data.trade_state).toBe('SUCCESS');

    const past = await errorOf(native(tradeNo('EXB'), { time_expire: '2020-01-01T00:00:00+08:00' }));
    expect(codeOf(past)).toEqual([400, 'PARAM_ERROR']);
    expect(isApiError(past) && (past.body as { detail: { field: string } }).detail.field).toBe('time_expire');
    const garbled = await errorOf(native(tradeNo('EXB'), { time_expire: '2030/01/01 00:00' }));
    expect(isApiError(garbled) && (garbled.body as { message: string }).message).toMatch(/time_expire.*RFC 3339/);
    const v2Past = await errorOf(unified(tradeNo('EXB'), { time_expire: '20200101000000' }));
    expect(v2Past).toMatchObject({ returnCode: 'FAIL', returnMsg: expect.stringMatching(/time_expire/) });
    const v2NoDay = await errorOf(unified(tradeNo('EXB'), { time_expire: '20300230000000' }));
    expect(v2NoDay).toMatchObject({ returnCode: 'FAIL', returnMsg: expect.stringMatching(/time_expire.*not a date/) });
  });
});

describe('closing', () => {
  test('APIv3 close: an unpaid order 204 then CLOSED; a paid one 400 ORDERPAID and stays paid', async () => {
    const open = tradeNo('CL3');
    await native(open);
    expect((await closeV3(open)).status).toBe(204);
    expect((await queryV3(open)).data.trade_state).toBe('CLOSED');
    const paid = tradeNo('CL3');
    await native(paid);
    await sim.pay(paid);
    expect(codeOf(await errorOf(closeV3(paid)))).toEqual([400, 'ORDERPAID']);
    expect((await queryV3(paid)).data.trade_state).toBe('SUCCESS');
  });

  test('APIv2 closeorder: a paid order answers err_code ORDERPAID, an unknown one ORDERNOTEXIST', async () => {
    const paid = tradeNo('CL2');
    await unified(paid);
    await sim.pay(paid);
    const refused = await errorOf(wx2.v2.pay.closeorder.post({ xml: { appid: APPID, mch_id: MCHID, out_trade_no: paid } }));
    expect(refused).toMatchObject({ resultCode: 'FAIL', errCode: 'ORDERPAID' });
    expect((await queryV2(paid)).data).toMatchObject({ trade_state: 'SUCCESS' });
    const unknown = await errorOf(wx2.v2.pay.closeorder.post({ xml: { appid: APPID, mch_id: MCHID, out_trade_no: 'NoSuchOrder1' } }));
    expect(unknown).toMatchObject({ errCode: 'ORDERNOTEXIST' });
  });
});
