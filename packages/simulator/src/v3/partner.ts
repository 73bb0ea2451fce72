import { isRecord } from '../sdk/internal';
import type { SimContext } from '../context';
import { queried } from '../micropay';
import { findOrder } from '../orders';
import { ids } from '../state';
import type { SimOrder } from '../types';
import { notAnObject, paramError, v3Error, type V3Result } from './reply';
import type { V3Request } from './request';
import { partnerTransactionJson } from './shapes';
import { closeOrder, h5SceneProblem, orderFieldsProblem, placeOrder, stringsProblem, type OrderParty, type PrepayKind } from './transactions';

/**
 * Partner (服务商) orders, `v3/pay/partner/transactions/…`: the service provider (the simulator's
 * `mchid`, signing the requests) orders for a sub-merchant (`sub_mchid`). The order is kept with
 * the direct ones, by out_trade_no, and `sim.pay` pays it; its queries and notification name
 * sp_appid/sp_mchid, sub_appid/sub_mchid and payer.sp_openid/sub_openid.
 */

/**
 * Is `subMchid` bound to this service provider? With `subMchids` unset, every one is; otherwise
 * WeChat Pay's answer for an unbound one: 400 INVALID_REQUEST 受理关系不存在.
 *
 * @example boundProblem(ctx, '1900000109', 'sub_mchid') // undefined when bound
 */
export function boundProblem(ctx: SimContext, subMchid: string, field: string): V3Result | undefined {
  const bound = ctx.options.subMchids;
  if (!bound || bound.has(subMchid)) return undefined;
  return v3Error(
    400,
    'INVALID_REQUEST',
    `受理关系不存在: ${field} ${subMchid} 不是服务商 ${ctx.options.mchid} 的特约商户 (not bound to this service provider; see the option subMchids)`,
    {
      field,
      value: subMchid,
      issue: 'not bound to sp_mchid',
      location: 'body',
    },
  );
}

/** `sp_mchid` must be the merchant signing the request. */
export function spMchidProblem(given: unknown, ctx: SimContext, location: 'body' | 'query', field = 'sp_mchid'): V3Result | undefined {
  if (given === ctx.options.mchid) return undefined;
  return v3Error(
    400,
    'PARAM_ERROR',
    `${field} ${String(given)} 与发起请求的商户号 ${ctx.options.mchid} 不一致 (${field} must be the merchant signing the request)`,
    {
      field,
      value: given,
      issue: 'mismatch',
      location,
    },
  );
}

/** A JSAPI partner order names its payer under sp_appid (sp_openid) or sub_appid (sub_openid, with sub_appid). */
function partnerPayerProblem(kind: PrepayKind, body: Record<string, unknown>): V3Result | undefined {
  if (kind === 'h5') return h5SceneProblem(body);
  if (kind !== 'jsapi') return undefined;
  const payer = body.payer;
  const given = (name: string) => isRecord(payer) && typeof payer[name] === 'string' && payer[name] !== '';
  if (!given('sp_openid') && !given('sub_openid'))
    return paramError('payer.sp_openid', 'JSAPI下单须填 sp_openid 或 sub_openid (the payer, under sp_appid or sub_appid)', payer);
  if (given('sub_openid') && typeof body.sub_appid !== 'string')
    return paramError('sub_appid', '传 sub_openid 时必填 (sub_openid is an openid under sub_appid)', body.sub_appid);
  return undefined;
}

function partnerPrepayProblem(kind: PrepayKind, body: Record<string, unknown>, ctx: SimContext): V3Result | undefined {
  const strings = stringsProblem(body, [
    ['sp_appid', 32],
    ['sp_mchid', 32],
    ['sub_appid', 32, false],
    ['sub_mchid', 32],
    ['description', 127],
    ['out_trade_no', 32],
    ['notify_url', 256],
    ['attach', 128, false],
    ['time_expire', 64, false],
  ]);
  return (
    strings ??
    spMchidProblem(body.sp_mchid, ctx, 'body') ??
    orderFieldsProblem(body) ??
    partnerPayerProblem(kind, body) ??
    boundProblem(ctx, body.sub_mchid as string, 'sub_mchid')
  );
}

/** Whom a checked partner body's order is for: the service provider (sp_appid, `spMchid`), the sub-merchant and the payer under either. */
function partnerParty(body: Record<string, unknown>, spMchid: string): OrderParty {
  const payer = isRecord(body.payer) ? body.payer : {};
  return {
    appid: body.sp_appid as string,
    mchid: spMchid,
    ...(typeof payer.sp_openid === 'string' || typeof payer.sub_openid === 'string'
      ? {
          payer: {
            openid: typeof payer.sp_openid === 'string' ? payer.sp_openid : ids.openid(),
            ...(typeof payer.sub_openid === 'string' ? { sub_openid: payer.sub_openid } : {}),
          },
        }
      : {}),
    partner: { sub_mchid: body.sub_mchid as string, ...(typeof body.sub_appid === 'string' ? { sub_appid: body.sub_appid } : {}) },
  };
}

/**
 * `POST /v3/pay/partner/transactions/{native,jsapi,app,h5}`: the partner order, NOTPAY, for
 * `sub_mchid`; answers code_url, prepay_id or h5_url. The same rules as a direct order (the same
 * body again answers the same; other content 400 INVALID_REQUEST; paid 400 ORDERPAID), and:
 * sp_mchid must be the merchant signing; sub_mchid must be bound (`subMchids`, 400 INVALID_REQUEST);
 * JSAPI names payer.sp_openid or payer.sub_openid, the latter with sub_appid.
 *
 * @example partnerPrepay('jsapi', request, ctx) // { status: 200, json: { prepay_id: 'wx…' } }
 */
export function partnerPrepay(kind: PrepayKind, request: V3Request, ctx: SimContext): V3Result {
  return placeOrder(kind, request, ctx, {
    prefix: 'partner-',
    problem: (body) => partnerPrepayProblem(kind, body, ctx),
    party: (body) => partnerParty(body, ctx.options.mchid),
  });
}

/** `?sp_mchid=&sub_mchid=`: both given, sp_mchid the merchant's; the sub_mchid, or the refusal. */
function partnerQueryProblem(query: URLSearchParams, ctx: SimContext): V3Result | string {
  for (const name of ['sp_mchid', 'sub_mchid']) {
    if (!query.get(name))
      return v3Error(400, 'PARAM_ERROR', `缺少参数${name} (the query needs ?${name}=)`, { field: name, issue: 'missing', location: 'query' });
  }
  return spMchidProblem(query.get('sp_mchid'), ctx, 'query') ?? (query.get('sub_mchid') as string);
}

/** The partner order of `subMchid` so named, or undefined: another sub-merchant's, or a direct one, is not found. */
function partnerOrder(ctx: SimContext, by: { out_trade_no?: string; transaction_id?: string }, subMchid: string): SimOrder | undefined {
  const order = findOrder(ctx.state, by);
  return order?.partner?.sub_mchid === subMchid ? order : undefined;
}

/**
 * `GET /v3/pay/partner/transactions/id/{transaction_id}` and `/out-trade-no/{out_trade_no}`
 * (`?sp_mchid=&sub_mchid=`): the order in its partner shape; 404 ORDER_NOT_EXIST for an order of
 * another sub-merchant, or a direct one.
 *
 * @example partnerQuery({ out_trade_no: 'P1' }, request, ctx)
 */
export function partnerQuery(by: { out_trade_no?: string; transaction_id?: string }, request: V3Request, ctx: SimContext): V3Result {
  const subMchid = partnerQueryProblem(request.incoming.query, ctx);
  if (typeof subMchid !== 'string') return subMchid;
  const order = partnerOrder(ctx, by, subMchid);
  if (!order) return v3Error(404, 'ORDER_NOT_EXIST', '订单不存在');
  queried(ctx.state, order);
  return { status: 200, json: partnerTransactionJson(order) };
}

/**
 * `POST /v3/pay/partner/transactions/out-trade-no/{out_trade_no}/close` with `{ sp_mchid, sub_mchid }`: 204; a paid order 400 ORDERPAID.
 *
 * @example partnerClose('P1', request, ctx) // { status: 204 }
 */
export function partnerClose(outTradeNo: string, request: V3Request, ctx: SimContext): V3Result {
  const body = request.json;
  if (!isRecord(body)) return notAnObject('{ sp_mchid, sub_mchid }');
  const problem =
    stringsProblem(body, [
      ['sp_mchid', 32],
      ['sub_mchid', 32],
    ]) ?? spMchidProblem(body.sp_mchid, ctx, 'body');
  if (problem) return problem;
  const order = partnerOrder(ctx, { out_trade_no: outTradeNo }, body.sub_mchid as string);
  if (!order) return v3Error(404, 'ORDER_NOT_EXIST', '订单不存在');
  return closeOrder(order);
}
