import type { SimState } from './state';
import type { SimOrder, SimRefund } from './types';
import { BeijingTime } from 'wechatpay-ts';

/** The columns of WeChat Pay's trade bill (交易账单), in its order. */
export const BILL_HEADER = [
  '交易时间',
  '公众账号ID',
  '商户号',
  '特约商户号',
  '设备号',
  '微信订单号',
  '商户订单号',
  '用户标识',
  '交易类型',
  '交易状态',
  '付款银行',
  '货币种类',
  '应结订单金额',
  '代金券金额',
  '微信退款单号',
  '商户退款单号',
  '退款金额',
  '充值券退款金额',
  '退款类型',
  '退款状态',
  '商品名称',
  '商户数据包',
  '手续费',
  '费率',
  '订单金额',
  '申请退款金额',
  '费率备注',
];
const SUMMARY_HEADER = ['总交易单数', '应结订单总金额', '退款总金额', '充值券退款总金额', '手续费总金额', '订单总金额', '申请退款总金额'];
export const BILL_TYPES = ['ALL', 'SUCCESS', 'REFUND'] as const;
export type BillKind = (typeof BILL_TYPES)[number];

/** WeChat's basic rate: 0.6%. */
export const RATE = 0.006;

export const yuan = (fen: number) => (fen / 100).toFixed(2);
/** The fee in yuan, five decimals as WeChat's bills print it; negative for refunds. */
const fee = (fen: number) => ((fen * RATE) / 100).toFixed(5);
// WeChat's bills are unquoted CSV: keep free text from breaking the columns.
export const clean = (text: string | undefined) => (text ?? '').replace(/,/g, '，').replace(/[\r\n`]/g, ' ');
// Every value starts with a backquote so spreadsheets keep long ids as text, as WeChat's do.
export const row = (values: string[]) => values.map((value) => `\`${value}`).join(',');

function paymentRow(order: SimOrder): { line: string; amount: number; fee: number } {
  const total = order.amount.total;
  const line = row([
    BeijingTime.bill(order.success_time!),
    order.appid,
    order.mchid,
    '0',
    '',
    order.transaction_id ?? '',
    order.out_trade_no,
    order.payer?.openid ?? '',
    order.trade_type,
    'SUCCESS',
    'OTHERS',
    order.amount.currency,
    yuan(total),
    '0.00',
    '0',
    '0',
    '0.00',
    '0.00',
    '',
    '',
    clean(order.description),
    clean(order.attach),
    fee(total),
    '0.60%',
    yuan(total),
    '0.00',
    '',
  ]);
  return { line, amount: total, fee: total * RATE };
}

function refundRow(refund: SimRefund, at: Date, order: SimOrder | undefined): { line: string; amount: number; fee: number } {
  const amount = refund.amount.refund;
  const line = row([
    BeijingTime.bill(at),
    order?.appid ?? '',
    order?.mchid ?? '',
    '0',
    '',
    refund.transaction_id,
    refund.out_trade_no,
    order?.payer?.openid ?? '',
    order?.trade_type ?? '',
    'REFUND',
    'OTHERS',
    refund.amount.currency,
    '0.00',
    '0.00',
    refund.refund_id,
    refund.out_refund_no,
    yuan(amount),
    '0.00',
    'ORIGINAL',
    'SUCCESS',
    clean(order?.description),
    clean(order?.attach),
    `-${fee(amount)}`,
    '0.60%',
    '0.00',
    yuan(amount),
    '',
  ]);
  return { line, amount, fee: -amount * RATE };
}

/**
 * The trade bill of `day` (yyyy-MM-dd, UTC+8) as WeChat Pay lays it out: the header, one row per
 * payment (by success time) and per refund of that day, each value prefixed with a backquote, then
 * the summary header and its row. Lines end in CRLF. Undefined when the day has no rows (WeChat
 * answers NO_STATEMENT_EXIST then).
 *
 * @example tradeBill(state, '2024-01-01', 'ALL')?.split('\r\n')[0] // '交易时间,公众账号ID,商户号,…'
 */
export function tradeBill(state: SimState, day: string, kind: BillKind): string | undefined {
  const rows: Array<{ at: number; line: string; amount: number; fee: number; refund: boolean }> = [];
  if (kind !== 'REFUND') {
    for (const order of state.orders.values()) {
      if (order.success_time && BeijingTime.day(order.success_time) === day)
        rows.push({ at: order.success_time.getTime(), refund: false, ...paymentRow(order) });
    }
  }
  if (kind !== 'SUCCESS') {
    for (const refund of state.refunds.values()) {
      // Only refunds that succeeded are in a bill (one held PROCESSING, or failed, is not).
      const at = refund.success_time;
      if (at && BeijingTime.day(at) === day) rows.push({ at: at.getTime(), refund: true, ...refundRow(refund, at, state.orders.get(refund.out_trade_no)) });
    }
  }
  if (rows.length === 0) return undefined;
  rows.sort((a, b) => a.at - b.at);
  const paid = rows.filter((r) => !r.refund).reduce((sum, r) => sum + r.amount, 0);
  const refunded = rows.filter((r) => r.refund).reduce((sum, r) => sum + r.amount, 0);
  const fees = rows.reduce((sum, r) => sum + r.fee, 0);
  const summary = row([String(rows.length), yuan(paid), yuan(refunded), '0.00', (fees / 100).toFixed(5), yuan(paid), yuan(refunded)]);
  return [BILL_HEADER.join(','), ...rows.map((r) => r.line), SUMMARY_HEADER.join(','), summary, ''].join('\r\n');
}
