import type { SimOrder, SimRefund } from '../types';
import { BeijingTime } from 'wechatpay-ts';

const STATE_DESC: Record<SimOrder['trade_state'], string> = {
  NOTPAY: '订单未支付',
  SUCCESS: '支付成功',
  CLOSED: '订单已关闭',
  REFUND: '订单发生过退款，退款详情请查询退款单号',
  USERPAYING: '用户支付中，需要输入密码',
  REVOKED: '已撤销',
};

/**
 * An order as `GET /v3/pay/transactions/…` answers it, and as a TRANSACTION.SUCCESS
 * notification's decrypted `resource` carries it.
 *
 * @example transactionJson(order).trade_state // 'SUCCESS'
 */
export function transactionJson(order: SimOrder): Record<string, unknown> {
  const paid = order.transaction_id !== undefined;
  return {
    appid: order.appid,
    mchid: order.mchid,
    out_trade_no: order.out_trade_no,
    ...(paid ? { transaction_id: order.transaction_id } : {}),
    trade_type: order.trade_type,
    trade_state: order.trade_state,
    trade_state_desc: STATE_DESC[order.trade_state],
    ...(paid ? { bank_type: 'OTHERS' } : {}),
    attach: order.attach ?? '',
    ...(order.success_time ? { success_time: BeijingTime.rfc3339(order.success_time) } : {}),
    ...(paid && order.payer ? { payer: { openid: order.payer.openid } } : {}),
    amount: paid
      ? { total: order.amount.total, payer_total: order.amount.total, currency: order.amount.currency, payer_currency: order.amount.currency }
      : { total: order.amount.total, currency: order.amount.currency, payer_currency: order.amount.currency },
    promotion_detail: [],
  };
}

/**
 * A partner (服务商) order as `GET /v3/pay/partner/transactions/…` answers it and as its
 * TRANSACTION.SUCCESS resource carries it: sp_appid/sp_mchid, sub_appid/sub_mchid, payer.sp_openid/sub_openid.
 *
 * @example partnerTransactionJson(order).sub_mchid // '1900000109'
 */
export function partnerTransactionJson(order: SimOrder): Record<string, unknown> {
  const { appid, mchid, payer, ...rest } = transactionJson(order);
  const subAppid = order.partner?.sub_appid;
  const subOpenid = order.payer?.sub_openid;
  return {
    sp_appid: appid,
    sp_mchid: mchid,
    ...(subAppid ? { sub_appid: subAppid } : {}),
    sub_mchid: order.partner?.sub_mchid,
    ...rest,
    ...(payer ? { payer: { sp_openid: order.payer?.openid, ...(subOpenid ? { sub_openid: subOpenid } : {}) } } : {}),
  };
}

/**
 * A refund as `POST /v3/refund/domestic/refunds` and the refund query answer it.
 *
 * @example refundJson(refund).status // 'SUCCESS'
 */
export function refundJson(refund: SimRefund): Record<string, unknown> {
  const { refund: amount, total, currency } = refund.amount;
  return {
    refund_id: refund.refund_id,
    out_refund_no: refund.out_refund_no,
    transaction_id: refund.transaction_id,
    out_trade_no: refund.out_trade_no,
    channel: 'ORIGINAL',
    user_received_account: '支付用户零钱',
    ...(refund.success_time ? { success_time: BeijingTime.rfc3339(refund.success_time) } : {}),
    create_time: BeijingTime.rfc3339(refund.created),
    status: refund.status,
    funds_account: 'AVAILABLE',
    amount: {
      total,
      refund: amount,
      from: [],
      payer_total: total,
      payer_refund: amount,
      settlement_refund: amount,
      settlement_total: total,
      discount_refund: 0,
      currency,
      refund_fee: 0,
    },
    promotion_detail: [],
  };
}

/**
 * A REFUND.SUCCESS, REFUND.ABNORMAL or REFUND.CLOSED notification's decrypted `resource`.
 *
 * @example refundNotificationJson(refund, '1900000109').refund_status // 'SUCCESS'
 */
export function refundNotificationJson(refund: SimRefund, mchid: string): Record<string, unknown> {
  const { refund: amount, total } = refund.amount;
  return {
    mchid,
    out_trade_no: refund.out_trade_no,
    transaction_id: refund.transaction_id,
    out_refund_no: refund.out_refund_no,
    refund_id: refund.refund_id,
    refund_status: refund.status,
    ...(refund.success_time ? { success_time: BeijingTime.rfc3339(refund.success_time) } : {}),
    user_received_account: '支付用户零钱',
    amount: { total, refund: amount, payer_total: total, payer_refund: amount },
  };
}
