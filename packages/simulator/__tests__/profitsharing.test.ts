import { isApiError, type Client } from 'wechatpay-ts';
import { startControl, type Simulator } from '../src';
import type { TestServer } from '../../../__tests__/helpers/http';
import { APPID, codeOf, errorOf, MCHID, rawRequest, tradeNo, useSimulator, verifiedNotices, waitFor } from './helpers';

/** The receiving merchant, and a user receiver. */
const RECEIVER = '1900000222';
const OPENID = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o';

let sim: Simulator;
let wx: Client;
let receiver: TestServer;
const answers: number[] = [];

useSimulator(
  { sim: (url) => ({ notifyRetryDelays: [30, 30], profitSharingNotifyUrl: `${url}profitsharing-notify` }), answers },
  (f) => ({ sim, wx, receiver } = f),
);
beforeAll(async () => {
  for (const [type, account] of [
    ['MERCHANT_ID', RECEIVER],
    ['PERSONAL_OPENID', OPENID],
  ])
    await wx.v3.profitsharing.receivers.add.post({ json: { appid: APPID, type, account, relation_type: 'PARTNER' } as never });
});

const sharing = () => wx.v3.profitsharing;
// `never`: some bodies break the rules on purpose, to see the simulator refuse them.
const share = (json: Record<string, unknown>) => sharing().orders.post({ json: json as never });
const query = (no: string, transactionId: string) => sharing().orders._out_order_no_.get({ out_order_no: no, query: { transaction_id: transactionId } });
const unsplit = async (id: string) => (await sharing().transactions._transaction_id_.amounts.get({ transaction_id: id })).data.unsplit_amount;
const giveBack = (json: Record<string, unknown>) => sharing().returnOrders.post({ json: json as never });

/** A paid native order of `total` fen, made for 分账 unless `profitSharing` is false; its transaction_id. */
async function paidOrder(total: number, profitSharing = true): Promise<string> {
  const no = tradeNo('PS');
  await wx.v3.pay.transactions.native.post({
    json: {
      appid: APPID,
      mchid: MCHID,
      description: '分账订单',
      out_trade_no: no,
      notify_url: 'http://127.0.0.1:9/unused',
      amount: { total },
      settle_info: { profit_sharing: profitSharing },
    },
  });
  return (await sim.pay(no)).transaction_id!;
}

const order = (transactionId: string, no: string, receivers: Array<[string, string, number]>, extra: Record<string, unknown> = {}) => ({
  appid: APPID,
  transaction_id: transactionId,
  out_order_no: no,
  receivers: receivers.map(([type, account, amount]) => ({ type, account, amount, description: '分给商户' })),
  unfreeze_unsplit: false,
  ...extra,
});

const noticesFor = (no: string) => verifiedNotices(receiver, wx, 'out_order_no', no);

describe('分账 (profit sharing) through the SDK', () => {
  test('share -> PROCESSING, PENDING -> sim.profitsharing.finish -> FINISHED, SUCCESS, PROFITSHARING.SUCCESS to the merchant receiver, verified', async () => {
    const id = await paidOrder(1000);
    expect(await unsplit(id)).toBe(1000);
    const no = tradeNo('SO');
    const { data } = await share(
      order(id, no, [
        ['MERCHANT_ID', RECEIVER, 300],
        ['PERSONAL_OPENID', OPENID, 100],
      ]),
    );
    expect(data).toMatchObject({ transaction_id: id, out_order_no: no, state: 'PROCESSING' });
    expect(data.receivers!.map((r) => [r.account, r.amount, r.result])).toEqual([
      [RECEIVER, 300, 'PENDING'],
      [OPENID, 100, 'PENDING'],
    ]);
    expect(await unsplit(id)).toBe(600);
    expect(noticesFor(no)).toHaveLength(0);

    await sim.profitsharing.finish(no);
    const done = await query(no, id);
    expect(done.data.state).toBe('FINISHED');
    expect(done.data.receivers!.map((r) => r.result)).toEqual(['SUCCESS', 'SUCCESS']);
    // Only a MERCHANT_ID receiver is notified (分账动账通知 goes to merchants).
    await waitFor(() => noticesFor(no).length === 1);
    const [notice] = noticesFor(no);
    expect(notice).toMatchObject({ event_type: 'PROFITSHARING.SUCCESS', summary: '分账', resource_type: 'encrypt-resource' });
    expect(notice!.resource).toMatchObject({
      mchid: MCHID,
      transaction_id: id,
      out_order_no: no,
      order_id: data.order_id,
      receiver: { type: 'MERCHANT_ID', account: RECEIVER, amount: 300, description: '分给商户' },
    });
    await expect(sim.profitsharing.finish(no)).rejects.toThrow(/is FINISHED/);

    // The same body again answers the same order; other content under its number is refused.
    expect(
      (
        await share(
          order(id, no, [
            ['MERCHANT_ID', RECEIVER, 300],
            ['PERSONAL_OPENID', OPENID, 100],
          ]),
        )
      ).data.order_id,
    ).toBe(data.order_id);
    expect(codeOf(await errorOf(share(order(id, no, [['MERCHANT_ID', RECEIVER, 1]]))))).toEqual([400, 'INVALID_REQUEST']);
  });

  test('a return gives back part of a merchant share: SUCCESS, unsplit again, PROFITSHARING.RETURN; not more than was shared', async () => {
    const id = await paidOrder(500);
    const no = tradeNo('SR');
    await share(order(id, no, [['MERCHANT_ID', RECEIVER, 200]]));
    const early = await errorOf(giveBack({ out_order_no: no, out_return_no: tradeNo('RB'), return_mchid: RECEIVER, amount: 50, description: '回退' }));
    expect(codeOf(early)).toEqual([400, 'INVALID_REQUEST']);
    await sim.profitsharing.finish(no);

    const back = tradeNo('RB');
    const { data } = await giveBack({ out_order_no: no, out_return_no: back, return_mchid: RECEIVER, amount: 150, description: '用户退款' });
    expect(data).toMatchObject({ out_order_no: no, out_return_no: back, return_mchid: RECEIVER, amount: 150, result: 'SUCCESS' });
    expect(await unsplit(id)).toBe(450);
    const queried = await sharing().returnOrders._out_return_no_.get({ out_return_no: back, query: { out_order_no: no } });
    expect(queried.data.return_id).toBe(data.return_id);
    await waitFor(() => noticesFor(no).some((n) => n.event_type === 'PROFITSHARING.RETURN'));
    expect(noticesFor(no).find((n) => n.event_type === 'PROFITSHARING.RETURN')!.resource).toMatchObject({ receiver: { account: RECEIVER, amount: 150 } });

    const tooMuch = await errorOf(giveBack({ out_order_no: no, out_return_no: tradeNo('RB'), return_mchid: RECEIVER, amount: 51, description: '回退' }));
    expect(codeOf(tooMuch)).toEqual([400, 'INVALID_REQUEST']);
    expect(isApiError(tooMuch) && (tooMuch.body as { message: string }).message).toMatch(/回退金额51超过.*50/);
  });

  test('the rules: the unsplit amount (403 NOT_ENOUGH), an order made for 分账, receivers added first; close gives the amount back', async () => {
    const id = await paidOrder(100);
    expect(codeOf(await errorOf(share(order(id, tradeNo('SN'), [['MERCHANT_ID', RECEIVER, 101]]))))).toEqual([403, 'NOT_ENOUGH']);

    const plain = await paidOrder(100, false);
    const notFlagged = await errorOf(share(order(plain, tradeNo('SF'), [['MERCHANT_ID', RECEIVER, 1]])));
    expect(codeOf(notFlagged)).toEqual([400, 'INVALID_REQUEST']);
    expect(isApiError(notFlagged) && (notFlagged.body as { message: string }).message).toMatch(/profit_sharing/);

    const stranger = await errorOf(share(order(id, tradeNo('SX'), [['MERCHANT_ID', '1900000333', 1]])));
    expect(isApiError(stranger) && (stranger.body as { detail: { field: string } }).detail.field).toBe('receivers[0].account');

    const no = tradeNo('SC');
    await share(order(id, no, [['MERCHANT_ID', RECEIVER, 60]]));
    expect(await unsplit(id)).toBe(40);
    await sim.profitsharing.close(no, 'RECEIVER_ABNORMAL_CLOSED');
    expect((await query(no, id)).data.receivers![0]).toMatchObject({ result: 'CLOSED', fail_reason: 'RECEIVER_ABNORMAL_CLOSED' });
    expect(await unsplit(id)).toBe(100);
    expect(codeOf(await errorOf(query(no, 'another-transaction')))).toEqual([404, 'RESOURCE_NOT_EXISTS']);
  });

  test('unfreeze gives the rest back to the merchant: nothing is unsplit after, and no more can be shared', async () => {
    const id = await paidOrder(300);
    await share(order(id, tradeNo('SU'), [['MERCHANT_ID', RECEIVER, 100]]));
    const no = tradeNo('UF');
    const { data } = await sharing().orders.unfreeze.post({ json: { transaction_id: id, out_order_no: no, description: '解冻全部剩余资金' } });
    expect(data.receivers).toEqual([expect.objectContaining({ type: 'MERCHANT_ID', account: MCHID, amount: 200, result: 'PENDING' })]);
    expect(await unsplit(id)).toBe(0);
    expect(codeOf(await errorOf(share(order(id, tradeNo('SL'), [['MERCHANT_ID', RECEIVER, 1]]))))).toEqual([400, 'INVALID_REQUEST']);
    await sim.profitsharing.finish(no);
    expect((await query(no, id)).data.state).toBe('FINISHED');
  });

  test('receivers: delete one and it can no longer be shared to; CUSTOM needs custom_relation', async () => {
    const other = '1900000444';
    await sharing().receivers.add.post({ json: { appid: APPID, type: 'MERCHANT_ID', account: other, relation_type: 'SUPPLIER' } as never });
    const id = await paidOrder(100);
    await share(order(id, tradeNo('SD'), [['MERCHANT_ID', other, 10]]));
    await wx['v3/profitsharing/receivers/delete'].post({ json: { appid: APPID, type: 'MERCHANT_ID', account: other } });
    expect(codeOf(await errorOf(share(order(id, tradeNo('SE'), [['MERCHANT_ID', other, 10]]))))).toEqual([400, 'INVALID_REQUEST']);
    const custom = await errorOf(
      sharing().receivers.add.post({ json: { appid: APPID, type: 'MERCHANT_ID', account: other, relation_type: 'CUSTOM' } as never }),
    );
    expect(isApiError(custom) && (custom.body as { detail: { field: string } }).detail.field).toBe('custom_relation');
  });

  test('the control interface finishes or closes a 分账 order by plain HTTP; an ended one is 409', async () => {
    const control = await startControl(sim);
    try {
      const call = async (path: string, body: unknown = {}) => {
        const headers = { Authorization: `Bearer ${control.token}`, 'Content-Type': 'application/json' };
        const answer = await rawRequest(control.url, 'POST', path, headers, JSON.stringify(body));
        return { status: answer.status, json: JSON.parse(answer.text) as Record<string, unknown> };
      };
      const id = await paidOrder(100);
      const [done, closed] = [tradeNo('CF'), tradeNo('CC')];
      await share(order(id, done, [['MERCHANT_ID', RECEIVER, 10]]));
      await share(order(id, closed, [['MERCHANT_ID', RECEIVER, 20]]));
      expect(await call(`/profitsharing/${done}/finish`)).toMatchObject({ status: 200, json: { state: 'FINISHED' } });
      expect(await call(`/profitsharing/${done}/finish`)).toMatchObject({ status: 409, json: { code: 'INVALID_STATE' } });
      expect(await call(`/profitsharing/${closed}/close`, { reason: 'bad reason' })).toMatchObject({ status: 400 });
      expect(await call(`/profitsharing/${closed}/close`, { reason: 'RECEIVER_ABNORMAL_CLOSED' })).toMatchObject({ status: 200 });
      expect(await unsplit(id)).toBe(90);
      expect(await call('/profitsharing/NoSuchOrder1/finish')).toMatchObject({ status: 404 });
    } finally {
      await control.close();
    }
  });
});
