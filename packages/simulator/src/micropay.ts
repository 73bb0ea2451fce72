import { markPaid } from './orders';
import type { SimState } from './state';
import { MICROPAY_SCENARIOS, type MicropayScenario, type MicropayScenarios, type SimOrder } from './types';
import { ConfigurationError } from 'wechatpay-ts';

/**
 * How the payer behaves at a code payment (付款码: APIv2 `pay/micropay`, APIv3
 * `v3/pay/transactions/codepay`), and the lifecycle of such an order: paid at once, or pending
 * (`USERPAYING` while the payer types a password, or unknown after a `SYSTEMERROR`) until a query
 * finds it paid, or until the merchant reverses it. `sim.micropay.set(…)` scripts the next orders.
 */

/** The script one code-payment order follows. */
export interface MicropayScript {
  scenario: MicropayScenario;
  /** A pending order is paid at this query of it (1 = the first); undefined: never. */
  paidOnQuery: number | undefined;
  /** Reverse calls answered "call again" (`recall: Y` / 5xx) before the order is reversed. */
  recalls: number;
}

/** The switch board plus the one call the handlers make: the script of the next order. */
export interface MicropayBoard extends MicropayScenarios {
  /** The script for a new code-payment order (the default: paid at once), using one of `times`. */
  take(): MicropayScript;
}

/** 18 digits starting 10 to 15: what a WeChat payment code (付款码) reads as. */
export const AUTH_CODE = /^1[0-5]\d{16}$/;
/** WeChat Pay's answer to a payment code that is not one. */
export const AUTH_CODE_MESSAGE = '请扫描微信支付授权码(以10/11/12/13/14/15为前缀的18位数字)';

const MAX_COUNT = 1000;
const SUCCESS: MicropayScript = { scenario: 'success', paidOnQuery: undefined, recalls: 0 };

function bad(message: string): never {
  throw new ConfigurationError(`micropay.set: ${message}`);
}

function count(value: unknown, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > MAX_COUNT) {
    bad(`\`${name}\` must be a whole number from ${min} to ${MAX_COUNT}, got ${String(value)}`);
  }
  return value;
}

/**
 * @example
 * const board = createMicropayBoard();
 * board.set('userpaying', { paidOnQuery: 2 });
 * board.take() // { scenario: 'userpaying', paidOnQuery: 2, recalls: 0 }, then the default
 */
export function createMicropayBoard(): MicropayBoard {
  let current: { script: MicropayScript; left: number } | undefined;
  return {
    set(scenario, options = {}) {
      if (!MICROPAY_SCENARIOS.includes(scenario)) bad(`unknown scenario ${JSON.stringify(scenario)}; expected ${MICROPAY_SCENARIOS.join(', ')}`);
      if (options === null || typeof options !== 'object') bad('options must be { paidOnQuery?, recalls?, times? }');
      const unknown = Object.keys(options).filter((key) => !['paidOnQuery', 'recalls', 'times'].includes(key));
      if (unknown.length) bad(`unknown option ${unknown.map((key) => `\`${key}\``).join(', ')}; expected paidOnQuery, recalls, times`);
      const paidOnQuery = count(options.paidOnQuery, 'paidOnQuery', 1);
      if (scenario === 'success' && paidOnQuery !== undefined) bad("`paidOnQuery` is for 'userpaying' and 'systemerror': a 'success' order is paid at once");
      current = { script: { scenario, paidOnQuery, recalls: count(options.recalls, 'recalls', 0) ?? 0 }, left: count(options.times, 'times', 1) ?? 1 };
    },
    clear() {
      current = undefined;
    },
    active() {
      return current?.script.scenario;
    },
    take() {
      if (!current) return SUCCESS;
      const { script } = current;
      current.left -= 1;
      if (current.left <= 0) current = undefined;
      return script;
    },
  };
}

interface Pending {
  script: MicropayScript;
  queries: number;
  recallsLeft: number;
}

// Weak: an order evicted from the bounded map takes its script with it.
const pending = new WeakMap<SimOrder, Pending>();

/**
 * A new code-payment order follows `script`: paid at once (`success`), else left pending; the
 * first answer is what the payment call says (`SUCCESS`, `USERPAYING`, `SYSTEMERROR`).
 *
 * @example startMicropay(state, order, board.take()) // 'USERPAYING'
 */
export function startMicropay(state: SimState, order: SimOrder, script: MicropayScript): 'SUCCESS' | 'USERPAYING' | 'SYSTEMERROR' {
  pending.set(order, { script, queries: 0, recallsLeft: script.recalls });
  if (script.scenario === 'success') {
    markPaid(state, order, undefined);
    return 'SUCCESS';
  }
  // The payer is typing a password; after a system error nothing is known yet.
  order.trade_state = script.scenario === 'userpaying' ? 'USERPAYING' : 'NOTPAY';
  return script.scenario === 'userpaying' ? 'USERPAYING' : 'SYSTEMERROR';
}

/**
 * A query of `order`: a pending code payment counts it, and is paid when its script says so.
 *
 * @example queried(state, order); order.trade_state // 'SUCCESS' at the paidOnQuery-th query
 */
export function queried(state: SimState, order: SimOrder): void {
  const script = pending.get(order);
  if (!script || (order.trade_state !== 'USERPAYING' && order.trade_state !== 'NOTPAY')) return;
  script.queries += 1;
  if (script.script.paidOnQuery !== undefined && script.queries >= script.script.paidOnQuery) markPaid(state, order, undefined);
}

/** What a reverse call finds. */
export type ReverseOutcome = { kind: 'recall' } | { kind: 'reversed' } | { kind: 'refused'; code: string; message: string };

/**
 * Reverse (撤销) a code-payment order: answered "call again" as many times as its script says,
 * then the order is REVOKED (a paid one refunded in full). Only code payments can be reversed.
 *
 * @example reverseMicropay(order) // { kind: 'reversed' }
 */
export function reverseMicropay(order: SimOrder): ReverseOutcome {
  if (order.trade_type !== 'MICROPAY')
    return { kind: 'refused', code: 'INVALID_REQUEST', message: '非付款码订单不能撤销 (only code payments can be reversed)' };
  if (order.trade_state === 'REVOKED') return { kind: 'reversed' };
  if (order.trade_state === 'CLOSED' || order.trade_state === 'REFUND')
    return { kind: 'refused', code: 'TRADE_STATE_ERROR', message: `订单状态为${order.trade_state}，不能撤销` };
  const script = pending.get(order);
  if (script && script.recallsLeft > 0) {
    script.recallsLeft -= 1;
    return { kind: 'recall' };
  }
  if (order.trade_state === 'SUCCESS') order.amount.refunded = order.amount.total;
  order.trade_state = 'REVOKED';
  return { kind: 'reversed' };
}
