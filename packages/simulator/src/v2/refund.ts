import type { SimContext } from '../context';
import { findOrder, recordRefund, refundProblem } from '../orders';
import type { SimRefund } from '../types';
import { fieldProblem } from './fields';
import { notifyV2Refund } from './refund-notify';
import { v2, type V2Result } from './reply';
import type { Fields } from './xml';

function refundFields(refund: SimRefund): Fields {
  return {
    transaction_id: refund.transaction_id,
    out_trade_no: refund.out_trade_no,
    out_refund_no: refund.out_refund_no,
    refund_id: refund.refund_id,
    refund_fee: String(refund.amount.refund),
    total_fee: String(refund.amount.total),
    cash_fee: String(refund.amount.total),
    cash_refund_fee: String(refund.amount.refund),
  };
}

/**
 * `POST /secapi/pay/refund` (the client certificate is checked before this, over TLS): a refund of
 * a paid order, amounts checked; the same out_refund_no again answers the same refund.
 *
 * @example refund({ appid, mch_id, out_trade_no: 'T1', out_refund_no: 'R1', total_fee: '100', refund_fee: '100' }, ctx)
 */
export function refund(request: Fields, ctx: SimContext): V2Result {
  const problem = fieldProblem(request, ['appid', 'out_refund_no', 'total_fee', 'refund_fee'], { out_refund_no: 64, refund_desc: 80 });
  if (problem) return v2.fail(problem);
  if (!request.transaction_id && !request.out_trade_no) return v2.fail('缺少参数transaction_id或out_trade_no (one of them is needed)');
  const order = findOrder(ctx.state, request);
  if (!order) return v2.business(request, 'ORDERNOTEXIST', '订单不存在');
  const amount = Number(request.refund_fee);
  const before = ctx.state.refunds.get(request.out_refund_no!);
  if (before) {
    const same = before.out_trade_no === order.out_trade_no && before.amount.refund === amount;
    return same ? v2.ok(request, refundFields(before)) : v2.business(request, 'INVALID_REQUEST', '退款单号重复，且与之前的退款请求不一致');
  }
  const why = refundProblem(order, amount, Number(request.total_fee));
  if (why) return v2.business(request, why.code, why.message);
  const made = recordRefund(ctx.state, order, {
    api: 'v2',
    out_refund_no: request.out_refund_no!,
    refund: amount,
    reason: request.refund_desc,
    notify_url: request.notify_url,
    status: ctx.refunds.take(),
  });
  notifyV2Refund(ctx, made);
  return v2.ok(request, refundFields(made));
}
