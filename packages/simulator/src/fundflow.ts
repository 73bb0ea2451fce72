import { createHash } from 'node:crypto';
import { clean, RATE, row, yuan } from './bill';
import type { SimState } from './state';
import { BeijingTime } from 'wechatpay-ts';

/** The columns of WeChat Pay's fund-flow bill (资金账单), in its order. */
export const FUNDFLOW_HEADER = [
  '记账时间',
  '微信支付业务单号',
  '资金流水单号',
  '业务名称',
  '业务类型',
  '收支类型',
  '收支金额(元)',
  '账户结余(元)',
  '资金变更提交申请人',
  '备注',
  '业务凭证号',
];
const SUMMARY_HEADER = ['资金流水总笔数', '收入笔数', '收入金额', '支出笔数', '支出金额'];
/** The accounts a fund-flow bill is asked for: 基本账户, 运营账户, 手续费账户. */
export const ACCOUNT_TYPES = ['BASIC', 'OPERATION', 'FEES'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

interface Movement {
  at: Date;
  /** The business number: transaction_id, refund_id or transfer_bill_no. */
  no: string;
  name: string;
  income: boolean;
  fen: number;
  note: string;
}

/** The same movement always gets the same 资金流水单号 (digits), so two downloads of a day agree. */
function flowNo(movement: Movement): string {
  const hex = createHash('sha256').update(`${movement.name}:${movement.no}`).digest('hex').slice(0, 20);
  return `1${BigInt(`0x${hex}`).toString().padStart(25, '0')}`;
}

/** Each payment of `day` credits the basic account, and its fee (0.6%, rounded to the fen) is taken from it. */
function payments(state: SimState, day: string): Movement[] {
  const moved: Movement[] = [];
  for (const order of state.orders.values()) {
    if (!order.success_time || !order.transaction_id || BeijingTime.day(order.success_time) !== day) continue;
    const base = { at: order.success_time, no: order.transaction_id, note: '' };
    moved.push({ ...base, name: '交易', income: true, fen: order.amount.total });
    const fee = Math.round(order.amount.total * RATE);
    if (fee > 0) moved.push({ ...base, name: '扣除交易手续费', income: false, fen: fee });
  }
  return moved;
}

/** Each refund that succeeded on `day` leaves the basic account. */
function refunds(state: SimState, day: string): Movement[] {
  const moved: Movement[] = [];
  for (const refund of state.refunds.values()) {
    const at: Date | undefined = refund.success_time;
    if (!at || refund.status !== 'SUCCESS' || BeijingTime.day(at) !== day) continue;
    moved.push({ at, no: refund.refund_id, name: '退款', income: false, fen: refund.amount.refund, note: clean(refund.reason) });
  }
  return moved;
}

/** Each 商家转账 that succeeded on `day` leaves the operation account (运营账户), as WeChat Pay pays transfers from it. */
function transfers(state: SimState, day: string): Movement[] {
  const moved: Movement[] = [];
  for (const bill of state.transfers.values()) {
    if (bill.state !== 'SUCCESS' || BeijingTime.day(bill.update_time) !== day) continue;
    moved.push({
      at: bill.update_time,
      no: bill.transfer_bill_no,
      name: '商家转账',
      income: false,
      fen: bill.transfer_amount,
      note: clean(bill.transfer_remark),
    });
  }
  return moved;
}

/**
 * The fund-flow bill of `day` (yyyy-MM-dd, UTC+8) for one account, laid out as WeChat Pay's: the
 * header, one row per movement by time (payments and their fees and refunds in BASIC, 商家转账 in
 * OPERATION; FEES has none, fees being taken from the basic account), each value prefixed with a
 * backquote, the balance running from 0 at the day's start, then the summary. Lines end in CRLF.
 * Undefined when the account did not move that day (WeChat answers NO_STATEMENT_EXIST then).
 *
 * @example fundFlowBill(state, '2024-01-01', 'BASIC')?.split('\r\n')[0] // '记账时间,微信支付业务单号,资金流水单号,…'
 */
export function fundFlowBill(state: SimState, day: string, account: AccountType): string | undefined {
  const moved = account === 'BASIC' ? [...payments(state, day), ...refunds(state, day)] : account === 'OPERATION' ? transfers(state, day) : [];
  if (moved.length === 0) return undefined;
  moved.sort((a, b) => a.at.getTime() - b.at.getTime());
  let balance = 0;
  const lines = moved.map((movement) => {
    balance += movement.income ? movement.fen : -movement.fen;
    const { at, no, name, income, fen, note } = movement;
    return row([BeijingTime.bill(at), no, flowNo(movement), name, name, income ? '收入' : '支出', yuan(fen), yuan(balance), 'system', note, no]);
  });
  const incomes = moved.filter((m) => m.income);
  const outgoings = moved.filter((m) => !m.income);
  const sum = (list: Movement[]) => yuan(list.reduce((total, m) => total + m.fen, 0));
  const summary = row([String(moved.length), String(incomes.length), sum(incomes), String(outgoings.length), sum(outgoings)]);
  return [FUNDFLOW_HEADER.join(','), ...lines, SUMMARY_HEADER.join(','), summary, ''].join('\r\n');
}
