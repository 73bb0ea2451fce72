import type { SimContext } from '../context';
import { findOrder, internalsOf, recordRefund, refundProblem } from '../orders';
import { isHttpUrl } from '../v2/fields';
import { notAnObject, paramError, serialFor, v3Error, type V3Result } from './reply';
import type { V3Request } from './request';
import { refundJson } from './shapes';
import { notifyRefund } from '../refund-states';
import { isRecord } from '../sdk/internal';

const OUT_REFUND_NO = /^[A-Za-z0-9_\-|*@]{1,64}$/;

function refundAmountProblem(amount: unknown): V3Result | undefined {
  if (!isRecord(amount)) return paramError('amount', '必填，且为对象 { refund, total, currency }', amount);
  for (const field of ['refund', 'total'] as const) {
    if (!Number.isSafeInteger(amount[field]) || (amount[field] as number) < 1)
      return paramError(`amount.${field}`, '必须为正整数，单位为分 (a positive whole number of fen)', amount[field]);
  }
  if (amount.currency !== 'CNY') return paramError('amount.currency', '必填，只支持CNY', amount.currency);
  return undefined;
}

/** The first problem with a refund body, as WeChat Pay's 400 answer, or undefined. */
function refundBodyProblem(body: Record<string, unknown>): V3Result | undefined {
  const { out_refund_no: outRefundNo, amount, notify_url: notifyUrl, reason } = body;
  if (typeof body.transaction_id !== 'string' && typeof body.out_trade_no !== 'string')
    return paramError('out_trade_no', 'transaction_id与out_trade_no必填其一 (one of them is needed)');
  if (typeof outRefundNo !== 'string' || !OUT_REFUND_NO.test(outRefundNo))
    return paramError('out_refund_no', '必填，1到64位数字、大小写字母_-|*@', outRefundNo);
  const amountWrong = refundAmountProblem(amount);
  if (amountWrong) return amountWrong;
  if (notifyUrl !== undefined && !(typeof notifyUrl === 'string' && isHttpUrl(notifyUrl))) return paramError('notify_url', '必须为http(s)地址', notifyUrl);
  if (reason !== undefined && (typeof reason !== 'string' || [...reason].length > 80)) return paramError('reason', '为字符串，长度不能超过80', reason);
  return undefined;
}

/**
 * `POST /v3/refund/domestic/refunds`: a refund of a paid order (by transaction_id or out_trade_no),
 * `amount.total` equal to the order's and `amount.refund` within what is left. It succeeds at
 * once (or stays PROCESSING as `sim.refundScenarios` scripts); with `notify_url` a REFUND.SUCCESS
 * notification follows its success. The same out_refund_no again
 * answers the same refund.
 *
 * @example refund(request, ctx) // { status: 200, json: { refund_id, status: 'SUCCESS', … } }
 */
export function refund(request: V3Request, ctx: SimContext): V3Result {
  const body = request.json;
  if (!isRecord(body)) return notAnObject();
  const problem = refundBodyProblem(body);
  if (problem) return problem;
  const {
    out_refund_no: outRefundNo,
    amount,
    notify_url: notifyUrl,
    reason,
  } = body as { out_refund_no: string; amount: Record<string, unknown> } & Record<string, unknown>;

  const order = findOrder(ctx.state, { transaction_id: body.transaction_id as string | undefined, out_trade_no: body.out_trade_no as string | undefined });
  if (!order) return v3Error(404, 'RESOURCE_NOT_EXISTS', '订单不存在');
  const before = ctx.state.refunds.get(outRefundNo);
  if (before) {
    const same = before.out_trade_no === order.out_trade_no && before.amount.refund === amount.refund;
    return same ? { status: 200, json: refundJson(before) } : v3Error(400, 'INVALID_REQUEST', '退款单号重复，且与之前的退款请求不一致');
  }
  const why = refundProblem(order, amount.refund as number, amount.total as number);
  if (why) return v3Error(400, 'INVALID_REQUEST', why.message);
  const made = recordRefund(ctx.state, order, {
    api: 'v3',
    out_refund_no: outRefundNo,
    refund: amount.refund as number,
    reason: reason as string | undefined,
    notify_url: notifyUrl as string | undefined,
    status: ctx.refunds.take(),
  });
  notifyRefund(ctx, made, internalsOf(order)?.serial ?? serialFor(request.incoming, ctx.platform));
  return { status: 200, json: refundJson(made) };
}

/**
 * `GET /v3/refund/domestic/refunds/{out_refund_no}`.
 *
 * @example refundQuery('R1', ctx)
 */
export function refundQuery(outRefundNo: string, ctx: SimContext): V3Result {
  const found = ctx.state.refunds.get(outRefundNo);
  if (!found) return v3Error(404, 'RESOURCE_NOT_EXISTS', '退款单不存在');
  return { status: 200, json: refundJson(found) };
}
