import type { SimContext } from '../context';
import { AUTH_CODE, AUTH_CODE_MESSAGE, reverseMicropay, startMicropay } from '../micropay';
import { findOrder, internalsOf, storeOrder } from '../orders';
import type { SimOrder } from '../types';
import { fieldProblem, v2Fingerprint } from './fields';
import { PAY_LIMITS, paidFields, signTypeOf } from './pay';
import { v2, type V2Result } from './reply';
import type { Fields } from './xml';

/** What `pay/micropay` answers for an order in this state: its payment, or why it is not paid (yet). */
function micropayAnswer(request: Fields, order: SimOrder): V2Result {
  switch (order.trade_state) {
    case 'SUCCESS':
      return v2.ok(request, paidFields(order));
    case 'USERPAYING':
      return v2.business(request, 'USERPAYING', '需要用户输入支付密码');
    case 'REVOKED':
      return v2.business(request, 'ORDERREVERSED', '当前订单已经被撤销');
    case 'CLOSED':
      return v2.business(request, 'ORDERCLOSED', '当前订单已关闭，请重新下单');
    default:
      return v2.business(request, 'SYSTEMERROR', '系统超时，请立即调用被扫订单结果查询API，查询当前订单状态');
  }
}

/**
 * `POST /pay/micropay`: the payment code is "scanned"; the order is paid at once, or (per
 * `sim.micropay`) answers USERPAYING or SYSTEMERROR and stays pending until a query finds it paid
 * or it is reversed. No notification: micropay has no notify_url. The same request again answers
 * the order's state as it is now.
 *
 * @example micropay({ appid, mch_id, body, out_trade_no: 'M1', total_fee: '1', spbill_create_ip, auth_code: '134567890123456789' }, ctx)
 */
export function micropay(request: Fields, ctx: SimContext): V2Result {
  const problem = fieldProblem(request, ['appid', 'body', 'out_trade_no', 'total_fee', 'spbill_create_ip', 'auth_code'], PAY_LIMITS);
  if (problem) return v2.fail(problem);
  if (!AUTH_CODE.test(request.auth_code!)) return v2.business(request, 'AUTH_CODE_INVALID', AUTH_CODE_MESSAGE);
  const existing = ctx.state.orders.get(request.out_trade_no!);
  if (existing) {
    const same = internalsOf(existing)?.fingerprint === v2Fingerprint(request) && existing.trade_type === 'MICROPAY';
    return same ? micropayAnswer(request, existing) : v2.business(request, 'INVALID_REQUEST', '201 商户订单号重复');
  }
  const order: SimOrder = {
    api: 'v2',
    appid: request.appid!,
    mchid: ctx.options.mchid,
    out_trade_no: request.out_trade_no!,
    trade_type: 'MICROPAY',
    trade_state: 'NOTPAY',
    description: request.body!,
    ...(request.attach ? { attach: request.attach } : {}),
    amount: { total: Number(request.total_fee), currency: 'CNY', refunded: 0 },
    created: new Date(),
  };
  storeOrder(ctx.state, order, { fingerprint: v2Fingerprint(request), signType: signTypeOf(request), serial: undefined });
  const first = startMicropay(ctx.state, order, ctx.micropay.take());
  ctx.options.log(`micropay ${order.out_trade_no}: ${first}`);
  return micropayAnswer(request, order);
}

/**
 * `POST /secapi/pay/reverse` (the client certificate is checked before this, over TLS): a code
 * payment is reversed (REVOKED; a paid one is refunded), or answered `recall: Y` when WeChat Pay
 * asks to be called again (per `sim.micropay`'s `recalls`).
 *
 * @example reverse({ appid, mch_id, out_trade_no: 'M1' }, ctx) // recall N
 */
export function reverse(request: Fields, ctx: SimContext): V2Result {
  const problem = fieldProblem(request, ['appid'], PAY_LIMITS);
  if (problem) return v2.fail(problem);
  if (!request.transaction_id && !request.out_trade_no) return v2.fail('缺少参数transaction_id或out_trade_no (one of them is needed)');
  const order = findOrder(ctx.state, request);
  if (!order) return v2.business(request, 'ORDERNOTEXIST', '此交易订单号不存在', { recall: 'N' });
  const outcome = reverseMicropay(order);
  ctx.options.log(`reverse ${order.out_trade_no}: ${outcome.kind === 'refused' ? outcome.code : outcome.kind}`);
  if (outcome.kind === 'recall') return v2.business(request, 'SYSTEMERROR', '系统错误，请再次调用撤销', { recall: 'Y' });
  if (outcome.kind === 'refused') return v2.business(request, outcome.code, outcome.message, { recall: 'N' });
  return v2.ok(request, { recall: 'N' });
}
