/** The shapes of 分账 (profit sharing), apart from `profitsharing.ts` so the state can name them without a cycle. */

/** A receiver's share in a 分账 order: PENDING until `sim.profitsharing.finish` (SUCCESS) or `close` (CLOSED). */
export interface SimShare {
  type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID';
  account: string;
  /** In fen. */
  amount: number;
  description: string;
  result: 'PENDING' | 'SUCCESS' | 'CLOSED';
  fail_reason?: string;
  detail_id: string;
  create_time: Date;
  finish_time?: Date;
}

/** A 分账 order (or an unfreeze), by `out_order_no`. */
export interface SimProfitSharing {
  sub_mchid?: string;
  transaction_id: string;
  out_order_no: string;
  /** WeChat's number for it. */
  order_id: string;
  state: 'PROCESSING' | 'FINISHED';
  receivers: SimShare[];
  /** The request asked for the rest to be unfrozen once this order finishes. */
  unfreeze_unsplit: boolean;
}

/** A 分账回退 (return), by `out_return_no`: SUCCESS at once. */
export interface SimProfitSharingReturn {
  sub_mchid?: string;
  order_id: string;
  out_order_no: string;
  out_return_no: string;
  return_id: string;
  return_mchid: string;
  /** In fen. */
  amount: number;
  description: string;
  result: 'SUCCESS';
  create_time: Date;
  finish_time: Date;
}

/** A receiver added with `receivers/add`, by sub_mchid, type and account. */
export interface SimReceiver {
  sub_mchid?: string;
  type: SimShare['type'];
  account: string;
  relation_type: string;
  custom_relation?: string;
}

/**
 * `sim.profitsharing`: the 分账 orders by out_order_no (the latest `MAX_PROFITSHARING_ORDERS`), and
 * WeChat's side of them.
 *
 * @example
 * await sim.profitsharing.finish('P20150806125346'); // FINISHED, each share SUCCESS, PROFITSHARING.SUCCESS sent
 */
export interface SimProfitSharings extends ReadonlyMap<string, SimProfitSharing> {
  /** Every PENDING share succeeds: FINISHED, and PROFITSHARING.SUCCESS for each MERCHANT_ID receiver. */
  finish(outOrderNo: string): Promise<SimProfitSharing>;
  /** Every PENDING share fails (CLOSED, `reason` default `RECEIVER_ABNORMAL_CLOSED`): the money goes back to the unsplit amount. */
  close(outOrderNo: string, reason?: string): Promise<SimProfitSharing>;
  /** The 分账回退 by out_return_no. */
  returns: ReadonlyMap<string, SimProfitSharingReturn>;
  /** The receivers added, by `${sub_mchid}|${type}|${account}`. */
  receivers: ReadonlyMap<string, SimReceiver>;
}
