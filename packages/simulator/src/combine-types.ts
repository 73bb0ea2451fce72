/** The shapes of 合单 (combine) orders, apart from `combine.ts` so the state can name them without a cycle. */

/** A 合单 order, by `combine_out_trade_no`; its sub-orders are orders of their own, in `sim.orders`. */
export interface SimCombine {
  combine_appid: string;
  combine_mchid: string;
  combine_out_trade_no: string;
  /** WeChat's number for it, answered from the start. */
  combine_transaction_id: string;
  trade_type: 'JSAPI' | 'NATIVE' | 'APP' | 'MWEB';
  /** The sub-orders' out_trade_no, in the request's order. */
  sub_orders: string[];
  /** combine_payer_info.openid, as given or as `pay` sets it. */
  openid?: string;
  notify_url: string;
  device_id?: string;
  created: Date;
}

/**
 * `sim.combine`: the 合单 orders by combine_out_trade_no, and the payer's side.
 *
 * @example
 * await sim.combine.pay('P20150806125346'); // every sub-order SUCCESS, TRANSACTION.SUCCESS to notify_url
 */
export interface SimCombines extends ReadonlyMap<string, SimCombine> {
  /** The payer pays every sub-order at once; one notification. Rejects unless every sub-order is NOTPAY. */
  pay(combineOutTradeNo: string, options?: { openid?: string }): Promise<SimCombine>;
}
