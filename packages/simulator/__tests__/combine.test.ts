import { isApiError, type Client } from 'wechatpay-ts';
import { MAX_COMBINE_SUB_ORDERS, startControl, type Simulator } from '../src';
import type { TestServer } from '../../../__tests__/helpers/http';
import { APPID, deliveredAttempts, errorOf, MCHID, rawRequest, tradeNo, useSimulator, verifiedNotices, waitFor } from './helpers';

const SUB_A = '1900000111';
const SUB_B = '1900000112';
const OPENID = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o';

let sim: Simulator;
let wx: Client;
let receiver: TestServer;
const answers: number[] = [];

useSimulator({ sim: { notifyRetryDelays: [30, 30], subMchids: [SUB_A, SUB_B] }, answers }, (f) => ({ sim, wx, receiver } = f));

const combine = () => wx.v3.combineTransactions;
// `never`: some bodies break the rules on purpose, to see the simulator refuse them.
const create = (kind: 'jsapi' | 'native' | 'app' | 'h5', json: Record<string, unknown>) =>
  combine()[kind].post({ json: json as never }) as Promise<{ data: { prepay_id?: string; code_url?: string; h5_url?: string } }>;
const byNo = (no: string) => combine().outTradeNo._combine_out_trade_no_.get({ combine_out_trade_no: no });
const byId = (id: string) => combine().id._combine_transaction_id_.get({ combine_transaction_id: id });
const close = (no: string, subs: string[]) =>
  combine().outTradeNo._combine_out_trade_no_.close.post({
    combine_out_trade_no: no,
    json: { combine_appid: APPID, sub_orders: subs.map((out_trade_no) => ({ mchid: MCHID, out_trade_no, sub_mchid: SUB_A })) },
  });

const sub = (no: string, total: number, subMchid = SUB_A, extra: Record<string, unknown> = {}) => ({
  mchid: MCHID,
  sub_mchid: subMchid,
  attach: '深圳分店',
  amount: { total_amount: total, currency: 'CNY' },
  out_trade_no: no,
  description: '腾讯充值中心-QQ会员充值',
  ...extra,
});
const body = (no: string, subs: unknown[], extra: Record<string, unknown> = {}) => ({
  combine_appid: APPID,
  combine_mchid: MCHID,
  combine_out_trade_no: no,
  sub_orders: subs,
  combine_payer_info: { openid: OPENID },
  notify_url: `${receiver.url}combine-notify`,
  ...extra,
});
interface Refusal {
  status?: number;
  code?: string;
  message?: string;
  detail?: { field: string };
}
const refusal = (error: unknown): Refusal => (isApiError(error) ? { status: error.status, ...(error.body as Refusal) } : { message: String(error) });

const noticesFor = (no: string) => verifiedNotices(receiver, wx, 'combine_out_trade_no', no);

describe('合单 (combine) transactions through the SDK', () => {
  test('JSAPI order with two sub-orders -> NOTPAY -> sim.combine.pay -> one TRANSACTION.SUCCESS with both, verified -> queries by both numbers', async () => {
    const no = tradeNo('CB');
    const [a, b] = [tradeNo('CA'), tradeNo('CC')];
    const { data } = await create('jsapi', body(no, [sub(a, 100), sub(b, 250, SUB_B, { settle_info: { profit_sharing: true } })]));
    expect(data.prepay_id).toMatch(/^wx/);

    const unpaid = await byNo(no);
    expect(unpaid.data).toMatchObject({ combine_appid: APPID, combine_mchid: MCHID, combine_out_trade_no: no, combine_payer_info: { openid: OPENID } });
    expect(unpaid.data.sub_orders!.map((s) => [s.out_trade_no, s.trade_state, s.amount?.total_amount])).toEqual([
      [a, 'NOTPAY', 100],
      [b, 'NOTPAY', 250],
    ]);
    await expect(sim.pay(a)).rejects.toThrow(/sub-order of 合单.*sim\.combine\.pay/);

    const paid = await sim.combine.pay(no);
    expect(paid.sub_orders).toEqual([a, b]);
    await waitFor(() => noticesFor(no).length === 1);
    const [notice] = noticesFor(no);
    expect(notice).toMatchObject({ event_type: 'TRANSACTION.SUCCESS', summary: '支付成功' });
    const resource = notice!.resource as { combine_transaction_id: string; sub_orders: Array<Record<string, unknown>> };
    expect(resource).toMatchObject({ combine_appid: APPID, combine_mchid: MCHID, combine_out_trade_no: no, combine_payer_info: { openid: OPENID } });
    expect(resource.sub_orders).toEqual([
      expect.objectContaining({ out_trade_no: a, sub_mchid: SUB_A, trade_state: 'SUCCESS', transaction_id: sim.orders.get(a)!.transaction_id }),
      expect.objectContaining({
        out_trade_no: b,
        sub_mchid: SUB_B,
        trade_state: 'SUCCESS',
        amount: expect.objectContaining({ total_amount: 250, payer_amount: 250 }),
      }),
    ]);

    const again = await byId(resource.combine_transaction_id);
    expect(again.data.sub_orders!.every((s) => s.trade_state === 'SUCCESS')).toBe(true);
    await expect(sim.combine.pay(no)).rejects.toThrow(/is SUCCESS/);
    expect(refusal(await errorOf(close(no, [a]))).code).toBe('ORDERPAID');
    // The same body again is a paid order now.
    expect(refusal(await errorOf(create('jsapi', body(no, [sub(a, 100), sub(b, 250, SUB_B, { settle_info: { profit_sharing: true } })])))).code).toBe(
      'ORDERPAID',
    );
  });

  test('native answers code_url; the same body again answers the same, other content is INVALID_REQUEST; close makes every sub-order CLOSED', async () => {
    const no = tradeNo('CN');
    const subs = [sub(tradeNo('CD'), 100), sub(tradeNo('CE'), 200)];
    const first = await create('native', body(no, subs, { combine_payer_info: undefined }));
    expect(first.data.code_url).toMatch(/^weixin:\/\//);
    expect((await create('native', body(no, subs, { combine_payer_info: undefined }))).data.code_url).toBe(first.data.code_url);
    expect(refusal(await errorOf(create('native', body(no, [subs[0]!], { combine_payer_info: undefined })))).code).toBe('INVALID_REQUEST');

    expect((await close(no, [subs[0]!.out_trade_no])).status).toBe(204);
    expect((await byNo(no)).data.sub_orders!.map((s) => s.trade_state)).toEqual(['CLOSED', 'CLOSED']);
    await expect(sim.combine.pay(no)).rejects.toThrow(/CLOSED/);
    expect(refusal(await errorOf(close(no, ['NotOneOfThem1']))).detail?.field).toBe('sub_orders[0].out_trade_no');
  });

  test('the rules: sub_orders count, each sub-order’s own out_trade_no, amounts, mchid and bound sub_mchid; each refusal names its field', async () => {
    const many = Array.from({ length: MAX_COMBINE_SUB_ORDERS + 1 }, (_, i) => sub(`CM${Date.now()}${i}`, 1));
    const tooMany = refusal(await errorOf(create('jsapi', body(tradeNo('CT'), many))));
    expect([tooMany.status, tooMany.code, tooMany.detail?.field]).toEqual([400, 'PARAM_ERROR', 'sub_orders']);

    const twice = tradeNo('CS');
    expect(refusal(await errorOf(create('jsapi', body(tradeNo('CT'), [sub(twice, 1), sub(twice, 2)])))).detail?.field).toBe('sub_orders[1].out_trade_no');

    const zero = refusal(await errorOf(create('jsapi', body(tradeNo('CT'), [sub(tradeNo('CZ'), 0)]))));
    expect(zero.message).toMatch(/total_amount/);

    const otherMch = refusal(await errorOf(create('jsapi', body(tradeNo('CT'), [sub(tradeNo('CO'), 1, SUB_A, { mchid: '1230000109' })]))));
    expect(otherMch.status).toBe(400);
    expect(otherMch.message).toMatch(/mchid/);

    const unbound = refusal(await errorOf(create('jsapi', body(tradeNo('CT'), [sub(tradeNo('CU'), 1, '1900000999')]))));
    expect([unbound.code, unbound.detail?.field]).toEqual(['INVALID_REQUEST', 'sub_orders[0].sub_mchid']);

    const used = tradeNo('CV');
    await create('jsapi', body(tradeNo('CT'), [sub(used, 1)]));
    expect(refusal(await errorOf(create('jsapi', body(tradeNo('CT'), [sub(used, 1)])))).code).toBe('INVALID_REQUEST');

    expect(refusal(await errorOf(byNo('NoSuchCombine1'))).code).toBe('ORDER_NOT_EXIST');
  });

  test('the notification is retried on notifyRetryDelays until the receiver answers 2xx, under one id', async () => {
    const no = tradeNo('CR');
    await create('jsapi', body(no, [sub(tradeNo('CF'), 1)]));
    answers.push(503);
    await sim.combine.pay(no, { openid: 'oOtherPayer00000000000000000' });
    expect((await deliveredAttempts(sim, (n) => n.out_trade_no === no)).map((n) => [n.attempt, n.delivered])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(noticesFor(no)[1]!.resource).toMatchObject({ combine_payer_info: { openid: 'oOtherPayer00000000000000000' } });
  });

  test('the control interface pays a combine order by plain HTTP; a sub-order cannot be paid alone, a paid one not again (409)', async () => {
    const control = await startControl(sim);
    try {
      const call = async (path: string, body: unknown = {}) => {
        const headers = { Authorization: `Bearer ${control.token}`, 'Content-Type': 'application/json' };
        const answer = await rawRequest(control.url, 'POST', path, headers, JSON.stringify(body));
        return { status: answer.status, json: JSON.parse(answer.text) as Record<string, unknown> };
      };
      const no = tradeNo('CX');
      const part = tradeNo('CY');
      await create('jsapi', body(no, [sub(part, 5)]));
      expect(await call(`/orders/${part}/pay`)).toMatchObject({ status: 409, json: { code: 'INVALID_STATE' } });
      const paid = await call(`/combine/${no}/pay`, { openid: OPENID });
      expect(paid).toMatchObject({ status: 200, json: { combine_out_trade_no: no, sub_orders: [part] } });
      expect(sim.orders.get(part)?.trade_state).toBe('SUCCESS');
      expect(await call(`/combine/${no}/pay`)).toMatchObject({ status: 409, json: { code: 'INVALID_STATE' } });
      expect(await call('/combine/NoSuchCombine2/pay')).toMatchObject({ status: 404 });
      await waitFor(() => noticesFor(no).length === 1);
    } finally {
      await control.close();
    }
  });
});
