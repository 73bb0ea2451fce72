import { isRecord } from '../sdk/internal';
import { combineJson, subOrdersOf } from '../combine';
import type { SimCombine } from '../combine-types';
import type { SimContext } from '../context';
import { expiryOf } from '../expiry';
import { canonical, storeOrder } from '../orders';
import { ids } from '../state';
import type { SimOrder } from '../types';
import { isHttpUrl } from '../v2/fields';
import { boundProblem, spMchidProblem } from './partner';
import { notAnObject, paramError, serialFor, v3Error, type V3Result } from './reply';
import type { V3Request } from './request';
import { KINDS, OUT_TRADE_NO, prepayAnswer, prepayHandles, stringsProblem, type PrepayKind } from './transactions';

/** WeChat Pay takes at most this many sub-orders in one 合单 order. */
export const MAX_COMBINE_SUB_ORDERS = 50;

/** What the simulator keeps about a combine order beyond its public view: the request, to tell a retry from another order. */
const fingerprints = new WeakMap<SimCombine, string>();

/** The problem with sub-order `i`, as WeChat Pay's 400 answer naming `sub_orders[i].…`, or undefined. */
function subOrderProblem(sub: unknown, i: number, ctx: SimContext, seen: Set<string>): V3Result | undefined {
  const at = `sub_orders[${i}]`;
  if (!isRecord(sub)) return paramError(at, '必须为对象 (each sub-order is an object)', sub);
  const problem = stringsProblem(sub, [
    ['mchid', 32],
    ['out_trade_no', 32],
    ['description', 127],
    ['attach', 128],
    ['sub_mchid', 32, false],
  ]);
  if (problem) return v3Error(problem.status, 'PARAM_ERROR', `参数错误: ${at}.${(problem.json as { message: string }).message.replace(/^参数错误: /, '')}`);
  if (sub.mchid !== ctx.options.mchid) return spMchidProblem(sub.mchid, ctx, 'body', `${at}.mchid`);
  const no = sub.out_trade_no as string;
  if (!OUT_TRADE_NO.test(no)) return paramError(`${at}.out_trade_no`, '只能是6到32位数字、大小写字母_-|*', no);
  if (seen.has(no)) return paramError(`${at}.out_trade_no`, '子单商户订单号重复 (each sub-order needs its own out_trade_no)', no);
  seen.add(no);
  if (ctx.state.orders.has(no)) return v3Error(400, 'INVALID_REQUEST', `${at}.out_trade_no ${no} 已被其他订单使用 (already an order's out_trade_no)`);
  const amount = sub.amount;
  if (!isRecord(amount) || !Number.isSafeInteger(amount.total_amount) || (amount.total_amount as number) < 1)
    return paramError(`${at}.amount.total_amount`, '必须为正整数，单位为分 (a positive whole number of fen)', isRecord(amount) ? amount.total_amount : amount);
  if (amount.currency !== undefined && amount.currency !== 'CNY') return paramError(`${at}.amount.currency`, '只支持CNY', amount.currency);
  return typeof sub.sub_mchid === 'string' ? boundProblem(ctx, sub.sub_mchid, `${at}.sub_mchid`) : undefined;
}

function combineProblem(body: Record<string, unknown>, ctx: SimContext): V3Result | undefined {
  const problem =
    stringsProblem(body, [
      ['combine_appid', 32],
      ['combine_mchid', 32],
      ['combine_out_trade_no', 32],
      ['notify_url', 256],
      ['time_expire', 64, false],
    ]) ?? spMchidProblem(body.combine_mchid, ctx, 'body', 'combine_mchid');
  if (problem) return problem;
  if (!OUT_TRADE_NO.test(body.combine_out_trade_no as string))
    return paramError('combine_out_trade_no', '只能是6到32位数字、大小写字母_-|*', body.combine_out_trade_no);
  if (!isHttpUrl(body.notify_url as string)) return paramError('notify_url', '必须为http(s)地址 (an absolute http or https URL)', body.notify_url);
  const subs = body.sub_orders;
  if (!Array.isArray(subs) || subs.length === 0) return paramError('sub_orders', '必填，至少一笔子单 (one sub-order at least)', subs);
  if (subs.length > MAX_COMBINE_SUB_ORDERS)
    return paramError('sub_orders', `子单数量不能超过${MAX_COMBINE_SUB_ORDERS} (at most ${MAX_COMBINE_SUB_ORDERS} sub-orders)`, subs.length);
  const seen = new Set<string>();
  for (const [i, sub] of subs.entries()) {
    const bad = subOrderProblem(sub, i, ctx, seen);
    if (bad) return bad;
  }
  return undefined;
}

/** The same combine_out_trade_no again: the same answer for the same body, else why not. */
function againAnswer(kind: PrepayKind, ctx: SimContext, existing: SimCombine, fingerprint: string): V3Result {
  const states = subOrdersOf(ctx, existing).map((order) => order.trade_state);
  if (states.some((state) => state === 'SUCCESS' || state === 'REFUND')) return v3Error(400, 'ORDERPAID', '该合单订单已支付');
  if (states.includes('CLOSED')) return v3Error(400, 'ORDER_CLOSED', '该合单订单已关闭');
  if (fingerprints.get(existing) !== fingerprint)
    return v3Error(400, 'INVALID_REQUEST', '201 商户订单号重复: the same combine_out_trade_no was used with different content');
  const first = ctx.state.orders.get(existing.sub_orders[0]!);
  return first ? prepayAnswer(kind, first) : v3Error(404, 'ORDER_NOT_EXIST', '订单不存在');
}

/** Each sub-order as an order of its own, NOTPAY, sharing the combine's prepay_id, code_url or h5_url. */
function storeSubOrders(kind: PrepayKind, request: V3Request, ctx: SimContext, body: Record<string, unknown>, expires: Date | undefined): SimOrder[] {
  const now = new Date();
  // One prepay_id (and code_url or h5_url) for the whole combine order: every sub-order carries it.
  const handles = prepayHandles(kind, now);
  const payer =
    isRecord(body.combine_payer_info) && typeof body.combine_payer_info.openid === 'string' ? { openid: body.combine_payer_info.openid } : undefined;
  return (body.sub_orders as Array<Record<string, unknown>>).map((sub) => {
    const settle = isRecord(sub.settle_info) ? sub.settle_info : {};
    const order: SimOrder = {
      api: 'v3',
      appid: body.combine_appid as string,
      mchid: sub.mchid as string,
      out_trade_no: sub.out_trade_no as string,
      trade_type: KINDS[kind],
      trade_state: 'NOTPAY',
      description: sub.description as string,
      attach: sub.attach as string,
      amount: { total: (sub.amount as { total_amount: number }).total_amount, currency: 'CNY', refunded: 0 },
      ...(payer ? { payer } : {}),
      ...(typeof sub.sub_mchid === 'string'
        ? { partner: { sub_mchid: sub.sub_mchid, ...(typeof sub.sub_appid === 'string' ? { sub_appid: sub.sub_appid } : {}) } }
        : {}),
      combine_out_trade_no: body.combine_out_trade_no as string,
      ...(settle.profit_sharing === true ? { profit_sharing: true } : {}),
      ...handles,
      created: now,
      ...(expires ? { time_expire: expires } : {}),
    };
    return storeOrder(ctx.state, order, { fingerprint: `combine-sub:${canonical(sub)}`, signType: 'MD5', serial: serialFor(request.incoming, ctx.platform) });
  });
}

/**
 * `POST /v3/combine-transactions/{jsapi,app,h5,native}`: the combine order and its sub-orders,
 * NOTPAY; answers prepay_id, code_url or h5_url. Besides the description's checks: combine_mchid and
 * each sub-order's mchid are the merchant signing; 1 to `MAX_COMBINE_SUB_ORDERS` sub-orders, each
 * with its own out_trade_no not used by another order, a positive total_amount in CNY, and a
 * sub_mchid bound to the merchant (`subMchids`). The same body again answers the same; other content
 * under the same combine_out_trade_no is 400 INVALID_REQUEST, a paid one 400 ORDERPAID.
 *
 * @example combinePrepay('jsapi', request, ctx) // { status: 200, json: { prepay_id: 'wx…' } }
 */
export function combinePrepay(kind: PrepayKind, request: V3Request, ctx: SimContext): V3Result {
  const body = request.json;
  if (!isRecord(body)) return notAnObject();
  const fingerprint = `${kind}:${canonical(body)}`;
  const existing = typeof body.combine_out_trade_no === 'string' ? ctx.state.combines.get(body.combine_out_trade_no) : undefined;
  if (existing) return againAnswer(kind, ctx, existing, fingerprint);
  const problem = combineProblem(body, ctx);
  if (problem) return problem;
  const expires = typeof body.time_expire === 'string' ? expiryOf('v3', body.time_expire) : undefined;
  if (typeof expires === 'string') return paramError('time_expire', expires, body.time_expire);
  const orders = storeSubOrders(kind, request, ctx, body, expires);
  const scene = isRecord(body.scene_info) ? body.scene_info : {};
  const combine: SimCombine = {
    combine_appid: body.combine_appid as string,
    combine_mchid: body.combine_mchid as string,
    combine_out_trade_no: body.combine_out_trade_no as string,
    combine_transaction_id: ids.transaction(),
    trade_type: KINDS[kind],
    sub_orders: orders.map((order) => order.out_trade_no),
    ...(orders[0]?.payer ? { openid: orders[0].payer.openid } : {}),
    notify_url: body.notify_url as string,
    ...(typeof scene.device_id === 'string' ? { device_id: scene.device_id } : {}),
    created: new Date(),
  };
  fingerprints.set(combine, fingerprint);
  ctx.state.combines.set(combine.combine_out_trade_no, combine);
  ctx.state.combineIds.set(combine.combine_transaction_id, combine.combine_out_trade_no);
  ctx.options.log(`combine ${combine.combine_out_trade_no}: NOTPAY, ${orders.length} sub-orders`);
  return prepayAnswer(kind, orders[0]!);
}

function findCombine(ctx: SimContext, by: { combine_out_trade_no?: string; combine_transaction_id?: string }): SimCombine | undefined {
  const no = by.combine_transaction_id === undefined ? by.combine_out_trade_no : ctx.state.combineIds.get(by.combine_transaction_id);
  return no === undefined ? undefined : ctx.state.combines.get(no);
}

/**
 * `GET /v3/combine-transactions/out-trade-no/{combine_out_trade_no}` and `…/id/{combine_transaction_id}`: every sub-order's state.
 *
 * @example combineQuery({ combine_out_trade_no: 'P20150806125346' }, ctx)
 */
export function combineQuery(by: { combine_out_trade_no?: string; combine_transaction_id?: string }, ctx: SimContext): V3Result {
  const combine = findCombine(ctx, by);
  if (!combine) return v3Error(404, 'ORDER_NOT_EXIST', '订单不存在');
  return { status: 200, json: combineJson(ctx, combine) };
}

/**
 * `POST /v3/combine-transactions/out-trade-no/{combine_out_trade_no}/close` with `{ combine_appid,
 * sub_orders: [{ mchid, out_trade_no, sub_mchid? }] }`: every listed sub-order must be the combine's;
 * unpaid, they (and so the combine order) are CLOSED, 204; a paid one is 400 ORDERPAID.
 *
 * @example combineClose('P20150806125346', request, ctx) // { status: 204 }
 */
export function combineClose(combineOutTradeNo: string, request: V3Request, ctx: SimContext): V3Result {
  const body = request.json;
  const combine = ctx.state.combines.get(combineOutTradeNo);
  if (!combine) return v3Error(404, 'ORDER_NOT_EXIST', '订单不存在');
  if (!isRecord(body) || body.combine_appid !== combine.combine_appid)
    return paramError('combine_appid', `须为合单下单时的 ${combine.combine_appid} (the combine order's appid)`, isRecord(body) ? body.combine_appid : body);
  const listed = Array.isArray(body.sub_orders) ? body.sub_orders : [];
  for (const [i, sub] of listed.entries()) {
    if (!isRecord(sub) || !combine.sub_orders.includes(sub.out_trade_no as string))
      return paramError(
        `sub_orders[${i}].out_trade_no`,
        `不是合单 ${combineOutTradeNo} 的子单 (not a sub-order of this combine order)`,
        isRecord(sub) ? sub.out_trade_no : sub,
      );
  }
  const orders = subOrdersOf(ctx, combine);
  if (orders.some((order) => order.trade_state === 'SUCCESS' || order.trade_state === 'REFUND')) return v3Error(400, 'ORDERPAID', '订单已支付，不能关闭');
  for (const order of orders) order.trade_state = 'CLOSED';
  return { status: 204 };
}
