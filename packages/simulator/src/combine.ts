import { BeijingTime } from 'wechatpay-ts';
import type { SimCombine, SimCombines } from './combine-types';
import type { SimContext } from './context';
import { internalsOf, markPaid } from './orders';
import { ids } from './state';
import type { SimOrder } from './types';

/**
 * 合单 (combine) orders: one payment for several sub-orders. Each sub-order is an order of its own
 * in `sim.orders` (so refunds and 分账 find it by out_trade_no or transaction_id); the combine
 * order ties them together, is paid at once by `sim.combine.pay`, and sends one TRANSACTION.SUCCESS
 * with every sub-order to its notify_url.
 */

/** The sub-orders of a combine order still kept (an evicted one is skipped). */
export function subOrdersOf(ctx: SimContext, combine: SimCombine): SimOrder[] {
  return combine.sub_orders.map((no) => ctx.state.orders.get(no)).filter((order): order is SimOrder => order !== undefined);
}

/** One sub-order as the combine query and notification carry it. */
function subOrderJson(order: SimOrder): Record<string, unknown> {
  const paid = order.transaction_id !== undefined;
  const { total, currency } = order.amount;
  return {
    mchid: order.mchid,
    trade_type: order.trade_type,
    trade_state: order.trade_state,
    ...(paid ? { bank_type: 'OTHERS' } : {}),
    attach: order.attach ?? '',
    ...(order.success_time ? { success_time: BeijingTime.rfc3339(order.success_time) } : {}),
    ...(paid ? { transaction_id: order.transaction_id } : {}),
    out_trade_no: order.out_trade_no,
    ...(order.partner ? { sub_mchid: order.partner.sub_mchid } : {}),
    ...(order.partner?.sub_appid ? { sub_appid: order.partner.sub_appid } : {}),
    amount: { total_amount: total, currency, payer_amount: paid ? total : 0, payer_currency: currency },
  };
}

/**
 * The combine order as `GET /v3/combine-transactions/…` answers it and as its TRANSACTION.SUCCESS resource carries it.
 *
 * @example combineJson(ctx, combine).sub_orders[0].trade_state // 'SUCCESS'
 */
export function combineJson(ctx: SimContext, combine: SimCombine): Record<string, unknown> {
  return {
    combine_appid: combine.combine_appid,
    combine_mchid: combine.combine_mchid,
    combine_out_trade_no: combine.combine_out_trade_no,
    combine_transaction_id: combine.combine_transaction_id,
    ...(combine.device_id ? { scene_info: { device_id: combine.device_id } } : {}),
    sub_orders: subOrdersOf(ctx, combine).map(subOrderJson),
    ...(combine.openid ? { combine_payer_info: { openid: combine.openid } } : {}),
  };
}

/** The combine order `sim.combine.pay` names, or why the call is wrong. */
function combineToPay(ctx: SimContext, combineOutTradeNo: unknown, options: { openid?: string }): SimCombine {
  if (typeof combineOutTradeNo !== 'string' || combineOutTradeNo === '')
    throw new Error('sim.combine.pay: combineOutTradeNo must be the combine order’s combine_out_trade_no');
  if (options === null || typeof options !== 'object') throw new Error('sim.combine.pay: options must be { openid? }');
  if (options.openid !== undefined && (typeof options.openid !== 'string' || options.openid === ''))
    throw new Error('sim.combine.pay: openid must be a non-empty string');
  const combine = ctx.state.combines.get(combineOutTradeNo);
  if (!combine)
    throw new Error(
      `sim.combine.pay: no combine order ${JSON.stringify(combineOutTradeNo)}; create it first (POST v3/combine-transactions/{jsapi,app,h5,native})`,
    );
  return combine;
}

/**
 * Pay every sub-order (each gets its transaction_id; one success_time) and send the one notification.
 *
 * @example await payCombine(ctx, 'P20150806125346')
 */
export async function payCombine(ctx: SimContext, combineOutTradeNo: unknown, options: { openid?: string } = {}): Promise<SimCombine> {
  const combine = combineToPay(ctx, combineOutTradeNo, options);
  const orders = subOrdersOf(ctx, combine);
  const unpaid = orders.find((order) => order.trade_state !== 'NOTPAY');
  if (unpaid)
    throw new Error(
      `sim.combine.pay: sub-order ${unpaid.out_trade_no} is ${unpaid.trade_state}; only a combine order whose sub-orders are all NOTPAY can be paid`,
    );
  const openid = options.openid ?? combine.openid ?? ids.openid();
  const now = new Date();
  for (const order of orders) markPaid(ctx.state, order, openid, now);
  combine.openid = openid;
  ctx.options.log(`combine ${combineOutTradeNo}: SUCCESS, ${orders.length} sub-orders paid`);
  ctx.notifier.v3({
    url: combine.notify_url,
    out_trade_no: combine.combine_out_trade_no,
    event_type: 'TRANSACTION.SUCCESS',
    summary: '支付成功',
    original_type: 'transaction',
    resource: combineJson(ctx, combine),
    serial: (orders[0] && internalsOf(orders[0])?.serial) ?? ctx.platform.certificateSerial,
  });
  return combine;
}

/**
 * `sim.combine`, over the state's bounded map of combine orders.
 *
 * @example const combine = combineBook(ctx); await combine.pay('P20150806125346');
 */
export function combineBook(ctx: SimContext): SimCombines {
  return Object.assign(ctx.state.combines, {
    pay: (combineOutTradeNo: string, options?: { openid?: string }) => payCombine(ctx, combineOutTradeNo, options),
  });
}
