import { BeijingTime } from 'wechatpay-ts';
import type { SimContext } from './context';
import type { SimProfitSharing, SimProfitSharingReturn, SimProfitSharings, SimShare } from './profitsharing-types';
import { findOrder } from './orders';
import { isFailReason } from './state';
import type { SimOrder } from './types';

/**
 * 分账 (profit sharing): a paid order made with `settle_info.profit_sharing` keeps its money frozen
 * until it is shared (`v3/profitsharing/orders`), returned, or unfrozen. Shares wait PENDING until
 * `sim.profitsharing.finish` (SUCCESS) or `close` (CLOSED); each MERCHANT_ID receiver's change is
 * notified (PROFITSHARING.SUCCESS, PROFITSHARING.RETURN) to `profitSharingNotifyUrl`.
 */

// The key id each 分账 order's or return's request was answered under: its notifications are signed under it too.
const serials = new WeakMap<object, string>();

/** @example rememberSerial(order, serialFor(request.incoming, ctx.platform)) */
export function rememberSerial(record: object, serial: string): void {
  serials.set(record, serial);
}

/**
 * What of a paid order is still frozen for sharing: the total, less refunds, less what is shared
 * (or pending) or unfrozen; 0 once unfrozen.
 *
 * @example unsplitOf(ctx, order) // 100 for an unshared 1-yuan order
 */
export function unsplitOf(ctx: SimContext, order: SimOrder): number {
  const id = order.transaction_id;
  if (id === undefined || ctx.state.sharing.finished.has(id)) return 0;
  return Math.max(0, order.amount.total - order.amount.refunded - (ctx.state.sharing.used.get(id) ?? 0));
}

/** Count `amount` fen of the order's transaction as shared (negative: given back). */
export function useUnsplit(ctx: SimContext, transactionId: string, amount: number): void {
  const used = ctx.state.sharing.used;
  used.set(transactionId, (used.get(transactionId) ?? 0) + amount);
}

/** The paid order a 分账 names by transaction_id, if any. */
export function sharedOrder(ctx: SimContext, transactionId: string): SimOrder | undefined {
  return findOrder(ctx.state, { transaction_id: transactionId });
}

/**
 * A 分账 order as the create, unfreeze and query answer it.
 *
 * @example sharingJson(order).state // 'PROCESSING'
 */
export function sharingJson(order: SimProfitSharing): Record<string, unknown> {
  return {
    ...(order.sub_mchid ? { sub_mchid: order.sub_mchid } : {}),
    transaction_id: order.transaction_id,
    out_order_no: order.out_order_no,
    order_id: order.order_id,
    state: order.state,
    receivers: order.receivers.map((share) => ({
      amount: share.amount,
      description: share.description,
      type: share.type,
      account: share.account,
      result: share.result,
      ...(share.fail_reason ? { fail_reason: share.fail_reason } : {}),
      detail_id: share.detail_id,
      create_time: BeijingTime.rfc3339(share.create_time),
      finish_time: BeijingTime.rfc3339(share.finish_time ?? share.create_time),
    })),
  };
}

/**
 * A 分账回退 as its create and query answer it.
 *
 * @example returnJson(back).result // 'SUCCESS'
 */
export function returnJson(back: SimProfitSharingReturn): Record<string, unknown> {
  const { create_time: created, finish_time: finished, ...rest } = back;
  return { ...rest, create_time: BeijingTime.rfc3339(created), finish_time: BeijingTime.rfc3339(finished) };
}

/**
 * 分账动账通知 to the receiving merchant: PROFITSHARING.SUCCESS for a share, PROFITSHARING.RETURN for a return.
 *
 * @example notifyReceiver(ctx, 'PROFITSHARING.SUCCESS', order, { type: 'MERCHANT_ID', account, amount, description })
 */
export function notifyReceiver(
  ctx: SimContext,
  event: 'PROFITSHARING.SUCCESS' | 'PROFITSHARING.RETURN',
  order: SimProfitSharing,
  receiver: { type: string; account: string; amount: number; description: string },
  signedBy: object = order,
): void {
  const url = ctx.options.profitSharingNotifyUrl;
  if (!url || receiver.type !== 'MERCHANT_ID') return;
  ctx.notifier.v3({
    url,
    out_trade_no: order.out_order_no,
    event_type: event,
    summary: '分账',
    original_type: 'profitsharing',
    resource: {
      ...(order.sub_mchid ? { sp_mchid: ctx.options.mchid, sub_mchid: order.sub_mchid } : { mchid: ctx.options.mchid }),
      transaction_id: order.transaction_id,
      order_id: order.order_id,
      out_order_no: order.out_order_no,
      receiver,
      success_time: BeijingTime.rfc3339(new Date()),
    },
    serial: serials.get(signedBy) ?? ctx.platform.certificateSerial,
  });
}

function sharingToEnd(ctx: SimContext, method: string, outOrderNo: unknown): SimProfitSharing {
  if (typeof outOrderNo !== 'string' || outOrderNo === '') throw new Error(`sim.profitsharing.${method}: outOrderNo must be the 分账 order's out_order_no`);
  const order = ctx.state.sharing.orders.get(outOrderNo);
  if (!order) throw new Error(`sim.profitsharing.${method}: no 分账 order ${JSON.stringify(outOrderNo)}; create it first (POST v3/profitsharing/orders)`);
  if (order.state !== 'PROCESSING') throw new Error(`sim.profitsharing.${method}: 分账 order ${outOrderNo} is ${order.state}; only a PROCESSING one can end`);
  return order;
}

/** Every PENDING share ends: SUCCESS (notified), or CLOSED (its amount unsplit again); the order FINISHED. */
function endShares(ctx: SimContext, order: SimProfitSharing, result: 'SUCCESS' | 'CLOSED', reason?: string): SimProfitSharing {
  const now = new Date();
  for (const share of order.receivers.filter((each: SimShare) => each.result === 'PENDING')) {
    share.result = result;
    share.finish_time = now;
    if (result === 'CLOSED') {
      share.fail_reason = reason ?? 'RECEIVER_ABNORMAL_CLOSED';
      useUnsplit(ctx, order.transaction_id, -share.amount);
    } else {
      const { type, account, amount, description } = share;
      notifyReceiver(ctx, 'PROFITSHARING.SUCCESS', order, { type, account, amount, description });
    }
  }
  order.state = 'FINISHED';
  if (order.unfreeze_unsplit) ctx.state.sharing.finished.set(order.transaction_id, true);
  ctx.options.log(`profitsharing ${order.out_order_no}: FINISHED, shares ${result}`);
  return order;
}

/**
 * `sim.profitsharing`, over the state's bounded map of 分账 orders.
 *
 * @example const sharing = sharingBook(ctx); await sharing.finish('P20150806125346');
 */
export function sharingBook(ctx: SimContext): SimProfitSharings {
  return Object.assign(ctx.state.sharing.orders, {
    finish: (outOrderNo: string) => Promise.resolve().then(() => endShares(ctx, sharingToEnd(ctx, 'finish', outOrderNo), 'SUCCESS')),
    close: (outOrderNo: string, reason = 'RECEIVER_ABNORMAL_CLOSED') =>
      Promise.resolve().then(() => {
        if (!isFailReason(reason))
          throw new Error(`sim.profitsharing.close: reason must be a WeChat fail_reason such as RECEIVER_ABNORMAL_CLOSED, got ${JSON.stringify(reason)}`);
        return endShares(ctx, sharingToEnd(ctx, 'close', outOrderNo), 'CLOSED', reason);
      }),
    returns: ctx.state.sharing.returns,
    receivers: ctx.state.sharing.receivers,
  });
}
