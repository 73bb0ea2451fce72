import type { SimContext } from '../context';
import { AUTH_CODE, AUTH_CODE_MESSAGE, reverseMicropay, startMicropay } from '../micropay';
import { canonical, internalsOf, storeOrder } from '../orders';
import type { SimOrder } from '../types';
import { notAnObject, paramError, serialFor, v3Error, type V3Result } from './reply';
import type { V3Request } from './request';
import { transactionJson } from './shapes';
import { bodyMchidProblem, OUT_TRADE_NO, stringProblem, stringsProblem } from './transactions';
import { isRecord } from '../sdk/internal';

/** The first problem with a codepay body, as WeChat Pay's 400 answer, or undefined. */
function codepayProblem(body: Record<string, unknown>, mchid: string): V3Result | undefined {
  const fields: Array<[string, number, boolean?]> = [
    ['appid', 32],
    ['mchid', 32],
    ['description', 127],
    ['out_trade_no', 32],
    ['attach', 128, false],
  ];
  const problem = stringsProblem(body, fields) ?? bodyMchidProblem(body, mchid);
  if (problem) return problem;
  if (!OUT_TRADE_NO.test(body.out_trade_no as string))
    return paramError('out_trade_no', '只能是6到32位数字、大小写字母_-|* (6 to 32 letters, digits, _-|*)', body.out_trade_no);
  const payer = body.payer;
  if (!isRecord(payer) || typeof payer.auth_code !== 'string') return paramError('payer.auth_code', '必填 (the payment code the cashier scanned)', payer);
  if (!AUTH_CODE.test(payer.auth_code)) return v3Error(400, 'INVALID_REQUEST', AUTH_CODE_MESSAGE);
  const amount = body.amount;
  if (!isRecord(amount) || !Number.isSafeInteger(amount.total) || (amount.total as number) < 1)
    return paramError('amount.total', '必须为正整数，单位为分 (a positive whole number of fen)', isRecord(amount) ? amount.total : amount);
  if (!isRecord(body.scene_info) || !isRecord(body.scene_info.store_info))
    return paramError('scene_info.store_info', '必填 (scene_info: { store_info: { out_id? } })', body.scene_info);
  return undefined;
}

/** What `codepay` answers for an order in this state: the transaction, 202 USERPAYING, or why it is not paid. */
function codepayAnswer(order: SimOrder): V3Result {
  switch (order.trade_state) {
    case 'SUCCESS':
      return { status: 200, json: transactionJson(order) };
    case 'USERPAYING':
      return v3Error(202, 'USERPAYING', '用户支付中，需要输入密码');
    case 'REVOKED':
      return v3Error(400, 'ORDER_REVERSED', '当前订单已经被撤销');
    case 'CLOSED':
      return v3Error(400, 'ORDER_CLOSED', '当前订单已关闭，请重新下单');
    default:
      return v3Error(500, 'SYSTEM_ERROR', '系统超时，请查询订单确认结果');
  }
}

/**
 * `POST /v3/pay/transactions/codepay`: the payment code is "scanned"; paid at once (200, the
 * transaction), or (per `sim.micropay`) 202 USERPAYING or 500 SYSTEM_ERROR and pending until a
 * query finds it paid or it is reversed. The same body again answers the order as it is now.
 *
 * @example codepay(request, ctx) // { status: 200, json: { trade_state: 'SUCCESS', … } }
 */
export function codepay(request: V3Request, ctx: SimContext): V3Result {
  const body = request.json;
  if (!isRecord(body)) return notAnObject();
  const problem = codepayProblem(body, ctx.options.mchid);
  if (problem) return problem;
  const fingerprint = `codepay:${canonical(body)}`;
  const existing = ctx.state.orders.get(body.out_trade_no as string);
  if (existing) {
    if (internalsOf(existing)?.fingerprint !== fingerprint)
      return v3Error(400, 'INVALID_REQUEST', '201 商户订单号重复: the same out_trade_no was used with different content');
    return codepayAnswer(existing);
  }
  const order: SimOrder = {
    api: 'v3',
    appid: body.appid as string,
    mchid: ctx.options.mchid,
    out_trade_no: body.out_trade_no as string,
    trade_type: 'MICROPAY',
    trade_state: 'NOTPAY',
    description: body.description as string,
    ...(typeof body.attach === 'string' ? { attach: body.attach } : {}),
    amount: { total: (body.amount as Record<string, unknown>).total as number, currency: 'CNY', refunded: 0 },
    created: new Date(),
  };
  storeOrder(ctx.state, order, { fingerprint, signType: 'MD5', serial: serialFor(request.incoming, ctx.platform) });
  const first = startMicropay(ctx.state, order, ctx.micropay.take());
  ctx.options.log(`codepay ${order.out_trade_no}: ${first}`);
  return codepayAnswer(order);
}

/**
 * `POST /v3/pay/transactions/out-trade-no/{out_trade_no}/reverse` with `{ appid, mchid }`: the code
 * payment is reversed (200), or 500 SYSTEM_ERROR when WeChat Pay asks to be called again (per
 * `sim.micropay`'s `recalls`).
 *
 * @example reverse('M1', request, ctx) // { status: 200, json: { appid, mchid, out_trade_no: 'M1' } }
 */
export function reverse(outTradeNo: string, request: V3Request, ctx: SimContext): V3Result {
  const body = request.json;
  if (!isRecord(body)) return notAnObject('{ appid, mchid }');
  const problem = stringProblem(body, 'appid', 32) ?? stringProblem(body, 'mchid', 32) ?? bodyMchidProblem(body, ctx.options.mchid);
  if (problem) return problem;
  const order = ctx.state.orders.get(outTradeNo);
  if (!order) return v3Error(404, 'ORDER_NOT_EXIST', '订单不存在');
  const outcome = reverseMicropay(order);
  ctx.options.log(`reverse ${order.out_trade_no}: ${outcome.kind === 'refused' ? outcome.code : outcome.kind}`);
  if (outcome.kind === 'recall') return v3Error(500, 'SYSTEM_ERROR', '系统错误，请再次调用撤销');
  if (outcome.kind === 'refused') return v3Error(400, outcome.code, outcome.message);
  return { status: 200, json: { appid: body.appid, mchid: ctx.options.mchid, out_trade_no: order.out_trade_no } };
}
