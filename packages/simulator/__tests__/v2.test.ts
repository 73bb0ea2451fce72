import { isBusinessError, verifyV2Notification, v2NotificationAnswer, type Client, type Endpoints } from 'wechatpay-ts';
import type { Simulator } from '../src';
import type { TestServer } from '../../../__tests__/helpers/http';
import { SEED_TRADES, seedXml } from '../../../__tests__/helpers/seed';
import { parseFlatXml, wechatSign, xmlOf } from '../../../__tests__/helpers/v2-server';
import { APPID, deliveredAttempts, errorOf, MCHID, rawRequest, SECRET, tradeNo, useSimulator, waitFor } from './helpers';

let sim: Simulator;
let wx: Client;
let merchantSite: TestServer;

const answer = v2NotificationAnswer();
useSimulator({ answer: () => ({ status: answer.status, headers: answer.headers, body: answer.body }) }, (f) => ({ sim, v2: wx, receiver: merchantSite } = f));

describe('payitil/report', () => {
  const xml = { xml: seedXml() };
  const styles: Array<[string, () => Promise<{ data: unknown }>]> = [
    ['->v2->payitil->report->postAsync', () => wx.v2.payitil.report.postAsync(xml)],
    ["->chain('v2/payitil/report')->postAsync", () => wx.chain('v2/payitil/report').postAsync(xml)],
    ["['v2/payitil/report']->postAsync", () => wx['v2/payitil/report'].postAsync(xml)],
    ['->v2->payitil->report->post', () => wx.v2.payitil.report.post(xml)],
    ["->chain('v2/payitil/report')->post", () => wx.chain('v2/payitil/report').post(xml)],
    ["['v2/payitil/report']->post", () => wx['v2/payitil/report'].post(xml)],
  ];

  test.each(styles)('%s is checked, accepted and listed back as a batch report', async (_name, call) => {
    const before = sim.reports.length;
    const { data } = await call();
    expect(data).toEqual({ return_code: 'SUCCESS', return_msg: 'OK', result_code: 'SUCCESS' });
    expect(sim.reports).toHaveLength(before + 1);
    const stored = sim.reports.at(-1)!;
    expect(stored.form).toBe('batch');
    expect(stored.trades).toEqual(SEED_TRADES);
    expect(stored.fields.device_info).toBe('013467007045764');
  });

  test('the single-interface form, signed HMAC-SHA256, is listed back as single', async () => {
    await wx.v2.payitil.report.post({
      xml: {
        appid: APPID,
        mch_id: MCHID,
        sign_type: 'HMAC-SHA256',
        interface_url: 'https://api.mch.weixin.qq.com/pay/unifiedorder',
        execute_time_: 1000,
        return_code: 'SUCCESS',
        return_msg: 'OK',
        result_code: 'SUCCESS',
        user_ip: '8.8.8.8',
        time: '20091227091010',
      },
    });
    const stored = sim.reports.at(-1)!;
    expect(stored.form).toBe('single');
    expect(stored.fields).toMatchObject({ execute_time_: '1000', interface_url: 'https://api.mch.weixin.qq.com/pay/unifiedorder' });
  });

  test('a report with a bad field is refused with FAIL and a return_msg naming it, and not stored', async () => {
    const before = sim.reports.length;
    const trades = [{ ...SEED_TRADES[0]!, state: 'DONE' }];
    const error = await errorOf(wx.v2.payitil.report.post({ xml: { ...seedXml(), trades: JSON.stringify(trades) } }));
    expect(isBusinessError(error) && error.returnCode).toBe('FAIL');
    expect((error as { returnMsg: string }).returnMsg).toMatch(/trades\[0\]\.state/);
    const time = await errorOf(
      wx.v2.payitil.report.post({
        xml: {
          appid: APPID,
          mch_id: MCHID,
          interface_url: 'https://api.mch.weixin.qq.com/pay/orderquery',
          execute_time_: 'slow',
          return_code: 'SUCCESS',
          result_code: 'SUCCESS',
          user_ip: '8.8.8.8',
        },
      }),
    );
    expect((time as { returnMsg: string }).returnMsg).toMatch(/execute_time_/);
    expect(sim.reports).toHaveLength(before);
  });

  const single = {
    appid: APPID,
    mch_id: MCHID,
    interface_url: 'https://api.mch.weixin.qq.com/pay/orderquery',
    execute_time_: 120,
    return_code: 'SUCCESS',
    return_msg: 'OK',
    result_code: 'SUCCESS',
    user_ip: '8.8.8.8',
  };
  test.each([
    ['a return_code that is not SUCCESS or FAIL', { ...single, return_code: 'MAYBE' }, /return_code必须为SUCCESS\|FAIL/],
    ['a result_code that is not SUCCESS or FAIL', { ...single, result_code: 'ok' }, /result_code必须为SUCCESS\|FAIL/],
    ['an interface_url that is not a URL', { ...single, interface_url: 'pay/orderquery' }, /interface_url必须为接口的完整URL/],
    ['a return_msg over 128 characters', { ...single, return_msg: '长'.repeat(129) }, /return_msg超过最大长度128/],
    ['an err_code over 32 characters', { ...single, err_code: 'E'.repeat(33) }, /err_code超过最大长度32/],
    ['both forms at once', { ...seedXml(), execute_time_: 1 }, /不能同时上报/],
    ['a batch for another interface_url', { ...seedXml(), interface_url: 'https://api.mch.weixin.qq.com/pay/micropay' }, /批量上报的interface_url必须为/],
  ])('%s is refused with FAIL naming it, and not stored', async (_what, xml, reason) => {
    const before = sim.reports.length;
    const error = await errorOf(wx.chain('v2/payitil/report').post({ xml } as never));
    expect(isBusinessError(error) && error.returnCode).toBe('FAIL');
    expect((error as { returnMsg: string }).returnMsg).toMatch(reason);
    expect(sim.reports).toHaveLength(before);
  });

  test('the same single-interface report with every field right is accepted (so the refusals above are about their field)', async () => {
    await wx.v2.payitil.report.post({ xml: { ...single, err_code: 'E'.repeat(32), return_msg: '长'.repeat(128), time: '20240101000000', out_trade_no: 'T1' } });
    expect(sim.reports.at(-1)).toMatchObject({ form: 'single', fields: { err_code: 'E'.repeat(32), out_trade_no: 'T1' } });
  });
});

describe('a hand-made v2 request', () => {
  const fields = { ...seedXml(), nonce_str: 'abcdefghijklmnop' };

  test('with the right sign is accepted (so the refusal below is about the sign)', async () => {
    const answer = await rawRequest(sim.url, 'POST', '/payitil/report', { 'Content-Type': 'text/xml' }, xmlOf({ ...fields, sign: wechatSign(fields, SECRET) }));
    expect(parseFlatXml(answer.text)).toEqual({ return_code: 'SUCCESS', return_msg: 'OK', result_code: 'SUCCESS' });
  });

  test('with a wrong sign answers FAIL 签名错误', async () => {
    const answer = await rawRequest(
      sim.url,
      'POST',
      '/payitil/report',
      { 'Content-Type': 'text/xml' },
      xmlOf({ ...fields, sign: wechatSign(fields, 'another-secret') }),
    );
    expect(answer.status).toBe(200);
    expect(parseFlatXml(answer.text)).toEqual({ return_code: 'FAIL', return_msg: '签名错误' });
  });

  test('for another merchant is refused even with a good sign; an unknown path is 404 FAIL', async () => {
    const other = { ...fields, mch_id: '1230000109' };
    const answer = await rawRequest(sim.url, 'POST', '/pay/orderquery', {}, xmlOf({ ...other, sign: wechatSign(other, SECRET) }));
    expect(parseFlatXml(answer.text).return_msg).toMatch(/mch_id/);
    const missing = await rawRequest(sim.url, 'POST', '/pay/nothing', {}, '<xml/>');
    expect(missing.status).toBe(404);
    expect(parseFlatXml(missing.text).return_code).toBe('FAIL');
  });
});

describe('orders over APIv2', () => {
  type Unified = Endpoints['v2/pay/unifiedorder']['post']['options']['xml'];
  const order = (outTradeNo: string, extra: Partial<Unified> = {}): Unified => ({
    appid: APPID,
    mch_id: MCHID,
    body: '测试商品',
    out_trade_no: outTradeNo,
    total_fee: 101,
    spbill_create_ip: '8.8.8.8',
    notify_url: `${merchantSite.url}v2/notify`,
    trade_type: 'NATIVE',
    ...extra,
  });

  test('unifiedorder -> orderquery -> pay (signed XML notification) -> orderquery', async () => {
    const no = tradeNo('V2N');
    const { data } = await wx.v2.pay.unifiedorder.post({ xml: order(no) });
    expect(data).toMatchObject({ return_code: 'SUCCESS', result_code: 'SUCCESS', trade_type: 'NATIVE' });
    expect((data as Record<string, string>).prepay_id).toMatch(/^wx\d{14}/);
    expect((data as Record<string, string>).code_url).toMatch(/^weixin:\/\/wxpay\/bizpayurl\?pr=/);
    // The same request again is the same order; other content under the same number is refused.
    const again = await wx.v2.pay.unifiedorder.post({ xml: order(no) });
    expect((again.data as Record<string, string>).prepay_id).toBe((data as Record<string, string>).prepay_id);
    const clash = await errorOf(wx.v2.pay.unifiedorder.post({ xml: order(no, { total_fee: 5 }) }));
    expect(clash).toMatchObject({ resultCode: 'FAIL', errCode: 'INVALID_REQUEST' });

    const before = await wx.v2.pay.orderquery.post({ xml: { appid: APPID, mch_id: MCHID, out_trade_no: no } });
    expect(before.data).toMatchObject({ trade_state: 'NOTPAY', out_trade_no: no });

    const seen = merchantSite.received.length;
    const paid = await sim.pay(no, { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' });
    await waitFor(() => merchantSite.received.length > seen);
    const notice = verifyV2Notification(merchantSite.received[seen]!.text, SECRET);
    expect(notice).toMatchObject({
      result_code: 'SUCCESS',
      out_trade_no: no,
      transaction_id: paid.transaction_id,
      total_fee: '101',
      openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
    });
    await deliveredAttempts(sim, (n) => n.out_trade_no === no);

    const after = await wx.v2.pay.orderquery.post({ xml: { appid: APPID, mch_id: MCHID, transaction_id: paid.transaction_id!, sign_type: 'HMAC-SHA256' } });
    expect(after.data).toMatchObject({ trade_state: 'SUCCESS', transaction_id: paid.transaction_id, time_end: expect.stringMatching(/^\d{14}$/) });
    expect((after.data as Record<string, string>).sign).toMatch(/^[0-9A-F]{64}$/);
  });

  test('micropay pays at once; closeorder closes an unpaid order and refuses a paid one', async () => {
    const no = tradeNo('V2M');
    const pos = { appid: APPID, mch_id: MCHID, body: '刷卡', out_trade_no: no, total_fee: 1, spbill_create_ip: '8.8.8.8', auth_code: '134567890123456789' };
    const { data } = await wx.v2.pay.micropay.post({ xml: pos });
    expect(data).toMatchObject({ result_code: 'SUCCESS', trade_type: 'MICROPAY', out_trade_no: no });
    expect(sim.orders.get(no)).toMatchObject({ trade_state: 'SUCCESS', api: 'v2' });
    const badCode = await errorOf(wx.v2.pay.micropay.post({ xml: { ...pos, out_trade_no: tradeNo('V2M'), auth_code: '99' } }));
    expect(badCode).toMatchObject({ errCode: 'AUTH_CODE_INVALID' });

    const paidClose = await errorOf(wx.v2.pay.closeorder.post({ xml: { appid: APPID, mch_id: MCHID, out_trade_no: no } }));
    expect(paidClose).toMatchObject({ errCode: 'ORDERPAID' });
    const open = tradeNo('V2C');
    await wx.v2.pay.unifiedorder.post({ xml: order(open, { trade_type: 'JSAPI', openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' }) });
    const closed = await wx.v2.pay.closeorder.post({ xml: { appid: APPID, mch_id: MCHID, out_trade_no: open } });
    expect(closed.data).toMatchObject({ result_code: 'SUCCESS' });
    expect(sim.orders.get(open)?.trade_state).toBe('CLOSED');
    await expect(sim.pay(open)).rejects.toThrow(/CLOSED/);
  });

  test('missing fields and unknown orders answer as WeChat Pay does', async () => {
    const missing = await errorOf(wx.v2.pay.unifiedorder.post({ xml: { appid: APPID, mch_id: MCHID, out_trade_no: tradeNo() } as never }));
    expect(missing).toMatchObject({ returnCode: 'FAIL', returnMsg: expect.stringMatching(/body/) });
    const jsapi = await errorOf(wx.v2.pay.unifiedorder.post({ xml: order(tradeNo(), { trade_type: 'JSAPI' }) }));
    expect((jsapi as { returnMsg: string }).returnMsg).toMatch(/openid/);
    const unknown = await errorOf(wx.v2.pay.orderquery.post({ xml: { appid: APPID, mch_id: MCHID, out_trade_no: 'NOPE-NOPE' } }));
    expect(unknown).toMatchObject({ resultCode: 'FAIL', errCode: 'ORDERNOTEXIST' });
  });
});
