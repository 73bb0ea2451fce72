import { randomBytes } from 'node:crypto';
import type { SimContext } from './context';
import { ids, isFailReason, type SimState } from './state';
import type { SimTransfer, SimTransfers, TransferState } from './transfer-types';
import { BeijingTime } from 'wechatpay-ts';

/**
 * 商家转账 (`v3/fund-app/mch-transfer/transfer-bills`): a transfer bill waits for the payee to
 * confirm it (WAIT_USER_CONFIRM) until `sim.transfers.confirm` (SUCCESS), `sim.transfers.fail`
 * (FAIL) or the merchant's cancel (CANCELLED). Each final state sends MCHTRANSFER.BILL.FINISHED.
 */

/** What the simulator keeps about a bill beyond its public view. */
interface TransferInternals {
  /** The creating request's content, to tell a retry from another bill under the same number. */
  fingerprint: string;
  /** The key id its notification is signed under. */
  serial: string;
}

// Weak: a bill evicted from the bounded map takes its internals with it.
const internals = new WeakMap<SimTransfer, TransferInternals>();

/** Until the payee acts, the merchant may still cancel. */
export const CANCELLABLE: ReadonlySet<TransferState> = new Set(['ACCEPTED', 'PROCESSING', 'WAIT_USER_CONFIRM', 'TRANSFERING']);

/**
 * Remember a new bill, WAIT_USER_CONFIRM, with a fresh transfer_bill_no and package_info.
 *
 * @example const bill = storeTransfer(state, { out_bill_no: 'plfk2020042013', … }, { fingerprint, serial });
 */
export function storeTransfer(
  state: SimState,
  given: Omit<SimTransfer, 'transfer_bill_no' | 'state' | 'package_info' | 'create_time' | 'update_time'>,
  extra: TransferInternals,
): SimTransfer {
  const now = new Date();
  const bill: SimTransfer = {
    ...given,
    transfer_bill_no: ids.transferBill(now),
    state: 'WAIT_USER_CONFIRM',
    package_info: randomBytes(48).toString('base64'),
    create_time: now,
    update_time: now,
  };
  internals.set(bill, extra);
  state.transfers.set(bill.out_bill_no, bill);
  state.transferBills.set(bill.transfer_bill_no, bill.out_bill_no);
  return bill;
}

/** @example fingerprintOf(bill) === `${canonical(body)}` */
export function fingerprintOf(bill: SimTransfer): string | undefined {
  return internals.get(bill)?.fingerprint;
}

/**
 * The bill named by transfer_bill_no or out_bill_no.
 *
 * @example findTransfer(state, { transfer_bill_no: '1330…' })
 */
export function findTransfer(state: SimState, by: { out_bill_no?: string; transfer_bill_no?: string }): SimTransfer | undefined {
  const outBillNo = by.transfer_bill_no === undefined ? by.out_bill_no : state.transferBills.get(by.transfer_bill_no);
  return outBillNo === undefined ? undefined : state.transfers.get(outBillNo);
}

/**
 * The bill as the queries answer it, and as MCHTRANSFER.BILL.FINISHED's decrypted resource carries it.
 *
 * @example transferJson(bill, '1900000109').state // 'WAIT_USER_CONFIRM'
 */
export function transferJson(bill: SimTransfer, mchid: string): Record<string, unknown> {
  return {
    mch_id: mchid,
    out_bill_no: bill.out_bill_no,
    transfer_bill_no: bill.transfer_bill_no,
    appid: bill.appid,
    state: bill.state,
    transfer_amount: bill.transfer_amount,
    transfer_remark: bill.transfer_remark,
    ...(bill.fail_reason ? { fail_reason: bill.fail_reason } : {}),
    openid: bill.openid,
    ...(bill.user_name ? { user_name: bill.user_name } : {}),
    create_time: BeijingTime.rfc3339(bill.create_time),
    update_time: BeijingTime.rfc3339(bill.update_time),
  };
}

/**
 * A bill reaches a final state (SUCCESS, FAIL, CANCELLED): MCHTRANSFER.BILL.FINISHED goes to its
 * notify_url, signed, encrypted, retried on `notifyRetryDelays`.
 *
 * @example finish(ctx, bill, 'SUCCESS')
 */
export function finish(ctx: SimContext, bill: SimTransfer, state: 'SUCCESS' | 'FAIL' | 'CANCELLED', failReason?: string): SimTransfer {
  bill.state = state;
  bill.update_time = new Date();
  if (failReason) bill.fail_reason = failReason;
  ctx.options.log(`transfer ${bill.out_bill_no}: ${state}${failReason ? ` (${failReason})` : ''}`);
  if (bill.notify_url) {
    const {
      mch_id: mchId,
      out_bill_no: no,
      transfer_bill_no: billNo,
      transfer_amount: amount,
      openid,
      fail_reason: reason,
    } = transferJson(bill, ctx.options.mchid);
    ctx.notifier.v3({
      url: bill.notify_url,
      out_trade_no: bill.out_bill_no,
      event_type: 'MCHTRANSFER.BILL.FINISHED',
      summary: '商家转账单据终态通知',
      original_type: 'mch_payment',
      resource: {
        out_bill_no: no,
        transfer_bill_no: billNo,
        state,
        mch_id: mchId,
        transfer_amount: amount,
        openid,
        ...(reason ? { fail_reason: reason } : {}),
        create_time: BeijingTime.rfc3339(bill.create_time),
        update_time: BeijingTime.rfc3339(bill.update_time),
      },
      serial: internals.get(bill)?.serial ?? ctx.platform.certificateSerial,
    });
  }
  return bill;
}

function billToEnd(ctx: SimContext, method: string, outBillNo: unknown): SimTransfer {
  if (typeof outBillNo !== 'string' || outBillNo === '') throw new Error(`sim.transfers.${method}: outBillNo must be the bill's out_bill_no`);
  const bill = ctx.state.transfers.get(outBillNo);
  if (!bill)
    throw new Error(`sim.transfers.${method}: no transfer bill ${JSON.stringify(outBillNo)}; create it first (POST v3/fund-app/mch-transfer/transfer-bills)`);
  if (!CANCELLABLE.has(bill.state))
    throw new Error(`sim.transfers.${method}: bill ${outBillNo} is ${bill.state}; only a bill waiting for the payee (WAIT_USER_CONFIRM) can end so`);
  return bill;
}

/**
 * `sim.transfers`, over the state's bounded map of bills.
 *
 * @example const transfers = transferBook(ctx); await transfers.confirm('plfk2020042013');
 */
export function transferBook(ctx: SimContext): SimTransfers {
  return Object.assign(ctx.state.transfers, {
    confirm: (outBillNo: string) => Promise.resolve().then(() => finish(ctx, billToEnd(ctx, 'confirm', outBillNo), 'SUCCESS')),
    fail: (outBillNo: string, reason = 'PAYEE_ACCOUNT_ABNORMAL') =>
      Promise.resolve().then(() => {
        if (!isFailReason(reason))
          throw new Error(`sim.transfers.fail: reason must be a WeChat fail_reason such as PAYEE_ACCOUNT_ABNORMAL, got ${JSON.stringify(reason)}`);
        return finish(ctx, billToEnd(ctx, 'fail', outBillNo), 'FAIL', reason);
      }),
  });
}
