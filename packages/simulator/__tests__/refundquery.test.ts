import type { Client } from 'wechatpay-ts';
import type { Simulator } from '../src';
import { APPID, errorOf, MCHID, tradeNo, useSimulator } from './helpers';

let sim: Simulator;
let wx: Client;
const order = tradeNo('RQ');

// The refunds themselves are secapi/pay/refund: mutual TLS, the client certificate issued by the simulator's CA.
useSimulator({ sim: { tls: true } }, (f) => ({ sim, v2: wx } = f));
beforeAll(async () => {
  await wx.v2.pay.unifiedorder.post({
    xml: {
      appid: APPID,
      mch_id: MCHID,
      body: '退款查询',
      out_trade_no: order,
      total_fee: 1000,
      spbill_create_ip: '8.8.8.8',
      notify_url: 'http://127.0.0.1:9/unused',
      trade_type: 'NATIVE',
    },
  });
  await sim.pay(order);
  for (const [no, fee] of [
    ['1', 100],
    ['2', 250],
  ] as const) {
    await wx.v2.secapi.pay.refund.post({
      xml: { appid: APPID, mch_id: MCHID, out_trade_no: order, out_refund_no: `${order}-${no}`, total_fee: 1000, refund_fee: fee },
    });
  }
});

const refundquery = (xml: Record<string, string | number | undefined>) => wx.v2.pay.refundquery.post({ xml: { appid: APPID, mch_id: MCHID, ...xml } as never });

describe('APIv2 pay/refundquery through the SDK (the answer sign verified)', () => {
  test('by out_trade_no or transaction_id: every refund of the order, numbered _0, _1 in the order they were made', async () => {
    const transactionId = sim.orders.get(order)!.transaction_id!;
    for (const by of [{ out_trade_no: order }, { transaction_id: transactionId }]) {
      const { data } = await refundquery(by);
      expect(data).toMatchObject({
        return_code: 'SUCCESS',
        result_code: 'SUCCESS',
        out_trade_no: order,
        transaction_id: transactionId,
        total_fee: '1000',
        refund_count: '2',
        out_refund_no_0: `${order}-1`,
        refund_fee_0: '100',
        refund_status_0: 'SUCCESS',
        out_refund_no_1: `${order}-2`,
        refund_fee_1: '250',
        refund_status_1: 'SUCCESS',
        refund_id_1: sim.refunds.get(`${order}-2`)!.refund_id,
      });
      expect((data as Record<string, string>).refund_success_time_0).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    }
  });

  test('by out_refund_no or refund_id: that refund alone; offset pages with total_refund_count', async () => {
    const second = sim.refunds.get(`${order}-2`)!;
    for (const by of [{ out_refund_no: `${order}-2` }, { refund_id: second.refund_id }]) {
      const { data } = await refundquery(by);
      expect(data).toMatchObject({ refund_count: '1', out_refund_no_0: `${order}-2`, refund_id_0: second.refund_id });
      expect(data).not.toHaveProperty('out_refund_no_1');
    }
    const page = await refundquery({ out_trade_no: order, offset: 1 });
    expect(page.data).toMatchObject({ refund_count: '1', total_refund_count: '2', out_refund_no_0: `${order}-2` });
  });

  test('nothing named: return_code FAIL; nothing found: err_code REFUNDNOTEXIST', async () => {
    expect(await errorOf(refundquery({}))).toMatchObject({ returnCode: 'FAIL', returnMsg: expect.stringMatching(/out_refund_no/) });
    expect(await errorOf(refundquery({ out_refund_no: 'NoSuchRefund' }))).toMatchObject({ resultCode: 'FAIL', errCode: 'REFUNDNOTEXIST' });
    expect(await errorOf(refundquery({ out_trade_no: order, offset: 5 }))).toMatchObject({ errCode: 'REFUNDNOTEXIST' });
  });
});
