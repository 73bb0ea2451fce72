import { ids, type SimState } from './state';
import type { SimOrder, SimRefund } from './types';

/** What the simulator keeps about an order beyond its public view. */
export interface OrderInternals {
  /** The creating request's content, to tell a retry from a different order under the same number. */
  fingerprint: string;
  /** v2: the sign_type its notification is signed with. */
  signType: string;
  /** v3: the key id its notification is signed under (public-key id or certificate serial). */
  serial: string | undefined;
}

// Weak: an order evicted from the bounded map takes its internals with it.
const internals = new WeakMap<SimOrder, OrderInternals>();

/** @example internalsOf(order)?.fingerprint */
export function internalsOf(order: SimOrder): OrderInternals | undefined {
  return internals.get(order);
}

/**
 * Remember a new order.
 *
 * @example storeOrder(state, order, { fingerprint, signType: 'MD5', serial: undefined })
 */
export function storeOrder(state: SimState, order: SimOrder, extra: OrderInternals): SimOrder {
  internals.set(order, extra);
  state.orders.set(order.out_trade_no, order);
  if (order.transaction_id) state.transactions.set(order.transaction_id, order.out_trade_no);
  return order;
}

/**
 * The order named by `transaction_id` (preferred, as WeChat Pay does) or `out_trade_no`.
 *
 * @example findOrder(state, { out_trade_no: 'T1' })
 */
export function findOrder(state: SimState, by: { out_trade_no?: string | undefined; transaction_id?: string | undefined }): SimOrder | undefined {
  if (by.transaction_id) {
    const outTradeNo = state.transactions.get(by.transaction_id);
    return outTradeNo === undefined ? undefined : state.orders.get(outTradeNo);
  }
  return by.out_trade_no ? state.orders.get(by.out_trade_no) : undefined;
}

/**
 * The user pays: SUCCESS, a transaction id, the payer. Only a NOTPAY order can be paid.
 *
 * @example markPaid(state, order, 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o')
 */
export function markPaid(state: SimState, order: SimOrder, openid: string | undefined, now = new Date()): SimOrder {
  order.trade_state = 'SUCCESS';
  order.transaction_id = ids.transaction(now);
  order.success_time = now;
  order.payer = { ...order.payer, openid: openid ?? order.payer?.openid ?? ids.openid() };
  state.transactions.set(order.transaction_id, order.out_trade_no);
  return order;
}

/**
 * Why `order` cannot be refunded `refund` fen out of `total`, or undefined when it can:
 * TRADE_STATE_ERROR for an order that is not paid, INVALID_REQUEST for amounts that do not fit.
 *
 * @example refundProblem(order, 100, 100) // undefined
 */
export function refundProblem(order: SimOrder, refund: number, total: number): { code: 'TRADE_STATE_ERROR' | 'INVALID_REQUEST'; message: string } | undefined {
  if (order.trade_state !== 'SUCCESS' && order.trade_state !== 'REFUND') {
    return { code: 'TRADE_STATE_ERROR', message: `订单状态为${order.trade_state}，不能退款 (only a paid order can be refunded)` };
  }
  if (total !== order.amount.total)
    return { code: 'INVALID_REQUEST', message: `订单金额${total}与原订单金额${order.amount.total}不一致 (total must be the order's amount)` };
  const left = order.amount.total - order.amount.refunded;
  if (refund > left) return { code: 'INVALID_REQUEST', message: `申请退款金额${refund}超过订单可退金额${left} (the refund exceeds what is left)` };
  return undefined;
}

/**
 * Record a refund against its paid order; WeChat Pay's trade_state becomes REFUND on any refund.
 *
 * @example const refund = recordRefund(state, order, { api: 'v3', out_refund_no: 'R1', refund: 100 });
 */
export function recordRefund(
  state: SimState,
  order: SimOrder,
  given: {
    api: 'v2' | 'v3';
    out_refund_no: string;
    refund: number;
    reason?: string | undefined;
    notify_url?: string | undefined;
    /** PROCESSING when `sim.refundScenarios` holds it; SUCCESS by default. */
    status?: 'SUCCESS' | 'PROCESSING';
  },
): SimRefund {
  const now = new Date();
  const status = given.status ?? 'SUCCESS';
  order.amount.refunded += given.refund;
  order.trade_state = 'REFUND';
  const refund: SimRefund = {
    api: given.api,
    out_refund_no: given.out_refund_no,
    refund_id: ids.refund(now),
    out_trade_no: order.out_trade_no,
    transaction_id: order.transaction_id ?? '',
    amount: { refund: given.refund, total: order.amount.total, currency: order.amount.currency },
    status,
    ...(given.reason ? { reason: given.reason } : {}),
    ...(given.notify_url ? { notify_url: given.notify_url } : {}),
    created: now,
    ...(status === 'SUCCESS' ? { success_time: now } : {}),
  };
  state.refunds.set(refund.out_refund_no, refund);
  return refund;
}

/**
 * A stable text of a parsed request, keys sorted, to compare two requests' content. Depth is
 * bounded: anything nested deeper than WeChat's bodies ever are compares as unequal.
 *
 * @example canonical({ b: 1, a: [2] }) === canonical({ a: [2], b: 1 }) // true
 */
export function canonical(value: unknown, depth = 0): string {
  if (depth > 32) return `<too deep ${Math.random()}>`;
  if (Array.isArray(value)) return `[${value.map((item) => canonical(item, depth + 1)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(record[key], depth + 1)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
