import { isApiError, type Client } from 'wechatpay-ts';
import type { Simulator } from '../src';
import type { TestServer } from '../../../__tests__/helpers/http';
import { APPID, codeOf, deliveredAttempts, errorOf, MCHID, tradeNo, useSimulator, verifiedNotices, waitFor } from './helpers';

/** The service provider is the simulator's merchant (MCHID); these are its sub-merchants. */
const SUB_MCHID = '1900000111';
const OTHER_SUB = '1900000112';
const UNBOUND = '1900000999';
const SUB_APPID = 'wxd678efh567hg6999';

let sim: Simulator;
let wx: Client;
let receiver: TestServer;
const answers: number[] = [];

useSimulator({ sim: { notifyRetryDelays: [30, 30], subMchids: [SUB_MCHID, OTHER_SUB] }, answers }, (f) => ({ sim, wx, receiver } = f));

const partner = () => wx.v3.pay.partner.transactions;
// `never`: some bodies break the rules on purpose, to see the simulator refuse them.
const order = (kind: 'jsapi' | 'native' | 'app' | 'h5', json: Record<string, unknown>) =>
  partner()[kind].post({ json: json as never }) as Promise<{ data: { prepay_id?: string; code_url?: string; h5_url?: string } }>;
const byNo = (no: string, sub = SUB_MCHID) => partner().outTradeNo._out_trade_no_.get({ out_trade_no: no, query: { sp_mchid: MCHID, sub_mchid: sub } });
const byId = (id: string, sub = SUB_MCHID) => partner().id._transaction_id_.get({ transaction_id: id, query: { sp_mchid: MCHID, sub_mchid: sub } });
const close = (no: string, sub = SUB_MCHID) => partner().outTradeNo._out_trade_no_.close.post({ out_trade_no: no, json: { sp_mchid: MCHID, sub_mchid: sub } });

const body = (no: string, extra: Record<string, unknown> = {}) => ({
  sp_appid: APPID,
  sp_mchid: MCHID,
  sub_appid: SUB_APPID,
  sub_mchid: SUB_MCHID,
  description: '服务商下单',
  out_trade_no: no,
  notify_url: `${receiver.url}partner-notify`,
  amount: { total: 888, currency: 'CNY' },
  payer: { sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zSPOPENID', sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' },
  ...extra,
});

const noticesFor = (no: string) => verifiedNotices(receiver, wx, 'out_trade_no', no);

describe('partner (服务商) transactions through the SDK', () => {
  test('JSAPI order -> NOTPAY in the partner shape -> sim.pay -> TRANSACTION.SUCCESS with sp_/sub_ fields, verified -> queries by both numbers', async () => {
    const no = tradeNo('SP');
    const { data } = await order('jsapi', body(no, { settle_info: { profit_sharing: true } }));
    expect(data.prepay_id).toMatch(/^wx\d{14}[0-9a-f]{20}$/);

    const unpaid = await byNo(no);
    expect(unpaid.data).toMatchObject({
      sp_appid: APPID,
      sp_mchid: MCHID,
      sub_appid: SUB_APPID,
      sub_mchid: SUB_MCHID,
      out_trade_no: no,
      trade_state: 'NOTPAY',
    });
    expect(unpaid.data).not.toHaveProperty('mchid');

    const paid = await sim.pay(no);
    expect(paid.partner).toEqual({ sub_mchid: SUB_MCHID, sub_appid: SUB_APPID });
    await waitFor(() => noticesFor(no).length === 1);
    const [notice] = noticesFor(no);
    expect(notice).toMatchObject({ event_type: 'TRANSACTION.SUCCESS', summary: '支付成功', resource_type: 'encrypt-resource' });
    expect(notice!.resource).toMatchObject({
      sp_appid: APPID,
      sp_mchid: MCHID,
      sub_appid: SUB_APPID,
      sub_mchid: SUB_MCHID,
      out_trade_no: no,
      transaction_id: paid.transaction_id,
      trade_type: 'JSAPI',
      trade_state: 'SUCCESS',
      payer: { sp_openid: 'oUpF8uMuAJO_M2pxb1Q9zSPOPENID', sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' },
      amount: { total: 888, payer_total: 888 },
    });

    const byTransaction = await byId(paid.transaction_id!);
    expect(byTransaction.data).toMatchObject({ out_trade_no: no, trade_state: 'SUCCESS', sub_mchid: SUB_MCHID });
    expect(codeOf(await errorOf(close(no)))).toEqual([400, 'ORDERPAID']);
  });

  test('native, app and h5 orders answer code_url, prepay_id and h5_url; close makes an unpaid one CLOSED', async () => {
    const native = tradeNo('SN');
    expect((await order('native', body(native, { payer: undefined }))).data.code_url).toMatch(/^weixin:\/\/wxpay\/bizpayurl\?pr=/);
    const app = tradeNo('SA');
    expect((await order('app', body(app, { payer: undefined }))).data.prepay_id).toMatch(/^wx/);
    const h5 = tradeNo('SH');
    const scene = { payer_client_ip: '127.0.0.1', h5_info: { type: 'Wap' } };
    expect((await order('h5', body(h5, { payer: undefined, scene_info: scene }))).data.h5_url).toMatch(/^https:\/\/wx\.tenpay\.com\//);
    expect((await byNo(app)).data.trade_type).toBe('APP');

    expect((await close(native)).status).toBe(204);
    expect((await byNo(native)).data.trade_state).toBe('CLOSED');
    await expect(sim.pay(native)).rejects.toThrow(/CLOSED/);
  });

  test('an order is its sub-merchant’s: another sub-merchant, or the direct endpoints, do not find it', async () => {
    const no = tradeNo('SO');
    await order('jsapi', body(no));
    expect(codeOf(await errorOf(byNo(no, OTHER_SUB)))).toEqual([404, 'ORDER_NOT_EXIST']);
    expect(codeOf(await errorOf(close(no, OTHER_SUB)))).toEqual([404, 'ORDER_NOT_EXIST']);
    const direct = await errorOf(wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: no, query: { mchid: MCHID } }));
    expect(codeOf(direct)).toEqual([404, 'ORDER_NOT_EXIST']);
  });

  test('the rules: sub_mchid bound to sp_mchid, sp_mchid the signer, the JSAPI payer, sub_appid with sub_openid; each refusal names its field', async () => {
    const unbound = await errorOf(order('jsapi', body(tradeNo('SU'), { sub_mchid: UNBOUND })));
    expect(codeOf(unbound)).toEqual([400, 'INVALID_REQUEST']);
    expect(isApiError(unbound) && (unbound.body as { message: string }).message).toMatch(/受理关系不存在.*1900000999/);

    const otherSp = await errorOf(order('jsapi', body(tradeNo('SM'), { sp_mchid: '1230000109' })));
    expect(isApiError(otherSp) && (otherSp.body as { detail: { field: string } }).detail.field).toBe('sp_mchid');

    const noPayer = await errorOf(order('jsapi', body(tradeNo('SP'), { payer: {} })));
    expect(codeOf(noPayer)).toEqual([400, 'PARAM_ERROR']);
    expect(isApiError(noPayer) && (noPayer.body as { message: string }).message).toMatch(/sp_openid|sub_openid/);

    const noSubAppid = await errorOf(order('jsapi', body(tradeNo('SS'), { sub_appid: undefined })));
    expect(isApiError(noSubAppid) && (noSubAppid.body as { detail: { field: string } }).detail.field).toBe('sub_appid');

    const query = await errorOf(partner().outTradeNo._out_trade_no_.get({ out_trade_no: 'SX123456', query: { sp_mchid: '1230000109', sub_mchid: SUB_MCHID } }));
    expect(codeOf(query)).toEqual([400, 'PARAM_ERROR']);
  });

  test('the notification is retried on notifyRetryDelays until the receiver answers 2xx, under one id', async () => {
    const no = tradeNo('SR');
    await order('jsapi', body(no));
    answers.push(500);
    await sim.pay(no);
    expect((await deliveredAttempts(sim, (n) => n.out_trade_no === no)).map((n) => [n.attempt, n.delivered])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(new Set(noticesFor(no).map((n) => n.id)).size).toBe(1);
  });
});
