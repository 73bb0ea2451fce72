import type { SimContext } from '../context';
import { findOrder } from '../orders';
import type { SimRefund } from '../types';
import { fieldProblem } from './fields';
import { V2_REFUND_STATUS } from './refund-notify';
import { v2, type V2Result } from './reply';
import type { Fields } from './xml';
import { BeijingTime } from 'wechatpay-ts';

/** Refunds listed without `offset` (WeChat: past 20, query by out_refund_no or page with offset). */
export const REFUNDQUERY_MAX = 20;
/** Refunds per page with `offset`. */
export const REFUNDQUERY_PAGE = 10;

/** The refunds a request names: by refund_id, out_refund_no, transaction_id or out_trade_no, in WeChat's order of precedence. */
function refundsNamed(request: Fields, ctx: SimContext): SimRefund[] {
  const all = ctx.state.refunds;
  if (request.refund_id) {
    for (const refund of all.values()) if (refund.refund_id === request.refund_id) return [refund];
    return [];
  }
  if (request.out_refund_no) {
    const refund = all.get(request.out_refund_no);
    return refund ? [refund] : [];
  }
  const order = findOrder(ctx.state, request);
  if (!order) return [];
  return [...all.values()].filter((refund) => refund.out_trade_no === order.out_trade_no).sort((a, b) => a.created.getTime() - b.created.getTime());
}

/** The `_$n` fields of one refund. */
function numbered(refund: SimRefund, n: number): Fields {
  const at: Date | undefined = refund.success_time;
  return {
    [`out_refund_no_${n}`]: refund.out_refund_no,
    [`refund_id_${n}`]: refund.refund_id,
    [`refund_channel_${n}`]: 'ORIGINAL',
    [`refund_fee_${n}`]: String(refund.amount.refund),
    [`settlement_refund_fee_${n}`]: String(refund.amount.refund),
    [`refund_status_${n}`]: V2_REFUND_STATUS[refund.status] ?? refund.status,
    [`refund_account_${n}`]: 'REFUND_SOURCE_UNSETTLED_FUNDS',
    [`refund_recv_accout_${n}`]: '支付用户的零钱',
    ...(at && refund.status === 'SUCCESS' ? { [`refund_success_time_${n}`]: BeijingTime.bill(at) } : {}),
  };
}

/** The first problem with a refundquery request, as its return_msg, or undefined. */
function refundqueryProblem(request: Fields): string | undefined {
  const problem = fieldProblem(request, ['appid'], { out_refund_no: 64, refund_id: 32, transaction_id: 32 });
  if (problem) return problem;
  if (!request.refund_id && !request.out_refund_no && !request.transaction_id && !request.out_trade_no)
    return '缺少参数: transaction_id、out_trade_no、out_refund_no、refund_id 四选一 (one of them is needed)';
  const offset = request.offset === undefined ? undefined : Number(request.offset);
  if (offset !== undefined && !(Number.isSafeInteger(offset) && offset >= 0 && /^\d+$/.test(request.offset!))) return 'offset必须为非负整数 (a whole number)';
  return undefined;
}

/**
 * `POST /pay/refundquery`: the refunds of an order (by transaction_id or out_trade_no) or one
 * refund (by out_refund_no or refund_id), each as the `_$n` fields with its state (SUCCESS,
 * PROCESSING, CHANGE, REFUNDCLOSE). Past 20 refunds, `offset` pages them 10 at a time with
 * `total_refund_count`. None found: err_code REFUNDNOTEXIST.
 *
 * @example refundquery({ appid, mch_id, out_trade_no: 'T1' }, ctx) // { …, refund_count: '1', out_refund_no_0: 'R1', refund_status_0: 'SUCCESS' }
 */
export function refundquery(request: Fields, ctx: SimContext): V2Result {
  const problem = refundqueryProblem(request);
  if (problem) return v2.fail(problem);
  const offset = request.offset === undefined ? undefined : Number(request.offset);
  const found = refundsNamed(request, ctx);
  if (found.length === 0 || (offset !== undefined && offset >= found.length))
    return v2.business(request, 'REFUNDNOTEXIST', '退款订单查询失败 (no such refund)');
  if (offset === undefined && found.length > REFUNDQUERY_MAX)
    return v2.business(request, 'INVALID_REQUEST', `退款笔数超过${REFUNDQUERY_MAX}，请使用offset分页或退款单号查询 (page with offset)`);
  const page = offset === undefined ? found : found.slice(offset, offset + REFUNDQUERY_PAGE);
  const first = found[0]!;
  const order = ctx.state.orders.get(first.out_trade_no);
  return v2.ok(request, {
    transaction_id: first.transaction_id,
    out_trade_no: first.out_trade_no,
    total_fee: String(first.amount.total),
    cash_fee: String(order?.amount.total ?? first.amount.total),
    refund_count: String(page.length),
    ...(offset === undefined ? {} : { total_refund_count: String(found.length) }),
    ...Object.assign({}, ...page.map((refund, n) => numbered(refund, n))),
  });
}
