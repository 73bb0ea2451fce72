import type { SimContext } from './context';
import { internalsOf, markPaid } from './orders';
import { ids } from './state';
import type { SimOrder } from './types';
import { paidFields } from './v2/pay';
import { partnerTransactionJson, transactionJson } from './v3/shapes';

/**
 * `sim.pay()`: the user pays a NOTPAY order; its notify_url then gets the notification, the v3
 * JSON one (signed, encrypted) or the v2 XML one (signed), retried until the merchant takes it.
 *
 * @example const order = await payOrder(ctx, 'T1', { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' });
 */
export async function payOrder(ctx: SimContext, outTradeNo: unknown, options: { openid?: string } = {}): Promise<SimOrder> {
  if (typeof outTradeNo !== 'string' || outTradeNo === '')
    throw new Error(`sim.pay: outTradeNo must be the order's out_trade_no, got ${typeof outTradeNo === 'string' ? "''" : typeof outTradeNo}`);
  if (options === null || typeof options !== 'object') throw new Error('sim.pay: options must be { openid? }');
  if (options.openid !== undefined && (typeof options.openid !== 'string' || options.openid === ''))
    throw new Error('sim.pay: openid must be a non-empty string');
  const order = ctx.state.orders.get(outTradeNo);
  if (!order) throw new Error(`sim.pay: no order ${JSON.stringify(outTradeNo)}; create it first (v3 native/jsapi/app/h5 or v2 unifiedorder)`);
  if (order.combine_out_trade_no)
    throw new Error(
      `sim.pay: order ${outTradeNo} is a sub-order of 合单 ${order.combine_out_trade_no}; pay it with sim.combine.pay(${JSON.stringify(order.combine_out_trade_no)})`,
    );
  if (order.trade_state !== 'NOTPAY') throw new Error(`sim.pay: order ${outTradeNo} is ${order.trade_state}; only a NOTPAY order can be paid`);
  markPaid(ctx.state, order, options.openid);
  if (order.notify_url) notifyPaid(ctx, order, order.notify_url);
  ctx.options.log(`pay ${order.out_trade_no}: SUCCESS, transaction_id ${order.transaction_id}`);
  return order;
}

/** The paid order's notification, in its API's form: v3 JSON (signed, encrypted) or v2 XML (signed). */
function notifyPaid(ctx: SimContext, order: SimOrder, url: string): void {
  const extra = internalsOf(order);
  if (order.api === 'v3') {
    ctx.notifier.v3({
      url,
      out_trade_no: order.out_trade_no,
      event_type: 'TRANSACTION.SUCCESS',
      summary: '支付成功',
      original_type: 'transaction',
      resource: order.partner ? partnerTransactionJson(order) : transactionJson(order),
      serial: extra?.serial ?? ctx.platform.certificateSerial,
    });
    return;
  }
  const signType = extra?.signType ?? 'MD5';
  const fields = {
    return_code: 'SUCCESS',
    appid: order.appid,
    mch_id: order.mchid,
    nonce_str: ids.nonce(32),
    result_code: 'SUCCESS',
    ...(signType === 'MD5' ? {} : { sign_type: signType }),
    ...paidFields(order),
  };
  ctx.notifier.v2(url, order.out_trade_no, fields, signType);
}
