import { isRecord } from '../sdk/internal';
import type { SimContext } from '../context';
import { canonical } from '../orders';
import { notifyReceiver, rememberSerial, returnJson, sharedOrder, sharingJson, unsplitOf, useUnsplit } from '../profitsharing';
import type { SimProfitSharing, SimShare } from '../profitsharing-types';
import { ids, MAX_PROFITSHARING_RECEIVERS } from '../state';
import { boundProblem } from './partner';
import { paramError, serialFor, v3Error, type V3Result } from './reply';
import type { V3Request } from './request';

/** WeChat Pay takes at most this many receivers in one 分账 order. */
export const MAX_SHARING_RECEIVERS = 50;

// The creating request of each order and return, to tell a retry from other content under the same number.
const fingerprints = new WeakMap<object, string>();

const receiverKey = (sub: unknown, type: unknown, account: unknown) => `${typeof sub === 'string' ? sub : ''}|${String(type)}|${String(account)}`;
const body = (request: V3Request) => (isRecord(request.json) ? request.json : {});

/** sub_mchid, when given, must be bound to the merchant. */
function subProblem(ctx: SimContext, json: Record<string, unknown>): V3Result | undefined {
  return typeof json.sub_mchid === 'string' ? boundProblem(ctx, json.sub_mchid, 'sub_mchid') : undefined;
}

/**
 * `POST /v3/profitsharing/receivers/add`: a receiver 分账 may then pay; CUSTOM needs custom_relation.
 *
 * @example addReceiver(request, ctx) // { status: 200, json: { type, account, relation_type } }
 */
export function addReceiver(request: V3Request, ctx: SimContext): V3Result {
  const json = body(request);
  const problem = subProblem(ctx, json);
  if (problem) return problem;
  if (json.relation_type === 'CUSTOM' && (typeof json.custom_relation !== 'string' || json.custom_relation === ''))
    return paramError('custom_relation', 'relation_type为CUSTOM时必填 (needed with relation_type CUSTOM)', json.custom_relation);
  const receivers = ctx.state.sharing.receivers;
  const key = receiverKey(json.sub_mchid, json.type, json.account);
  if (!receivers.has(key) && receivers.size >= MAX_PROFITSHARING_RECEIVERS)
    return v3Error(400, 'INVALID_REQUEST', `分账接收方数量已达上限${MAX_PROFITSHARING_RECEIVERS} (delete one first)`);
  const receiver = {
    ...(typeof json.sub_mchid === 'string' ? { sub_mchid: json.sub_mchid } : {}),
    type: json.type as SimShare['type'],
    account: json.account as string,
    relation_type: json.relation_type as string,
    ...(typeof json.custom_relation === 'string' ? { custom_relation: json.custom_relation } : {}),
  };
  receivers.set(key, receiver);
  return { status: 200, json: receiver };
}

/** `POST /v3/profitsharing/receivers/delete`: the receiver is gone (a receiver not added answers the same). */
export function deleteReceiver(request: V3Request, ctx: SimContext): V3Result {
  const json = body(request);
  const problem = subProblem(ctx, json);
  if (problem) return problem;
  ctx.state.sharing.receivers.delete(receiverKey(json.sub_mchid, json.type, json.account));
  return { status: 200, json: { ...(typeof json.sub_mchid === 'string' ? { sub_mchid: json.sub_mchid } : {}), type: json.type, account: json.account } };
}

/** The paid, profit-sharing order of `transaction_id` with `amount` fen still unsplit, or why not. */
function unsplitProblem(ctx: SimContext, transactionId: unknown, amount: number): V3Result | undefined {
  const order = typeof transactionId === 'string' ? sharedOrder(ctx, transactionId) : undefined;
  if (!order) return v3Error(400, 'INVALID_REQUEST', `微信订单号 ${String(transactionId)} 不存在 (no paid order has this transaction_id)`);
  if (!order.profit_sharing)
    return v3Error(400, 'INVALID_REQUEST', '该订单不支持分账: 下单时须传 settle_info.profit_sharing=true (the order was not made for profit sharing)');
  const unsplit = unsplitOf(ctx, order);
  if (ctx.state.sharing.finished.has(transactionId as string)) return v3Error(400, 'INVALID_REQUEST', '该订单已完成分账，剩余资金已解冻 (already unfrozen)');
  if (amount > unsplit) return v3Error(403, 'NOT_ENOUGH', `分账金额${amount}超过订单剩余待分金额${unsplit} (more than the unsplit amount)`);
  return undefined;
}

function receiversProblem(ctx: SimContext, json: Record<string, unknown>): V3Result | undefined {
  const receivers = json.receivers as Array<Record<string, unknown>>;
  if (receivers.length > MAX_SHARING_RECEIVERS) return paramError('receivers', `最多${MAX_SHARING_RECEIVERS}个分账接收方`, receivers.length);
  for (const [i, receiver] of receivers.entries()) {
    if (!Number.isSafeInteger(receiver.amount) || (receiver.amount as number) < 1)
      return paramError(`receivers[${i}].amount`, '必须为正整数，单位为分 (a positive whole number of fen)', receiver.amount);
    if (!ctx.state.sharing.receivers.has(receiverKey(json.sub_mchid, receiver.type, receiver.account)))
      return v3Error(
        400,
        'INVALID_REQUEST',
        `分账接收方未添加: receivers[${i}] ${String(receiver.account)} (add it first: POST v3/profitsharing/receivers/add)`,
        {
          field: `receivers[${i}].account`,
          value: receiver.account,
          issue: 'not added',
          location: 'body',
        },
      );
  }
  return undefined;
}

/** Store a new 分账 order of PENDING shares, their amount no longer unsplit. */
function storeSharing(
  request: V3Request,
  ctx: SimContext,
  json: Record<string, unknown>,
  shares: Array<Omit<SimShare, 'result' | 'detail_id' | 'create_time'>>,
): SimProfitSharing {
  const now = new Date();
  const order: SimProfitSharing = {
    ...(typeof json.sub_mchid === 'string' ? { sub_mchid: json.sub_mchid } : {}),
    transaction_id: json.transaction_id as string,
    out_order_no: json.out_order_no as string,
    order_id: ids.sharing(now),
    state: 'PROCESSING',
    receivers: shares.map((share) => ({ ...share, result: 'PENDING', detail_id: ids.sharing(now), create_time: now })),
    unfreeze_unsplit: json.unfreeze_unsplit === true,
  };
  fingerprints.set(order, canonical(json));
  rememberSerial(order, serialFor(request.incoming, ctx.platform));
  ctx.state.sharing.orders.set(order.out_order_no, order);
  ctx.state.sharing.orderIds.set(order.order_id, order.out_order_no);
  useUnsplit(
    ctx,
    order.transaction_id,
    shares.reduce((sum, share) => sum + share.amount, 0),
  );
  return order;
}

/** The same out_order_no again: the same order for the same body, else 400 INVALID_REQUEST. */
function again(json: Record<string, unknown>, ctx: SimContext): V3Result | undefined {
  const existing = ctx.state.sharing.orders.get(json.out_order_no as string);
  if (!existing) return undefined;
  if (fingerprints.get(existing) !== canonical(json))
    return v3Error(400, 'INVALID_REQUEST', '商户分账单号重复，且与之前的请求不一致 (the same out_order_no with other content)');
  return { status: 200, json: sharingJson(existing) };
}

/**
 * `POST /v3/profitsharing/orders`: shares PENDING (state PROCESSING) until `sim.profitsharing.finish`.
 * The order must be paid and made with settle_info.profit_sharing; each receiver added; the sum not
 * more than the unsplit amount (403 NOT_ENOUGH); at most `MAX_SHARING_RECEIVERS` receivers.
 *
 * @example createSharing(request, ctx) // { status: 200, json: { order_id, state: 'PROCESSING', receivers: [{ result: 'PENDING', … }] } }
 */
export function createSharing(request: V3Request, ctx: SimContext): V3Result {
  const json = body(request);
  const seen = again(json, ctx);
  if (seen) return seen;
  const receivers = json.receivers as Array<Record<string, unknown>>;
  const problem =
    subProblem(ctx, json) ??
    receiversProblem(ctx, json) ??
    unsplitProblem(
      ctx,
      json.transaction_id,
      receivers.reduce((sum, r) => sum + (r.amount as number), 0),
    );
  if (problem) return problem;
  const shares = receivers.map((r) => ({
    type: r.type as SimShare['type'],
    account: r.account as string,
    amount: r.amount as number,
    description: r.description as string,
  }));
  const order = storeSharing(request, ctx, json, shares);
  ctx.options.log(`profitsharing ${order.out_order_no}: PROCESSING, ${shares.length} receivers`);
  return { status: 200, json: sharingJson(order) };
}

/**
 * `POST /v3/profitsharing/orders/unfreeze`: the rest of the unsplit amount goes back to the merchant
 * (one share, PENDING until `finish`); nothing more can be shared after.
 *
 * @example unfreeze(request, ctx) // { status: 200, json: { state: 'PROCESSING', receivers: [{ type: 'MERCHANT_ID', … }] } }
 */
export function unfreeze(request: V3Request, ctx: SimContext): V3Result {
  const json = body(request);
  const seen = again(json, ctx);
  if (seen) return seen;
  const problem = subProblem(ctx, json) ?? unsplitProblem(ctx, json.transaction_id, 0);
  if (problem) return problem;
  const rest = unsplitOf(ctx, sharedOrder(ctx, json.transaction_id as string)!);
  if (rest === 0) return v3Error(400, 'INVALID_REQUEST', '订单剩余待分金额为0，无需解冻 (nothing left to unfreeze)');
  const account = typeof json.sub_mchid === 'string' ? json.sub_mchid : ctx.options.mchid;
  const order = storeSharing(request, ctx, json, [{ type: 'MERCHANT_ID', account, amount: rest, description: json.description as string }]);
  ctx.state.sharing.finished.set(order.transaction_id, true);
  return { status: 200, json: sharingJson(order) };
}

/** `GET /v3/profitsharing/orders/{out_order_no}?transaction_id=`: 404 RESOURCE_NOT_EXISTS for another transaction's or an unknown one. */
export function querySharing(outOrderNo: string, request: V3Request, ctx: SimContext): V3Result {
  const order = ctx.state.sharing.orders.get(outOrderNo);
  if (!order || order.transaction_id !== request.incoming.query.get('transaction_id'))
    return v3Error(404, 'RESOURCE_NOT_EXISTS', '记录不存在 (no such 分账 order)');
  return { status: 200, json: sharingJson(order) };
}

/** The MERCHANT_ID share of `mchid` in `order` that succeeded, less what was returned of it already. */
function returnable(ctx: SimContext, order: SimProfitSharing, mchid: string): number {
  const shared = order.receivers
    .filter((share) => share.type === 'MERCHANT_ID' && share.account === mchid && share.result === 'SUCCESS')
    .reduce((sum, share) => sum + share.amount, 0);
  const returned = [...ctx.state.sharing.returns.values()]
    .filter((back) => back.order_id === order.order_id && back.return_mchid === mchid)
    .reduce((sum, back) => sum + back.amount, 0);
  return shared - returned;
}

/**
 * `POST /v3/profitsharing/return-orders`: a receiver (MERCHANT_ID) gives back part of its share:
 * SUCCESS at once, the amount unsplit again, PROFITSHARING.RETURN to it. Not more than it got and
 * kept (400 INVALID_REQUEST).
 *
 * @example createReturn(request, ctx) // { status: 200, json: { return_id, result: 'SUCCESS', … } }
 */
export function createReturn(request: V3Request, ctx: SimContext): V3Result {
  const json = body(request);
  const existing = ctx.state.sharing.returns.get(json.out_return_no as string);
  if (existing)
    return fingerprints.get(existing) === canonical(json)
      ? { status: 200, json: returnJson(existing) }
      : v3Error(400, 'INVALID_REQUEST', '商户回退单号重复，且与之前的请求不一致 (the same out_return_no with other content)');
  const no = typeof json.order_id === 'string' ? ctx.state.sharing.orderIds.get(json.order_id) : (json.out_order_no as string | undefined);
  const order = no === undefined ? undefined : ctx.state.sharing.orders.get(no);
  if (!order) return v3Error(404, 'RESOURCE_NOT_EXISTS', '分账单不存在 (name the 分账 order by out_order_no or order_id)');
  const amount = json.amount as number;
  const left = returnable(ctx, order, json.return_mchid as string);
  if (!Number.isSafeInteger(amount) || amount < 1) return paramError('amount', '必须为正整数，单位为分', amount);
  if (amount > left)
    return v3Error(400, 'INVALID_REQUEST', `回退金额${amount}超过接收方 ${String(json.return_mchid)} 已分得且未回退的金额${left} (more than it was given)`);
  const now = new Date();
  const back = {
    ...(order.sub_mchid ? { sub_mchid: order.sub_mchid } : {}),
    order_id: order.order_id,
    out_order_no: order.out_order_no,
    out_return_no: json.out_return_no as string,
    return_id: ids.sharing(now),
    return_mchid: json.return_mchid as string,
    amount,
    description: json.description as string,
    result: 'SUCCESS' as const,
    create_time: now,
    finish_time: now,
  };
  fingerprints.set(back, canonical(json));
  rememberSerial(back, serialFor(request.incoming, ctx.platform));
  ctx.state.sharing.returns.set(back.out_return_no, back);
  useUnsplit(ctx, order.transaction_id, -amount);
  notifyReceiver(ctx, 'PROFITSHARING.RETURN', order, { type: 'MERCHANT_ID', account: back.return_mchid, amount, description: back.description }, back);
  return { status: 200, json: returnJson(back) };
}

/** `GET /v3/profitsharing/return-orders/{out_return_no}?out_order_no=`. */
export function queryReturn(outReturnNo: string, request: V3Request, ctx: SimContext): V3Result {
  const back = ctx.state.sharing.returns.get(outReturnNo);
  if (!back || back.out_order_no !== request.incoming.query.get('out_order_no')) return v3Error(404, 'RESOURCE_NOT_EXISTS', '记录不存在 (no such 分账回退)');
  return { status: 200, json: returnJson(back) };
}

/** `GET /v3/profitsharing/transactions/{transaction_id}/amounts`: `{ transaction_id, unsplit_amount }`. */
export function unsplitAmount(transactionId: string, ctx: SimContext): V3Result {
  const order = sharedOrder(ctx, transactionId);
  if (!order) return v3Error(404, 'RESOURCE_NOT_EXISTS', '记录不存在 (no paid order has this transaction_id)');
  return { status: 200, json: { transaction_id: transactionId, unsplit_amount: unsplitOf(ctx, order) } };
}
