import type { SimContext } from './context';
import { internalsOf } from './orders';
import { REFUND_STATUSES, type RefundOutcome, type SimOrder, type SimRefund } from './types';
import { refundNotificationJson } from './v3/shapes';
import { notifyV2Refund } from './v2/refund-notify';

/**
 * A refund's life after it is asked for: SUCCESS at once by default, or (as `sim.refundScenarios`
 * scripts) PROCESSING until `sim.finishRefund` ends it SUCCESS, ABNORMAL or CLOSED, each with the
 * APIv3 notification WeChat Pay sends (REFUND.SUCCESS, REFUND.ABNORMAL, REFUND.CLOSED).
 */

/** What each final state's notification says, as WeChat Pay's summaries do. */
const SUMMARY: Record<RefundOutcome, string> = { SUCCESS: '退款成功', ABNORMAL: '退款异常', CLOSED: '退款关闭' };

/**
 * The notification of a refund's final state to its notify_url: APIv3, signed under `serial`; or
 * APIv2, the XML with the encrypted req_info.
 *
 * @example notifyRefund(ctx, refund, ctx.platform.certificateSerial)
 */
export function notifyRefund(ctx: SimContext, refund: SimRefund, serial: string): void {
  if (refund.api === 'v2') return notifyV2Refund(ctx, refund);
  if (!refund.notify_url || refund.status === 'PROCESSING') return;
  ctx.notifier.v3({
    url: refund.notify_url,
    out_trade_no: refund.out_trade_no,
    event_type: `REFUND.${refund.status}`,
    summary: SUMMARY[refund.status],
    original_type: 'refund',
    resource: refundNotificationJson(refund, ctx.options.mchid),
    serial,
  });
}

function refundToFinish(ctx: SimContext, outRefundNo: unknown, outcome: unknown): SimRefund {
  if (typeof outRefundNo !== 'string' || outRefundNo === '') throw new Error("finishRefund: outRefundNo must be the refund's out_refund_no");
  const outcomes = REFUND_STATUSES.filter((status) => status !== 'PROCESSING');
  if (!(outcomes as readonly unknown[]).includes(outcome))
    throw new Error(`finishRefund: outcome must be one of ${outcomes.join(', ')}, got ${JSON.stringify(outcome) ?? String(outcome)}`);
  const refund = ctx.state.refunds.get(outRefundNo);
  if (!refund) throw new Error(`finishRefund: no refund ${JSON.stringify(outRefundNo)}; ask for it first (v3 refund/domestic/refunds or v2 secapi/pay/refund)`);
  if (refund.status !== 'PROCESSING')
    throw new Error(
      `finishRefund: refund ${outRefundNo} is ${refund.status}; only a PROCESSING refund can end (sim.refundScenarios.set('processing') holds the next ones)`,
    );
  return refund;
}

/** A closed refund gives its amount back: the order can be refunded again, and is SUCCESS again when nothing else was refunded. */
function release(order: SimOrder | undefined, refund: SimRefund): void {
  if (!order) return;
  order.amount.refunded = Math.max(0, order.amount.refunded - refund.amount.refund);
  if (order.amount.refunded === 0 && order.trade_state === 'REFUND') order.trade_state = 'SUCCESS';
}

/**
 * `sim.finishRefund()`: a PROCESSING refund ends as `outcome`, and its notification is sent.
 *
 * @example await finishRefund(ctx, 'R1', 'ABNORMAL') // { status: 'ABNORMAL', … }; REFUND.ABNORMAL to notify_url
 */
export async function finishRefund(ctx: SimContext, outRefundNo: unknown, outcome: unknown): Promise<SimRefund> {
  const refund = refundToFinish(ctx, outRefundNo, outcome);
  const order = ctx.state.orders.get(refund.out_trade_no);
  refund.status = outcome as RefundOutcome;
  if (refund.status === 'SUCCESS') refund.success_time = new Date();
  if (refund.status === 'CLOSED') release(order, refund);
  notifyRefund(ctx, refund, (order && internalsOf(order)?.serial) ?? ctx.platform.certificateSerial);
  ctx.options.log(`refund ${refund.out_refund_no}: ${refund.status}`);
  return refund;
}
