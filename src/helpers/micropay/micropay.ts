import type { Client } from '../../chain/types';
import { clientOf, type WechatpayClient } from '../../client/client';
import { ConfigurationError, InvalidRequestError, WechatpayError } from '../../errors';
import type { PayitilReportTrade } from '../../types';
import { wholeNumber } from '../../util/limit';
import { describe, isPlainObject } from '../../util/object';
import { BeijingTime } from '../../util/time';
import type { Seen, Step } from './outcome';
import { type Protocol, protocolOf } from './protocol';

/**
 * 付款码支付 (micropay) the way WeChat Pay documents it: pay; on USERPAYING, a system error or no
 * usable answer, query every `pollMs` until the order is paid, fails for good, or `deadlineMs`
 * passes; an order not paid by then is reversed (撤销), again while WeChat answers `recall: Y`.
 * https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=5_4 (the cashier's flow)
 */

/** How often the order is queried, by default: every 5 s, as WeChat Pay suggests (`pollMs`). */
export const DEFAULT_MICROPAY_POLL_MS = 5_000;
/** How long the payer has, by default, from the payment call on (`deadlineMs`): 30 s. */
export const DEFAULT_MICROPAY_DEADLINE_MS = 30_000;
/** Reverse calls at the most, by default, while WeChat answers `recall: Y` (WeChat's old SDK tried 10). */
export const DEFAULT_MICROPAY_REVERSE_TRIES = 10;
/** Milliseconds between two reverse calls, by default (`reverse.delayMs`). */
export const DEFAULT_MICROPAY_RECALL_MS = 1_000;
/** Queries at the most in one flow, whatever `pollMs` and `deadlineMs` say. */
export const MAX_MICROPAY_QUERIES = 600;

const POLL_RANGE = { name: '`pollMs`', min: 10, max: 60_000, unit: 'milliseconds' };
const DEADLINE_RANGE = { name: '`deadlineMs`', min: 10, max: 10 * 60_000, unit: 'milliseconds' };
const TRIES_RANGE = { name: '`reverse.tries`', min: 1, max: DEFAULT_MICROPAY_REVERSE_TRIES, unit: 'calls' };
const RECALL_RANGE = { name: '`reverse.delayMs`', min: 0, max: 60_000, unit: 'milliseconds' };
const MIN_CALL_TIMEOUT_MS = 1_000;

/**
 * How a code payment ended: paid as asked (verified), reversed, failed for good, not known, or
 * `MISMATCH`: the order number is paid, but for another amount, currency, app or merchant (an
 * earlier payment under the same out_trade_no). Not reversed, as that would refund the earlier
 * payment; hand over nothing, charge again under a new out_trade_no, and look the earlier order up.
 */
export type MicropayState = 'SUCCESS' | 'MISMATCH' | 'REVERSED' | 'FAILED' | 'UNKNOWN';

/** One call of the flow. */
export interface MicropayAttempt {
  step: Step;
  /** ms since the epoch. */
  startedAt: number;
  durationMs: number;
  /**
   * What it came to: `SUCCESS`, a `trade_state`, WeChat's code (`USERPAYING`, `SYSTEMERROR`, …), `RECALL`, the transport's
   * (`ETIMEDOUT`), `MISMATCH` (paid, but not as asked) or `OTHER_ORDER` (an answer about another order number).
   */
  outcome: string;
  message?: string;
}

export interface MicropayResult {
  state: MicropayState;
  /** The order as WeChat Pay last described it (the payment's answer, or the last query's), if it did. */
  order: Record<string, unknown> | undefined;
  /** Every call made, in order. */
  attempts: MicropayAttempt[];
  out_trade_no: string;
  /** Why the state is not SUCCESS. */
  reason?: string;
}

export interface MicropayOptions {
  /** Milliseconds between two queries (default `DEFAULT_MICROPAY_POLL_MS`, 10 to 60,000). */
  pollMs?: number;
  /** Milliseconds from the payment call to giving up on it and reversing (default `DEFAULT_MICROPAY_DEADLINE_MS`, 10 to 600,000). */
  deadlineMs?: number;
  /**
   * Reverse an order not paid by the deadline (the default, `true`), with at most `tries` calls
   * (default and most `DEFAULT_MICROPAY_REVERSE_TRIES`) `delayMs` apart; `false` leaves it as it is
   * and ends `UNKNOWN`. The APIv2 reverse needs the merchant certificate (`merchant`).
   */
  reverse?: boolean | { tries?: number; delayMs?: number };
}

/**
 * `{ xml }` for `v2/pay/micropay`, or `{ json }` for `v3/pay/transactions/codepay` (with `sp_mchid`
 * and `sub_mchid`, partner mode: `v3/pay/partner/transactions/codepay`); other call options go to the payment call.
 */
export type MicropayRequest = { xml: Record<string, unknown>; [option: string]: unknown } | { json: Record<string, unknown>; [option: string]: unknown };

interface Settings {
  pollMs: number;
  deadlineMs: number;
  reverse: { tries: number; delayMs: number } | undefined;
}

function settingsOf(options: unknown): Settings {
  if (options === undefined) options = {};
  if (!isPlainObject(options)) throw new InvalidRequestError(`micropay: options must be { pollMs?, deadlineMs?, reverse? }, got ${describe(options)}`);
  const unknown = Object.keys(options).filter((key) => !['pollMs', 'deadlineMs', 'reverse'].includes(key));
  if (unknown.length) throw new InvalidRequestError(`micropay: \`${unknown[0]}\` is not an option: expected pollMs, deadlineMs, reverse`);
  const { reverse = true } = options;
  if (typeof reverse !== 'boolean' && !isPlainObject(reverse))
    throw new InvalidRequestError(`micropay: \`reverse\` must be true, false or { tries?, delayMs? }, got ${describe(reverse)}`);
  const given = isPlainObject(reverse) ? reverse : {};
  for (const key of Object.keys(given)) {
    if (key !== 'tries' && key !== 'delayMs') throw new InvalidRequestError(`micropay: \`reverse.${key}\` is not an option: expected tries, delayMs`);
  }
  return {
    pollMs: wholeNumber(options.pollMs, POLL_RANGE, DEFAULT_MICROPAY_POLL_MS),
    deadlineMs: wholeNumber(options.deadlineMs, DEADLINE_RANGE, DEFAULT_MICROPAY_DEADLINE_MS),
    reverse:
      reverse === false
        ? undefined
        : {
            tries: wholeNumber(given.tries, TRIES_RANGE, DEFAULT_MICROPAY_REVERSE_TRIES),
            delayMs: wholeNumber(given.delayMs, RECALL_RANGE, DEFAULT_MICROPAY_RECALL_MS),
          },
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const TRADE_STATES: Readonly<Record<MicropayState, PayitilReportTrade['state']>> = {
  SUCCESS: 'OK',
  MISMATCH: 'FAIL',
  REVERSED: 'CANCLE',
  FAILED: 'FAIL',
  UNKNOWN: 'FAIL',
};

/**
 * Take a code payment (付款码) to its end, the documented way: `v2/pay/micropay` (`{ xml }`) or
 * `v3/pay/transactions/codepay` (`{ json }`); on USERPAYING, SYSTEMERROR, BANKERROR or no usable
 * answer, the order is queried every `pollMs`; not paid by `deadlineMs`, it is reversed
 * (`v2/secapi/pay/reverse`, mutual TLS; or `v3/…/reverse`), again while WeChat answers
 * `recall: Y`, `reverse.tries` times at the most. `SUCCESS` only for an order a verified answer
 * says is paid with the amount, currency, app and merchant asked for; `MISMATCH` (not reversed) for a
 * paid order that differs; `UNKNOWN` (with `reason`) when it could be neither confirmed nor reversed. Bad
 * arguments reject before anything is sent; with `report` on, the trade goes into the micropay
 * batch report.
 *
 * @example
 * const { state, order, attempts } = await micropay(wx, { xml: { appid, mch_id, body: '门店消费', out_trade_no, total_fee: 1, spbill_create_ip: '8.8.8.8', auth_code } });
 * if (state === 'SUCCESS') printReceipt(order);
 */
export async function micropay(wx: Client, request: MicropayRequest, options?: MicropayOptions): Promise<MicropayResult> {
  const client = clientOf(wx);
  const settings = settingsOf(options);
  const flow = new Flow(client, settings, protocolOf(client, request, settings.reverse !== undefined));
  const first = await flow.call('pay', flow.protocol.pay);
  const settled = flow.settle(first, 'pay');
  if (settled) return settled;
  // The payer is typing a password: WeChat Pay says wait before the first query; else query at once.
  let wait = first.code === 'USERPAYING' ? settings.pollMs : 0;
  let last = first;
  for (let queries = 0; queries < MAX_MICROPAY_QUERIES && Date.now() + wait < flow.deadline; queries += 1) {
    if (wait > 0) await sleep(wait);
    wait = settings.pollMs;
    last = await flow.call('query', () => flow.protocol.query(flow.timeLeft()));
    const done = flow.settle(last, 'query');
    if (done) return done;
  }
  return flow.reverse(`not paid within ${settings.deadlineMs} ms (last: ${last.code})`);
}

/** One code payment under way: the calls made, the order last seen, and how each answer ends it. */
class Flow {
  readonly attempts: MicropayAttempt[] = [];
  order: Record<string, unknown> | undefined;
  readonly begun = Date.now();
  readonly deadline: number;

  constructor(
    readonly client: WechatpayClient,
    readonly settings: Settings,
    readonly protocol: Protocol,
  ) {
    this.deadline = this.begun + settings.deadlineMs;
  }

  async call(step: Step, run: () => Promise<unknown>): Promise<Seen> {
    const { protocol } = this;
    const startedAt = Date.now();
    let seen: Seen;
    try {
      seen = protocol.classify(step, await run(), undefined, protocol.asked);
    } catch (error) {
      // A bad argument or configuration is the caller's to fix, not a trade outcome.
      if (!(error instanceof WechatpayError) || error instanceof ConfigurationError) throw error;
      seen = protocol.classify(step, undefined, error, protocol.asked);
    }
    if (seen.order) this.order = seen.order;
    this.attempts.push({ step, startedAt, durationMs: Date.now() - startedAt, outcome: seen.code, ...(seen.message ? { message: seen.message } : {}) });
    return seen;
  }

  timeLeft(): number {
    return Math.min(this.client.timeout, Math.max(MIN_CALL_TIMEOUT_MS, this.deadline - Date.now()));
  }

  end(state: MicropayState, reason?: string): MicropayResult {
    const { outTradeNo } = this.protocol.asked;
    const trade: PayitilReportTrade = {
      out_trade_no: outTradeNo,
      begin_time: BeijingTime.compact(new Date(this.begun)),
      end_time: BeijingTime.compact(new Date()),
      state: TRADE_STATES[state],
      ...(reason ? { err_msg: reason } : {}),
    };
    this.client.reporter?.trade(trade);
    return { state, order: this.order, attempts: this.attempts, out_trade_no: outTradeNo, ...(reason ? { reason } : {}) };
  }

  async reverse(why: string): Promise<MicropayResult> {
    const { reverse } = this.settings;
    if (!reverse) return this.end('UNKNOWN', `${why}; not reversed (reverse: false): query or reverse ${this.protocol.asked.outTradeNo} yourself`);
    let last: Seen | undefined;
    for (let tries = 0; tries < reverse.tries; tries += 1) {
      if (tries > 0) await sleep(reverse.delayMs);
      last = await this.call('reverse', () => this.protocol.reverse(this.timeLeft()));
      if (last.kind === 'reversed') return this.end('REVERSED', why);
      if (last.kind === 'failed') return this.end('FAILED', `${why}; the reverse found no order to undo (${last.code}): nothing was paid`);
      if (last.kind === 'refused')
        return this.end('UNKNOWN', `${why}; the reverse was refused (${last.code}${last.message ? `: ${last.message}` : ''}): check the order`);
    }
    return this.end('UNKNOWN', `${why}; still not reversed after ${reverse.tries} reverse calls (last: ${last?.code ?? 'none'}): reverse it again`);
  }

  /** Where an answer of the payment or of a query ends the flow, or undefined to query (again). */
  settle(seen: Seen, step: Step): MicropayResult | Promise<MicropayResult> | undefined {
    const said = `${seen.code}${seen.message ? ` (${seen.message})` : ''}`;
    const no = this.protocol.asked.outTradeNo;
    switch (seen.kind) {
      case 'paid':
        return this.end('SUCCESS');
      case 'mismatch':
        // Paid, but not this payment: an earlier, real one under the same number, which a reverse would refund.
        return this.end(
          'MISMATCH',
          `out_trade_no ${no} is paid, but not as asked (${seen.message}); not reversed, as that would refund that payment: hand over nothing, charge again under a new out_trade_no, and look ${no} up`,
        );
      case 'reversed':
        return this.end('REVERSED', step === 'pay' ? `the order was already reversed (${seen.code})` : `the order was reversed meanwhile (${seen.code})`);
      case 'refused':
        return this.end('FAILED', step === 'pay' ? `the payment was refused: ${said}` : `the order ended ${seen.code} without being paid`);
      case 'failed':
        return this.reverse(`the payment failed: ${said}`);
      default:
        return undefined;
    }
  }
}
