import { downloadBill, isApiError, type Client } from 'wechatpay-ts';
import type { Simulator } from '../src';
import { APPID, billTrades, paidDay, tradeNo, useSimulator } from './helpers';

let sim: Simulator;
let wx: Client;
let paid: string;
let refunded: string;
const transfer = tradeNo('FT').replace(/[^A-Za-z0-9]/g, '');
const billDate = (offsetDays = 0) => paidDay(sim, paid, offsetDays);

useSimulator({}, (f) => ({ sim, wx } = f));
beforeAll(async () => {
  ({ paid, refunded } = await billTrades(sim, wx, { prefix: 'F', description: '资金账单', reason: '退货, 部分' }));
  await wx.v3.fundApp.mchTransfer.transferBills.post({
    json: {
      appid: APPID,
      out_bill_no: transfer,
      transfer_scene_id: '1000',
      openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
      transfer_amount: 300,
      transfer_remark: '报销',
      transfer_scene_report_infos: [{ info_type: '活动名称', info_content: '注册会员有礼' }],
    },
  });
  await sim.transfers.confirm(transfer);
});

const cells = (line: string) => line.split(',').map((value) => value.replace(/^`/, ''));

describe('the fund-flow bill (资金账单) through the SDK', () => {
  test('BASIC: each payment in, its 0.6% fee out, each refund out, the balance running; then the summary', async () => {
    const csv = await downloadBill(wx, { type: 'fundflowbill', query: { bill_date: billDate(), account_type: 'BASIC', tar_type: 'GZIP' } });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('记账时间,微信支付业务单号,资金流水单号,业务名称,业务类型,收支类型,收支金额(元),账户结余(元),资金变更提交申请人,备注,业务凭证号');
    const rows = lines.slice(1, lines.indexOf('资金流水总笔数,收入笔数,收入金额,支出笔数,支出金额')).map(cells);
    expect(rows.map((r) => [r[3], r[5], r[6]])).toEqual([
      ['交易', '收入', '12.34'],
      ['扣除交易手续费', '支出', '0.07'],
      ['交易', '收入', '5.00'],
      ['扣除交易手续费', '支出', '0.03'],
      ['退款', '支出', '2.00'],
    ]);
    expect(rows.map((r) => r[7])).toEqual(['12.34', '12.27', '17.27', '17.24', '15.24']);
    expect(rows[0]![1]).toBe(sim.orders.get(paid)!.transaction_id);
    expect(rows[4]![1]).toBe(sim.refunds.get(`R${refunded}`)!.refund_id);
    // The reason's comma cannot break the columns.
    expect(rows[4]![9]).toBe('退货， 部分');
    expect(rows.every((r) => /^\d{26}$/.test(r[2]!))).toBe(true);
    expect(cells(lines.at(-2)!)).toEqual(['5', '2', '17.34', '3', '2.10']);
  });

  test('OPERATION holds the 商家转账 paid out; FEES has no movement: NO_STATEMENT_EXIST; a wrong account_type is refused naming it', async () => {
    const csv = await downloadBill(wx, { type: 'fundflowbill', query: { bill_date: billDate(), account_type: 'OPERATION' } });
    const row = cells(csv.split('\r\n')[1]!);
    expect([row[1], row[3], row[5], row[6], row[9]]).toEqual([sim.transfers.get(transfer)!.transfer_bill_no, '商家转账', '支出', '3.00', '报销']);

    const fees = await wx.v3.bill.fundflowbill.get({ query: { bill_date: billDate(), account_type: 'FEES' } }).catch((e: unknown) => e);
    expect(isApiError(fees) && (fees.body as { code: string }).code).toBe('NO_STATEMENT_EXIST');
    const yesterday = await wx.v3.bill.fundflowbill.get({ query: { bill_date: billDate(-1) } }).catch((e: unknown) => e);
    expect(isApiError(yesterday) && (yesterday.body as { code: string }).code).toBe('NO_STATEMENT_EXIST');
    const wrong = await wx.v3.bill.fundflowbill.get({ query: { bill_date: billDate(), account_type: 'SAVINGS' as never } }).catch((e: unknown) => e);
    expect(isApiError(wrong) && (wrong.body as { detail: { field: string } }).detail.field).toBe('account_type');
  });
});
