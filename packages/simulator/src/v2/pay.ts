import type { SimContext } from '../context';
import { queried } from '../micropay';
import { findOrder, internalsOf, storeOrder } from '../orders';
import { ids } from '../state';
import type { SimOrder } from '../types';
import { expiryOf } from '../expiry';
import { fieldProblem, v2Fingerprint } from './fields';
import { v2, type V2Result } from './reply';
import type { Fields } from './xml';
import { BeijingTime } from 'wechatpay-ts';

const TRADE_TYPES = ['JSAPI', 'NATIVE', 'APP', 'MWEB'] as const;
/** The field lengths of the payment endpoints, from the API description. */
export const PAY_LIMITS = { appid: 32, body: 128, out_trade_no: 32, attach: 127, device_info: 32, openid: 128, notify_url: 256, spbill_create_ip: 64 };

/** The sign type an order's later answers are signed with: the creating request's. */
export function signTypeOf(fields: Fields): string {
  return fields.sign_type ?? 'MD5';
}

/** An existing order under the same out_trade_no: why a new request for it is refused, if it is. */
function conflict(request: Fields, order: SimOrder): V2Result | undefined {
  if (order.trade_state === 'SUCCESS' || order.trade_state === 'REFUND') return v2.business(request, 'ORDERPAID', '该订单已支付');
  if (order.trade_state === 'CLOSED') return v2.business(request, 'ORDERCLOSED', '该订单已关闭');
  if (internalsOf(order)?.fingerprint !== v2Fingerprint(request)) return v2.business(request, 'INVALID_REQUEST', '201 商户订单号重复');
  return undefined;
}

function prepayFields(order: SimOrder): Fields {
  return {
    prepay_id: order.prepay_id ?? '',
    trade_type: order.trade_type,
    ...(order.code_url ? { code_url: order.code_url } : {}),
    ...(order.h5_url ? { mweb_url: order.h5_url } : {}),
  };
}

/** The first problem with a unifiedorder request, as its return_msg, or undefined. */
function unifiedorderProblem(request: Fields): string | undefined {
  const problem = fieldProblem(request, ['appid', 'body', 'out_trade_no', 'total_fee', 'spbill_create_ip', 'notify_url', 'trade_type'], PAY_LIMITS);
  if (problem) return problem;
  const tradeType = request.trade_type as string;
  if (!(TRADE_TYPES as readonly string[]).includes(tradeType)) return `trade_type参数错误，应为${TRADE_TYPES.join('|')}`;
  if (tradeType === 'JSAPI' && !request.openid) return 'trade_type=JSAPI时openid为必填参数 (JSAPI needs openid)';
  if (request.fee_type !== undefined && request.fee_type !== 'CNY') return 'fee_type只支持CNY';
  return undefined;
}

/**
 * `POST /pay/unifiedorder`: a prepay order; code_url for NATIVE, mweb_url for MWEB. The same
 * request again gives the same prepay_id; other content under the same out_trade_no is refused.
 * A `time_expire` (yyyyMMddHHmmss, UTC+8) must be still to come; once it passes, the unpaid order reads CLOSED.
 *
 * @example unifiedorder({ appid, mch_id, body: '商品', out_trade_no: 'T1', total_fee: '1', spbill_create_ip, notify_url, trade_type: 'NATIVE' }, ctx)
 */
export function unifiedorder(request: Fields, ctx: SimContext): V2Result {
  const problem = unifiedorderProblem(request);
  if (problem) return v2.fail(problem);
  const tradeType = request.trade_type as SimOrder['trade_type'];
  const existing = ctx.state.orders.get(request.out_trade_no!);
  if (existing) return conflict(request, existing) ?? v2.ok(request, prepayFields(existing));
  const expires = request.time_expire === undefined ? undefined : expiryOf('v2', request.time_expire);
  if (typeof expires === 'string') return v2.fail(`time_expire参数错误: ${expires}`);

  const now = new Date();
  const prepayId = ids.prepay(now);
  const order: SimOrder = {
    api: 'v2',
    appid: request.appid!,
    mchid: ctx.options.mchid,
    out_trade_no: request.out_trade_no!,
    trade_type: tradeType,
    trade_state: 'NOTPAY',
    description: request.body!,
    ...(request.attach ? { attach: request.attach } : {}),
    notify_url: request.notify_url!,
    amount: { total: Number(request.total_fee), currency: 'CNY', refunded: 0 },
    ...(request.openid ? { payer: { openid: request.openid } } : {}),
    prepay_id: prepayId,
    ...(tradeType === 'NATIVE' ? { code_url: ids.codeUrl() } : {}),
    ...(tradeType === 'MWEB' ? { h5_url: ids.h5Url(prepayId) } : {}),
    created: now,
    ...(expires ? { time_expire: expires } : {}),
  };
  storeOrder(ctx.state, order, { fingerprint: v2Fingerprint(request), signType: signTypeOf(request), serial: undefined });
  return v2.ok(request, prepayFields(order));
}

/** The fields of a paid order, as orderquery, micropay and the payment notification carry them. */
export function paidFields(order: SimOrder): Fields {
  return {
    openid: order.payer?.openid ?? '',
    is_subscribe: 'N',
    trade_type: order.trade_type,
    bank_type: 'OTHERS',
    total_fee: String(order.amount.total),
    fee_type: order.amount.currency,
    cash_fee: String(order.amount.total),
    transaction_id: order.transaction_id ?? '',
    out_trade_no: order.out_trade_no,
    ...(order.attach ? { attach: order.attach } : {}),
    time_end: order.success_time ? BeijingTime.compact(order.success_time) : '',
  };
}

const STATE_DESC: Record<SimOrder['trade_state'], string> = {
  NOTPAY: '订单未支付',
  SUCCESS: '支付成功',
  CLOSED: '订单已关闭',
  REFUND: '订单发生过退款',
  USERPAYING: '用户支付中，需要输入密码',
  REVOKED: '已撤销',
};

/**
 * `POST /pay/orderquery` by transaction_id or out_trade_no.
 *
 * @example orderquery({ appid, mch_id, out_trade_no: 'T1' }, ctx)
 */
export function orderquery(request: Fields, ctx: SimContext): V2Result {
  const problem = fieldProblem(request, ['appid'], PAY_LIMITS);
  if (problem) return v2.fail(problem);
  if (!request.transaction_id && !request.out_trade_no) return v2.fail('缺少参数transaction_id或out_trade_no (one of them is needed)');
  const order = findOrder(ctx.state, request);
  if (!order) return v2.business(request, 'ORDERNOTEXIST', '此交易订单号不存在');
  queried(ctx.state, order);
  const common = { trade_state: order.trade_state, trade_state_desc: STATE_DESC[order.trade_state] };
  if (order.transaction_id === undefined)
    return v2.ok(request, { out_trade_no: order.out_trade_no, trade_type: order.trade_type, total_fee: String(order.amount.total), ...common });
  return v2.ok(request, { ...paidFields(order), ...common });
}

/**
 * `POST /pay/closeorder`: an unpaid order is closed; a paid or closed one is refused.
 *
 * @example closeorder({ appid, mch_id, out_trade_no: 'T1' }, ctx)
 */
export function closeorder(request: Fields, ctx: SimContext): V2Result {
  const problem = fieldProblem(request, ['appid', 'out_trade_no'], PAY_LIMITS);
  if (problem) return v2.fail(problem);
  const order = ctx.state.orders.get(request.out_trade_no!);
  if (!order) return v2.business(request, 'ORDERNOTEXIST', '此交易订单号不存在');
  if (order.trade_state === 'SUCCESS' || order.trade_state === 'REFUND') return v2.business(request, 'ORDERPAID', '订单已支付，不能发起关单');
  if (order.trade_state === 'CLOSED') return v2.business(request, 'ORDERCLOSED', '订单已关闭，无法重复关闭');
  order.trade_state = 'CLOSED';
  return v2.ok(request, { result_msg: 'OK' });
}
