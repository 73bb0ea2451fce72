import { randomBytes, randomInt } from 'node:crypto';
import type { SimCombine } from './combine-types';
import type { SimProfitSharing, SimProfitSharingReturn, SimReceiver } from './profitsharing-types';
import type { SimTransfer } from './transfer-types';
import type { NotificationAttempt, SimOrder, SimRefund, StoredReport } from './types';
import { BeijingTime } from 'wechatpay-ts';

/**
 * A Map that holds at most `capacity` entries: setting a new key past it evicts the oldest
 * insertion. A simulator may run for days in a developer's terminal; nothing it keeps may grow
 * without bound.
 *
 * @example const seen = new BoundedMap<string, number>(2); seen.set('a', 1).set('b', 2).set('c', 3); seen.has('a') // false
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(readonly capacity: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (!this.has(key)) {
      // One new key evicts at most one old one: the loop is bounded by that.
      for (const oldest of this.keys()) {
        if (this.size < this.capacity) break;
        this.delete(oldest);
      }
    }
    return super.set(key, value);
  }
}

/**
 * The orders by out_trade_no. An unpaid order whose `time_expire` has passed reads as CLOSED, as
 * WeChat Pay closes it: the state is worked out when the order is looked at, no timer per order.
 *
 * @example orders.get('T1')?.trade_state // 'CLOSED' once its time_expire is past
 */
export class OrderMap extends BoundedMap<string, SimOrder> {
  override get(key: string): SimOrder | undefined {
    const order = super.get(key);
    if (order?.time_expire && order.trade_state === 'NOTPAY' && order.time_expire.getTime() <= Date.now()) order.trade_state = 'CLOSED';
    return order;
  }
}

/**
 * Append to a list kept to its latest `max` items.
 *
 * @example pushBounded(sim.reports, report, 1000)
 */
export function pushBounded<T>(list: T[], item: T, max: number): void {
  list.push(item);
  if (list.length > max) list.splice(0, list.length - max);
}

/** A bill asked for with `GET /v3/bill/tradebill`, waiting to be downloaded. */
export interface PendingBill {
  csv: Buffer;
  gzip: boolean;
  expires: number;
}

/** Orders, and refunds, kept (the oldest dropped past it). */
export const MAX_ORDERS = 10_000;
/** 商家转账 bills kept (the oldest dropped past it). */
export const MAX_TRANSFERS = 10_000;
/** 合单 orders kept (the oldest dropped past it); their sub-orders count among the orders. */
export const MAX_COMBINES = 10_000;
/** 分账 orders, and 分账 returns, kept (the oldest dropped past it). */
export const MAX_PROFITSHARING_ORDERS = 10_000;
/** 分账 receivers kept, over every sub-merchant: past it, receivers/add is refused. */
export const MAX_PROFITSHARING_RECEIVERS = 10_000;
export const MAX_LIST = 1000;
const MAX_BILLS = 64;

/** Everything the simulator remembers, each part bounded. */
export interface SimState {
  orders: OrderMap;
  /** transaction_id -> out_trade_no. */
  transactions: BoundedMap<string, string>;
  refunds: BoundedMap<string, SimRefund>;
  reports: StoredReport[];
  notifications: NotificationAttempt[];
  bills: BoundedMap<string, PendingBill>;
  /** 商家转账 bills by out_bill_no. */
  transfers: BoundedMap<string, SimTransfer>;
  /** transfer_bill_no -> out_bill_no. */
  transferBills: BoundedMap<string, string>;
  /** 合单 orders by combine_out_trade_no. */
  combines: BoundedMap<string, SimCombine>;
  /** combine_transaction_id -> combine_out_trade_no. */
  combineIds: BoundedMap<string, string>;
  /** 分账 orders by out_order_no; order_id -> out_order_no; returns by out_return_no; receivers by sub_mchid|type|account. */
  sharing: {
    orders: BoundedMap<string, SimProfitSharing>;
    orderIds: BoundedMap<string, string>;
    returns: BoundedMap<string, SimProfitSharingReturn>;
    receivers: Map<string, SimReceiver>;
    /** transaction_id -> fen shared (PENDING or SUCCESS) or unfrozen: what is no longer unsplit. */
    used: BoundedMap<string, number>;
    /** transaction_ids whose rest was unfrozen: nothing more can be shared. */
    finished: BoundedMap<string, true>;
  };
}

/** @example const state = createState(); state.orders.get('T1') */
export function createState(): SimState {
  return {
    orders: new OrderMap(MAX_ORDERS),
    transactions: new BoundedMap(MAX_ORDERS),
    refunds: new BoundedMap(MAX_ORDERS),
    reports: [],
    notifications: [],
    bills: new BoundedMap(MAX_BILLS),
    transfers: new BoundedMap(MAX_TRANSFERS),
    transferBills: new BoundedMap(MAX_TRANSFERS),
    combines: new BoundedMap(MAX_COMBINES),
    combineIds: new BoundedMap(MAX_COMBINES),
    sharing: {
      orders: new BoundedMap(MAX_PROFITSHARING_ORDERS),
      orderIds: new BoundedMap(MAX_PROFITSHARING_ORDERS),
      returns: new BoundedMap(MAX_PROFITSHARING_ORDERS),
      receivers: new Map(),
      used: new BoundedMap(MAX_ORDERS),
      finished: new BoundedMap(MAX_ORDERS),
    },
  };
}

let sequence = 0;
/** A counter shared by every id so two ids made in the same millisecond still differ. */
function next(width: number): string {
  sequence = (sequence + 1) % 10 ** width;
  return String(sequence).padStart(width, '0');
}

const digits = (n: number) => Array.from({ length: n }, () => String(randomInt(10))).join('');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const alnum = (n: number) => Array.from({ length: n }, () => ALNUM[randomInt(ALNUM.length)]).join('');

/**
 * Ids shaped like WeChat Pay's.
 *
 * @example ids.transaction() // '4200001234202401011234567890' (28 digits)
 */
export const ids = {
  /** 28 digits: `4200` + 4 random + yyyyMMdd + 12-digit sequence-and-random. */
  transaction: (now = new Date()) => `4200${digits(4)}${BeijingTime.compact(now).slice(0, 8)}${next(6)}${digits(6)}`,
  /** 29 digits, as v3 refund ids. */
  refund: (now = new Date()) => `50300${digits(4)}${BeijingTime.compact(now).slice(0, 8)}${next(6)}${digits(6)}`,
  /** 40 digits, as 商家转账 transfer_bill_no: `1330` + 6 random + yyyyMMdd + sequence and random. */
  transferBill: (now = new Date()) => `1330${digits(6)}${BeijingTime.compact(now).slice(0, 8)}${next(6)}${digits(16)}`,
  /** `wx` + yyyyMMddHHmmss + 20 hex digits. */
  prepay: (now = new Date()) => `wx${BeijingTime.compact(now)}${randomBytes(10).toString('hex')}`,
  codeUrl: () => `weixin://wxpay/bizpayurl?pr=${alnum(7)}`,
  h5Url: (prepayId: string) => `https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=${prepayId}&package=${digits(10)}`,
  /** An openid-like user id (28 characters). */
  openid: () => `o${alnum(27)}`,
  /** A notification id. */
  event: () => `EV-${BeijingTime.compact(new Date())}${next(6)}${digits(6)}`,
  /** 分账 order_id, return_id and detail_id: 30 digits (`3008450740201411110007820472`-like). */
  sharing: (now = new Date()) => `30${digits(6)}${BeijingTime.compact(now).slice(0, 8)}${next(6)}${digits(8)}`,
  /** Request-ID: hex, as WeChat's. */
  request: () => randomBytes(16).toString('hex').toUpperCase(),
  /** base64url: the shape of real bill download tokens. */
  billToken: () => randomBytes(24).toString('base64url'),
  nonce: (n = 32) => alnum(n),
};

/**
 * A WeChat fail_reason or close_reason: upper-case words joined by `_`.
 *
 * @example isFailReason('PAYEE_ACCOUNT_ABNORMAL') // true
 */
export function isFailReason(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z_]{1,64}$/.test(value);
}
