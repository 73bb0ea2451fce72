import type { SimContext } from '../context';
import { queried } from '../micropay';
import { canonical, findOrder, internalsOf, storeOrder } from '../orders';
import { ids } from '../state';
import type { SimOrder } from '../types';
import { isHttpUrl } from '../v2/fields';
import { notAnObject, paramError, serialFor, v3Error, type V3Result } from './reply';
import type { V3Request } from './request';
import { transactionJson } from './shapes';
import { expiryOf } from '../expiry';
import { isRecord } from '../sdk/internal';

/** The four prepay endpoints and the trade_type each makes. */
export const KINDS = { native: 'NATIVE', jsapi: 'JSAPI', app: 'APP', h5: 'MWEB' } as const;
export type PrepayKind = keyof typeof KINDS;

/** What WeChat Pay takes as an APIv3 out_trade_no. */
export const OUT_TRADE_NO = /^[A-Za-z0-9_\-|*]{6,32}$/;

/** The problem with a string field of a body (absent, empty, too long), as WeChat Pay's 400 answer, or undefined. */
export function stringProblem(body: Record<string, unknown>, field: string, max: number, required = true): V3Result | undefined {
  const value = body[field];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || value === '') return paramError(field, '必填，且为非空字符串 (a non-empty string is required)', value);
  if ([...value].length > max) return paramError(field, `长度不能超过${max} (at most ${max} characters)`, value);
  return undefined;
}

/** The first of `fields` ([name, most characters, required?]) with a problem, as WeChat Pay's 400 answer, or undefined. */
export function stringsProblem(body: Record<string, unknown>, fields: Array<[string, number, boolean?]>): V3Result | undefined {
  for (const [field, max, required] of fields) {
    const problem = stringProblem(body, field, max, required);
    if (problem) return problem;
  }
  return undefined;
}

/** The first problem with a prepay body, as WeChat Pay's 400 answer, or undefined. */
function prepayProblem(kind: PrepayKind, body: Record<string, unknown>, mchid: string): V3Result | undefined {
  const fields: Array<[string, number, boolean?]> = [
    ['appid', 32],
    ['mchid', 32],
    ['description', 127],
    ['out_trade_no', 32],
    ['notify_url', 256],
    ['attach', 128, false],
    ['time_expire', 64, false],
  ];
  return stringsProblem(body, fields) ?? bodyMchidProblem(body, mchid) ?? orderFieldsProblem(body) ?? payerProblem(kind, body);
}

/** What a direct and a partner prepay check alike once their own fields are strings: out_trade_no, notify_url, amount. */
export function orderFieldsProblem(body: Record<string, unknown>): V3Result | undefined {
  if (!OUT_TRADE_NO.test(body.out_trade_no as string))
    return paramError('out_trade_no', '只能是6到32位数字、大小写字母_-|* (6 to 32 letters, digits, _-|*)', body.out_trade_no);
  if (!isHttpUrl(body.notify_url as string)) return paramError('notify_url', '必须为http(s)地址 (an absolute http or https URL)', body.notify_url);
  return amountProblem(body.amount);
}

/** `amount` must be `{ total, currency? }`: a positive whole number of fen, in CNY. */
export function amountProblem(amount: unknown): V3Result | undefined {
  if (!isRecord(amount)) return paramError('amount', '必填，且为对象 { total, currency? }', amount);
  if (!Number.isSafeInteger(amount.total) || (amount.total as number) < 1)
    return paramError('amount.total', '必须为正整数，单位为分 (a positive whole number of fen)', amount.total);
  if (amount.currency !== undefined && amount.currency !== 'CNY') return paramError('amount.currency', '只支持CNY', amount.currency);
  return undefined;
}

/** What JSAPI and H5 orders need besides: the payer's openid, the H5 scene. */
function payerProblem(kind: PrepayKind, body: Record<string, unknown>): V3Result | undefined {
  const payer = body.payer;
  if (kind === 'jsapi' && !(isRecord(payer) && typeof payer.openid === 'string' && payer.openid !== ''))
    return paramError('payer.openid', 'JSAPI下单必填 (JSAPI needs payer.openid)', payer);
  return kind === 'h5' ? h5SceneProblem(body) : undefined;
}

/** H5 orders (direct and partner) name the payer's IP and the H5 scene. */
export function h5SceneProblem(body: Record<string, unknown>): V3Result | undefined {
  const scene = body.scene_info;
  if (!isRecord(scene) || typeof scene.payer_client_ip !== 'string' || scene.payer_client_ip === '')
    return paramError('scene_info.payer_client_ip', 'H5下单必填 (h5 needs scene_info.payer_client_ip)', scene);
  if (!isRecord(scene.h5_info) || typeof scene.h5_info.type !== 'string')
    return paramError('scene_info.h5_info.type', 'H5下单必填 (h5 needs scene_info.h5_info.type: iOS, Android or Wap)', scene.h5_info);
  return undefined;
}

export function prepayAnswer(kind: PrepayKind, order: SimOrder): V3Result {
  if (kind === 'native') return { status: 200, json: { code_url: order.code_url } };
  if (kind === 'h5') return { status: 200, json: { h5_url: order.h5_url } };
  return { status: 200, json: { prepay_id: order.prepay_id } };
}

/** The answer to a prepay under an out_trade_no already used: the same order, or why not. */
export function againAnswer(kind: PrepayKind, existing: SimOrder, fingerprint: string): V3Result {
  if (existing.trade_state === 'SUCCESS' || existing.trade_state === 'REFUND') return v3Error(400, 'ORDERPAID', '该订单已支付');
  if (existing.trade_state === 'CLOSED') return v3Error(400, 'ORDER_CLOSED', '该订单已关闭');
  if (internalsOf(existing)?.fingerprint !== fingerprint)
    return v3Error(400, 'INVALID_REQUEST', '201 商户订单号重复: the same out_trade_no was used with different content');
  return prepayAnswer(kind, existing);
}

/** Whom an order is for: the merchant (`appid`, `mchid`, `payer.openid`), or a partner order's sp_ and sub_ parties. */
export type OrderParty = Pick<SimOrder, 'appid' | 'mchid' | 'payer' | 'partner'>;

/** How a prepay endpoint differs from the direct one: its checks, its fingerprint's prefix, whom the order is for. */
export interface PrepayRules {
  /** Before `kind` in the fingerprint: the same body sent to another endpoint is another order. */
  prefix: string;
  problem(body: Record<string, unknown>): V3Result | undefined;
  party(body: Record<string, unknown>): OrderParty;
}

/** The prepay_id an order of `kind` answers with, and the code_url (native) or h5_url (h5) beside it. */
export function prepayHandles(kind: PrepayKind, now: Date): Pick<SimOrder, 'prepay_id' | 'code_url' | 'h5_url'> {
  const prepayId = ids.prepay(now);
  return { prepay_id: prepayId, ...(kind === 'native' ? { code_url: ids.codeUrl() } : {}), ...(kind === 'h5' ? { h5_url: ids.h5Url(prepayId) } : {}) };
}

/** The new NOTPAY order a checked prepay body makes for `party`. */
function newOrder(kind: PrepayKind, body: Record<string, unknown>, party: OrderParty, expires: Date | undefined): SimOrder {
  const amount = body.amount as Record<string, unknown>;
  const now = new Date();
  return {
    api: 'v3',
    appid: party.appid,
    mchid: party.mchid,
    out_trade_no: body.out_trade_no as string,
    trade_type: KINDS[kind],
    trade_state: 'NOTPAY',
    description: body.description as string,
    ...(typeof body.attach === 'string' ? { attach: body.attach } : {}),
    notify_url: body.notify_url as string,
    amount: { total: amount.total as number, currency: 'CNY', refunded: 0 },
    ...(party.payer ? { payer: party.payer } : {}),
    ...(party.partner ? { partner: party.partner } : {}),
    ...(isRecord(body.settle_info) && body.settle_info.profit_sharing === true ? { profit_sharing: true } : {}),
    ...prepayHandles(kind, now),
    created: now,
    ...(expires ? { time_expire: expires } : {}),
  };
}

/**
 * A prepay, direct or partner: check the body, answer the same out_trade_no again as
 * `againAnswer` says, refuse a `time_expire` that is not RFC 3339 or has passed, keep the order
 * NOTPAY and answer code_url, prepay_id or h5_url.
 *
 * @example placeOrder('native', request, ctx, { prefix: '', problem, party }) // { status: 200, json: { code_url: '…' } }
 */
export function placeOrder(kind: PrepayKind, request: V3Request, ctx: SimContext, rules: PrepayRules): V3Result {
  const body = request.json;
  if (!isRecord(body)) return notAnObject();
  const problem = rules.problem(body);
  if (problem) return problem;
  const fingerprint = `${rules.prefix}${kind}:${canonical(body)}`;
  const existing = ctx.state.orders.get(body.out_trade_no as string);
  if (existing) return againAnswer(kind, existing, fingerprint);
  const expires = typeof body.time_expire === 'string' ? expiryOf('v3', body.time_expire) : undefined;
  if (typeof expires === 'string') return paramError('time_expire', expires, body.time_expire);
  const order = newOrder(kind, body, rules.party(body), expires);
  // The notification is later signed under the key id this request's answer was signed under.
  storeOrder(ctx.state, order, { fingerprint, signType: 'MD5', serial: serialFor(request.incoming, ctx.platform) });
  return prepayAnswer(kind, order);
}

/**
 * `POST /v3/pay/transactions/{native,jsapi,app,h5}`: validate, create the order and answer
 * code_url, prepay_id or h5_url. The same body again answers the same; other content under the
 * same out_trade_no is 400 INVALID_REQUEST, a paid one 400 ORDERPAID, a closed one 400 ORDER_CLOSED.
 * A `time_expire` must be RFC 3339 and still to come; once it passes, the unpaid order reads CLOSED.
 *
 * @example prepay('native', request, ctx) // { status: 200, json: { code_url: 'weixin://wxpay/bizpayurl?pr=…' } }
 */
export function prepay(kind: PrepayKind, request: V3Request, ctx: SimContext): V3Result {
  const { mchid } = ctx.options;
  return placeOrder(kind, request, ctx, {
    prefix: '',
    problem: (body) => prepayProblem(kind, body, mchid),
    party: (body) => ({
      appid: body.appid as string,
      mchid,
      ...(isRecord(body.payer) && typeof body.payer.openid === 'string' ? { payer: { openid: body.payer.openid } } : {}),
    }),
  });
}

/** The body's `mchid` must be the merchant's. */
export function bodyMchidProblem(body: Record<string, unknown>, mchid: string): V3Result | undefined {
  if (body.mchid === mchid) return undefined;
  return v3Error(400, 'PARAM_ERROR', `mchid ${String(body.mchid)} 与发起请求的商户号 ${mchid} 不一致 (the body's mchid must be the merchant's)`, {
    field: 'mchid',
    value: body.mchid,
    issue: 'mismatch',
    location: 'body',
  });
}

/** `?mchid=` must name the merchant. */
function mchidProblem(request: V3Request, mchid: string): V3Result | undefined {
  const given = request.incoming.query.get('mchid');
  if (given === null || given === '')
    return v3Error(400, 'PARAM_ERROR', '缺少参数mchid (the query needs ?mchid=)', { field: 'mchid', issue: 'missing', location: 'query' });
  if (given !== mchid)
    return v3Error(400, 'PARAM_ERROR', `mchid ${given} 与发起请求的商户号不一致`, { field: 'mchid', value: given, issue: 'mismatch', location: 'query' });
  return undefined;
}

/**
 * `GET /v3/pay/transactions/id/{transaction_id}` and `/out-trade-no/{out_trade_no}` (`?mchid=`).
 *
 * @example query({ transaction_id: '4200…' }, request, ctx)
 */
export function query(by: { out_trade_no?: string; transaction_id?: string }, request: V3Request, ctx: SimContext): V3Result {
  const problem = mchidProblem(request, ctx.options.mchid);
  if (problem) return problem;
  const order = findOrder(ctx.state, by);
  // A partner (服务商) order is the sub-merchant's: the direct endpoints do not see it.
  if (!order || order.partner) return v3Error(404, 'ORDER_NOT_EXIST', '订单不存在');
  queried(ctx.state, order);
  return { status: 200, json: transactionJson(order) };
}

/**
 * `POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close` with `{ mchid }`: 204.
 *
 * @example close('T1', request, ctx) // { status: 204 }
 */
export function close(outTradeNo: string, request: V3Request, ctx: SimContext): V3Result {
  const body = request.json;
  if (!isRecord(body) || typeof body.mchid !== 'string') return paramError('mchid', '必填 (the body must be { "mchid": "…" })', body);
  const problem = bodyMchidProblem(body, ctx.options.mchid);
  if (problem) return problem;
  const order = ctx.state.orders.get(outTradeNo);
  if (!order || order.partner) return v3Error(404, 'ORDER_NOT_EXIST', '订单不存在');
  return closeOrder(order);
}

/**
 * Close an order: 204, or 400 ORDERPAID for a paid one.
 *
 * @example closeOrder(order) // { status: 204 }
 */
export function closeOrder(order: SimOrder): V3Result {
  if (order.trade_state === 'SUCCESS' || order.trade_state === 'REFUND') return v3Error(400, 'ORDERPAID', '订单已支付，不能关闭');
  order.trade_state = 'CLOSED';
  return { status: 204 };
}
