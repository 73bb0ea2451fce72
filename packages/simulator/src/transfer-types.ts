/** The shapes of 商家转账 bills, apart from `transfers.ts` so the state can name them without a cycle. */

/** A transfer bill's states, as WeChat Pay names them. */
export type TransferState = 'ACCEPTED' | 'PROCESSING' | 'WAIT_USER_CONFIRM' | 'TRANSFERING' | 'SUCCESS' | 'FAIL' | 'CANCELING' | 'CANCELLED';

/** A 商家转账 bill, by `out_bill_no`. */
export interface SimTransfer {
  out_bill_no: string;
  /** WeChat's number for it (40 digits). */
  transfer_bill_no: string;
  appid: string;
  openid: string;
  /** In fen. */
  transfer_amount: number;
  transfer_remark: string;
  transfer_scene_id: string;
  /** The payee's name, as the merchant sent it (encrypted with the platform key). */
  user_name?: string;
  notify_url?: string;
  state: TransferState;
  /** Why a FAIL bill failed, e.g. `PAYEE_ACCOUNT_ABNORMAL`. */
  fail_reason?: string;
  /** What the merchant's app passes to `wx.requestMerchantTransfer` for the payee to confirm. */
  package_info: string;
  create_time: Date;
  update_time: Date;
}

/**
 * `sim.transfers`: the bills by out_bill_no (the latest `MAX_TRANSFERS`), and the payee's side.
 *
 * @example
 * await sim.transfers.confirm('plfk2020042013'); // SUCCESS, MCHTRANSFER.BILL.FINISHED to notify_url
 * sim.transfers.get('plfk2020042013')?.state     // 'SUCCESS'
 */
export interface SimTransfers extends ReadonlyMap<string, SimTransfer> {
  /** The payee confirms: SUCCESS, and the notification. Rejects unless the bill waits for confirmation. */
  confirm(outBillNo: string): Promise<SimTransfer>;
  /** The transfer fails (`reason` default `PAYEE_ACCOUNT_ABNORMAL`): FAIL, and the notification. */
  fail(outBillNo: string, reason?: string): Promise<SimTransfer>;
}
