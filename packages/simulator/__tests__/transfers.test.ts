import { isApiError, type Client } from 'wechatpay-ts';
import type { Simulator } from '../src';
import type { TestServer } from '../../../__tests__/helpers/http';
import { APPID, deliveredAttempts, errorOf, MCHID, tradeNo, useSimulator, verifiedNotices, waitFor } from './helpers';

let sim: Simulator;
let wx: Client;
let receiver: TestServer;
/** Statuses the merchant's notify endpoint answers with, in turn; 204 once they run out. */
const answers: number[] = [];

useSimulator({ sim: { notifyRetryDelays: [30, 30] }, answers }, (f) => ({ sim, wx, receiver } = f));

// `never`: some tests send bodies the endpoint types refuse on purpose, to see the simulator refuse them.
const bills = {
  create: (json: Record<string, unknown>) => wx.v3.fundApp.mchTransfer.transferBills.post({ json: json as never }),
  byOutBillNo: (no: string) => wx.v3.fundApp.mchTransfer.transferBills.outBillNo._out_bill_no_.get({ out_bill_no: no }),
  byTransferBillNo: (no: string) => wx.v3.fundApp.mchTransfer.transferBills.transferBillNo._transfer_bill_no_.get({ transfer_bill_no: no }),
  cancel: (no: string) => wx.v3.fundApp.mchTransfer.transferBills.outBillNo._out_bill_no_.cancel.post({ out_bill_no: no }),
};

const billNo = () => tradeNo('TB').replace(/[^A-Za-z0-9]/g, '');
const body = (no: string, extra: Record<string, unknown> = {}) => ({
  appid: APPID,
  out_bill_no: no,
  transfer_scene_id: '1000',
  openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
  transfer_amount: 400,
  transfer_remark: '2020年4月报销',
  transfer_scene_report_infos: [{ info_type: '活动名称', info_content: '注册会员有礼' }],
  notify_url: `${receiver.url}transfer-notify`,
  ...extra,
});

/** The verified, decrypted notifications about `no` the receiver got. */
const noticesFor = (no: string) => verifiedNotices<{ out_bill_no: string; state: string; [k: string]: unknown }>(receiver, wx, 'out_bill_no', no);

describe('商家转账 through the SDK', () => {
  test('create -> WAIT_USER_CONFIRM with package_info -> queries by both numbers -> the payee confirms -> SUCCESS and MCHTRANSFER.BILL.FINISHED, verified', async () => {
    const no = billNo();
    const { data, status } = await bills.create(body(no));
    expect(status).toBe(200);
    expect(data).toMatchObject({ out_bill_no: no, state: 'WAIT_USER_CONFIRM' });
    expect(data.transfer_bill_no).toMatch(/^1330\d{36}$/);
    expect(data.package_info).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(data.create_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);

    const again = await bills.create(body(no));
    expect(again.data.transfer_bill_no).toBe(data.transfer_bill_no);
    const other = await errorOf(bills.create(body(no, { transfer_amount: 500 })));
    expect(isApiError(other) && other.status === 400 && (other.body as { code: string }).code).toBe('INVALID_REQUEST');

    const waiting = await bills.byOutBillNo(no);
    expect(waiting.data).toMatchObject({
      mch_id: MCHID,
      out_bill_no: no,
      transfer_bill_no: data.transfer_bill_no,
      appid: APPID,
      state: 'WAIT_USER_CONFIRM',
      transfer_amount: 400,
    });
    expect(noticesFor(no)).toHaveLength(0);

    const confirmed = await sim.transfers.confirm(no);
    expect(confirmed.state).toBe('SUCCESS');
    await waitFor(() => noticesFor(no).length === 1);
    const [notice] = noticesFor(no);
    expect(notice).toMatchObject({ event_type: 'MCHTRANSFER.BILL.FINISHED', summary: '商家转账单据终态通知' });
    expect(notice!.resource).toMatchObject({ out_bill_no: no, transfer_bill_no: data.transfer_bill_no, state: 'SUCCESS', mch_id: MCHID, transfer_amount: 400 });

    const done = await bills.byTransferBillNo(data.transfer_bill_no);
    expect(done.data).toMatchObject({ out_bill_no: no, state: 'SUCCESS' });
    // Confirmed is final: neither the payee nor the merchant can change it now.
    await expect(sim.transfers.confirm(no)).rejects.toThrow(/is SUCCESS; only a bill waiting/);
    const late = await errorOf(bills.cancel(no));
    expect(isApiError(late) && (late.body as { code: string }).code).toBe('INVALID_REQUEST');
  });

  test('cancel: CANCELING, then the bill reads CANCELLED and MCHTRANSFER.BILL.FINISHED says so; cancelling again answers CANCELLED', async () => {
    const no = billNo();
    const { data } = await bills.create(body(no));
    const cancelled = await bills.cancel(no);
    expect(cancelled.data).toMatchObject({ out_bill_no: no, transfer_bill_no: data.transfer_bill_no, state: 'CANCELING' });
    expect((await bills.byOutBillNo(no)).data.state).toBe('CANCELLED');
    await waitFor(() => noticesFor(no).length === 1);
    expect(noticesFor(no)[0]!.resource.state).toBe('CANCELLED');
    expect((await bills.cancel(no)).data.state).toBe('CANCELLED');
    await expect(sim.transfers.confirm(no)).rejects.toThrow(/is CANCELLED/);
  });

  test('the payee side can fail a bill: FAIL with its fail_reason, notified', async () => {
    const no = billNo();
    await bills.create(body(no));
    await sim.transfers.fail(no, 'PAYEE_ACCOUNT_ABNORMAL');
    expect((await bills.byOutBillNo(no)).data).toMatchObject({ state: 'FAIL', fail_reason: 'PAYEE_ACCOUNT_ABNORMAL' });
    await waitFor(() => noticesFor(no).length === 1);
    expect(noticesFor(no)[0]!.resource).toMatchObject({ state: 'FAIL', fail_reason: 'PAYEE_ACCOUNT_ABNORMAL' });
  });

  test('the notification is retried on notifyRetryDelays until the receiver answers 2xx, under one id', async () => {
    const no = billNo();
    await bills.create(body(no));
    answers.push(500, 503);
    await sim.transfers.confirm(no);
    const attempts = await deliveredAttempts(sim, (n) => n.out_trade_no === no);
    expect(attempts.map((a) => [a.attempt, a.delivered, a.status])).toEqual([
      [1, false, 500],
      [2, false, 503],
      [3, true, 204],
    ]);
    expect(new Set(noticesFor(no).map((n) => n.id)).size).toBe(1);
  });

  test('unknown bills are 404 NOT_FOUND; a bad body is 400 PARAM_ERROR naming the field; the name from 2,000 yuan must decrypt with the platform key', async () => {
    const missing = await errorOf(bills.byOutBillNo('NoSuchBill123'));
    expect(isApiError(missing) && [missing.status, (missing.body as { code: string }).code]).toEqual([404, 'NOT_FOUND']);
    const bad = await errorOf(bills.create(body(billNo(), { transfer_amount: 0 })));
    expect(isApiError(bad) && (bad.body as { detail: { field: string } }).detail.field).toBe('transfer_amount');
    const unnamed = await errorOf(bills.create(body(billNo(), { transfer_amount: 200_000 })));
    expect(isApiError(unnamed) && (unnamed.body as { message: string }).message).toMatch(/user_name/);

    const no = billNo();
    const named = await wx.v3.fundApp.mchTransfer.transferBills.post({
      json: (encrypt) => ({ ...body(no, { transfer_amount: 200_000 }), user_name: encrypt('张三') }) as never,
    });
    expect(named.data.state).toBe('WAIT_USER_CONFIRM');
    expect(sim.transfers.get(no)?.user_name).toBeDefined();
    const forged = await errorOf(bills.create({ ...body(billNo(), { transfer_amount: 200_000 }), user_name: Buffer.from('张三').toString('base64') }));
    expect(isApiError(forged) && (forged.body as { message: string }).message).toMatch(/user_name|Wechatpay-Serial/);
  });
});
