import { decryptRefundReqInfo, v2NotificationAnswer, verifyV2Notification, type Client } from 'wechatpay-ts';
import type { Simulator } from '../src';
import type { TestServer } from '../../../__tests__/helpers/http';
import { APPID, deliveredAttempts, MCHID, SECRET, tradeNo, useSimulator, waitFor } from './helpers';

let sim: Simulator;
let wx: Client;
let receiver: TestServer;
/** Answers the receiver gives, in turn: a FAIL (not taken) first when asked, then SUCCESS. */
const failures: string[] = [];

useSimulator(
  {
    sim: { tls: true },
    answer: () => {
      const failure = failures.shift();
      const answer = v2NotificationAnswer(failure === undefined ? undefined : new Error(failure));
      return { status: answer.status, headers: answer.headers, body: answer.body };
    },
  },
  (f) => ({ sim, v2: wx, receiver } = f),
);

async function paidOrder(total: number): Promise<string> {
  const no = tradeNo('VR');
  await wx.v2.pay.unifiedorder.post({
    xml: {
      appid: APPID,
      mch_id: MCHID,
      body: '退款通知',
      out_trade_no: no,
      total_fee: total,
      spbill_create_ip: '8.8.8.8',
      notify_url: 'http://127.0.0.1:9/unused',
      trade_type: 'NATIVE',
    },
  });
  await sim.pay(no);
  return no;
}
const refund = (no: string, outRefundNo: string, fee: number) =>
  wx.v2.secapi.pay.refund.post({
    xml: {
      appid: APPID,
      mch_id: MCHID,
      out_trade_no: no,
      out_refund_no: outRefundNo,
      total_fee: 300,
      refund_fee: fee,
      notify_url: `${receiver.url}refund-notify`,
    },
  });
/** The refund notifications the receiver got about `outRefundNo`, authenticated and their req_info decrypted with the SDK. */
function noticesFor(outRefundNo: string) {
  return receiver.received
    .map((r) => verifyV2Notification(r.body, SECRET))
    .map((notice) => ({ notice, details: decryptRefundReqInfo(notice.req_info as string, SECRET) }))
    .filter(({ details }) => details.out_refund_no === outRefundNo);
}

describe('APIv2 refund notifications (退款结果通知) through the SDK', () => {
  test('a refund that succeeds at once: the XML with req_info, decrypted with the APIv2 key; retried until return_code SUCCESS', async () => {
    const no = await paidOrder(300);
    failures.push('busy');
    await refund(no, `${no}-1`, 100);
    await waitFor(() => noticesFor(`${no}-1`).length === 2);
    const { notice, details } = noticesFor(`${no}-1`)[0]!;
    expect(notice).toMatchObject({ return_code: 'SUCCESS', appid: APPID, mch_id: MCHID });
    expect(notice).not.toHaveProperty('sign');
    expect(details).toMatchObject({
      out_trade_no: no,
      transaction_id: sim.orders.get(no)!.transaction_id,
      refund_id: sim.refunds.get(`${no}-1`)!.refund_id,
      total_fee: '300',
      refund_fee: '100',
      refund_status: 'SUCCESS',
      refund_request_source: 'API',
    });
    expect(details.success_time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const attempts = await deliveredAttempts(sim, (n) => n.url.endsWith('refund-notify') && n.out_trade_no === no);
    expect(attempts.map((a) => a.delivered)).toEqual([false, true]);
  });

  test('held PROCESSING (refundquery says so, nothing sent), then ABNORMAL and CLOSED: CHANGE and REFUNDCLOSE, to the notification and to refundquery', async () => {
    const no = await paidOrder(300);
    sim.refundScenarios.set('processing', { times: 2 });
    expect((await refund(no, `${no}-A`, 100)).data).toMatchObject({ result_code: 'SUCCESS' });
    await refund(no, `${no}-C`, 100);
    const held = await wx.v2.pay.refundquery.post({ xml: { appid: APPID, mch_id: MCHID, out_trade_no: no } as never });
    expect(held.data).toMatchObject({ refund_count: '2', refund_status_0: 'PROCESSING', refund_status_1: 'PROCESSING' });
    expect(noticesFor(`${no}-A`)).toHaveLength(0);

    await sim.finishRefund(`${no}-A`, 'ABNORMAL');
    await sim.finishRefund(`${no}-C`, 'CLOSED');
    await waitFor(() => noticesFor(`${no}-A`).length === 1 && noticesFor(`${no}-C`).length === 1);
    expect(noticesFor(`${no}-A`)[0]!.details).toMatchObject({ refund_status: 'CHANGE' });
    expect(noticesFor(`${no}-C`)[0]!.details).toMatchObject({ refund_status: 'REFUNDCLOSE' });
    expect(noticesFor(`${no}-C`)[0]!.details).not.toHaveProperty('success_time');
    const ended = await wx.v2.pay.refundquery.post({ xml: { appid: APPID, mch_id: MCHID, out_trade_no: no } as never });
    expect(ended.data).toMatchObject({ refund_status_0: 'CHANGE', refund_status_1: 'REFUNDCLOSE' });
  });
});
