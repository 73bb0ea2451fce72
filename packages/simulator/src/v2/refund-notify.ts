import type { SimContext } from '../context';
import { ids } from '../state';
import type { SimRefund } from '../types';
import { AesEcb, BeijingTime, Hash, Transformer } from 'wechatpay-ts';

/** APIv2 names a refund's final states its own way: ABNORMAL is CHANGE, CLOSED is REFUNDCLOSE. */
export const V2_REFUND_STATUS: Readonly<Record<string, string>> = { SUCCESS: 'SUCCESS', PROCESSING: 'PROCESSING', ABNORMAL: 'CHANGE', CLOSED: 'REFUNDCLOSE' };

/**
 * The APIv2 refund notification (退款结果通知) of a refund that reached a final state: not signed,
 * but its details in `req_info`, `<root>` XML encrypted AES-256-ECB with the lower-case hex MD5 of
 * the APIv2 key, as WeChat Pay sends it. Retried until the merchant answers return_code SUCCESS.
 *
 * @example notifyV2Refund(ctx, refund) // POSTs <xml><return_code>SUCCESS</return_code>…<req_info>…</req_info></xml>
 */
export function notifyV2Refund(ctx: SimContext, refund: SimRefund): void {
  if (!refund.notify_url || refund.status === 'PROCESSING') return;
  const order = ctx.state.orders.get(refund.out_trade_no);
  const at: Date | undefined = refund.success_time;
  const details = {
    transaction_id: refund.transaction_id,
    out_trade_no: refund.out_trade_no,
    refund_id: refund.refund_id,
    out_refund_no: refund.out_refund_no,
    total_fee: String(refund.amount.total),
    refund_fee: String(refund.amount.refund),
    settlement_refund_fee: String(refund.amount.refund),
    refund_status: V2_REFUND_STATUS[refund.status] ?? refund.status,
    ...(at ? { success_time: BeijingTime.bill(at) } : {}),
    refund_recv_accout: '支付用户的零钱',
    refund_account: 'REFUND_SOURCE_UNSETTLED_FUNDS',
    refund_request_source: 'API',
  };
  const reqInfo = AesEcb.encrypt(Transformer.toXml(details, true, false, 'root'), Hash.md5(ctx.options.secret));
  const fields = { return_code: 'SUCCESS', appid: order?.appid ?? '', mch_id: ctx.options.mchid, nonce_str: ids.nonce(32), req_info: reqInfo };
  ctx.notifier.v2(refund.notify_url, refund.out_trade_no, fields, undefined);
}
