import { clientOf } from '../../client/client';
import { ConfigurationError, InvalidRequestError } from '../../errors';
import { Formatter } from '../../util/formatter';
import { Hash } from '../../util/hash';

/** The fields WeChat Work (企业微信) signs for each kind of payment, by its documentation. */
const WORKWX_FIELDS = {
  /** 企业红包 (`v2/mmpaymkttransfers/sendworkwxredpack`). */
  redpack: ['act_name', 'mch_billno', 'mch_id', 'nonce_str', 're_openid', 'total_amount', 'wxappid'],
  /** 向员工付款 (`v2/mmpaymkttransfers/promotion/paywwsptrans2pocket`). */
  transfer: ['amount', 'appid', 'desc', 'mch_id', 'nonce_str', 'openid', 'partner_trade_no', 'ww_msg_type'],
} as const;

export type WorkWxKind = keyof typeof WORKWX_FIELDS;

/**
 * The `workwx_sign` of a WeChat Work (企业微信) red packet or payment to an employee: upper-case hex
 * MD5 of the kind's fields (byte-ordered, empty values skipped) plus `&secret=` and the 企业微信
 * 支付应用 secret (PHP's `Hash::md5($data, $secret, true)`). The request itself is then an ordinary
 * APIv2 call, signed with the APIv2 key. Give the same `nonce_str` to both.
 *
 * @example
 * const xml = { act_name, mch_billno, mch_id, nonce_str: Formatter.nonce(), re_openid, total_amount: 100, wxappid, agentid: 1, … };
 * await wx.v2.mmpaymkttransfers.sendworkwxredpack.post({ xml: { ...xml, workwx_sign: workwxSign('redpack', xml, workwxSecret) } });
 */
export function workwxSign(kind: WorkWxKind, fields: Readonly<Record<string, unknown>>, secret: string): string {
  const names = WORKWX_FIELDS[kind];
  if (!names) throw new InvalidRequestError(`workwxSign: kind must be ${Object.keys(WORKWX_FIELDS).join(' or ')}, got ${JSON.stringify(kind)}`);
  if (typeof secret !== 'string' || secret === '')
    throw new ConfigurationError('workwxSign: `secret` must be the 企业微信 payment secret (a non-empty string)');
  const missing = names.filter((name) => fields[name] === undefined || fields[name] === null || fields[name] === '');
  if (missing.length) throw new InvalidRequestError(`workwxSign(${kind}): the signed fields ${missing.join(', ')} are missing`);
  const signed = Object.fromEntries(names.map((name) => [name, String(fields[name])]));
  return Hash.md5(Formatter.queryStringLike(Formatter.ksort(signed)), secret, true).toUpperCase();
}

/** One coupon of a 商家券 send, by index: its batch, the request number, and (for a code batch) the code. */
export interface CouponToSend {
  stock_id: string;
  out_request_no: string;
  coupon_code?: string;
}

/**
 * The parameters and `sign` of a 商家券 (merchant coupon) send from a mini program or H5 page:
 * `stock_id0`, `out_request_no0`, `coupon_code0`, … for each coupon, plus `send_coupon_merchant`,
 * signed HMAC-SHA256 with the APIv2 key as WeChat Pay's coupon plugin checks it. The key never
 * leaves the client.
 *
 * @example
 * const { sign, ...params } = couponSign(wx, { send_coupon_merchant: '10016226', coupons: [{ stock_id: '1234567', out_request_no: 'abc123' }] });
 */
export function couponSign(wx: unknown, input: { send_coupon_merchant: string; coupons: readonly CouponToSend[] }): Record<string, string> & { sign: string } {
  const { send_coupon_merchant: merchant, coupons } = (input ?? {}) as { send_coupon_merchant?: unknown; coupons?: unknown };
  if (typeof merchant !== 'string' || !/^\d+$/.test(merchant))
    throw new InvalidRequestError('couponSign: `send_coupon_merchant` must be the merchant id (digits)');
  if (!Array.isArray(coupons) || coupons.length === 0)
    throw new InvalidRequestError('couponSign: `coupons` must list at least one { stock_id, out_request_no }');
  const fields: Record<string, string> = { send_coupon_merchant: merchant };
  coupons.forEach((coupon: Partial<CouponToSend>, index) => {
    if (typeof coupon?.stock_id !== 'string' || typeof coupon.out_request_no !== 'string')
      throw new InvalidRequestError(`couponSign: coupons[${index}] needs \`stock_id\` and \`out_request_no\` strings`);
    fields[`stock_id${index}`] = coupon.stock_id;
    fields[`out_request_no${index}`] = coupon.out_request_no;
    if (coupon.coupon_code !== undefined) fields[`coupon_code${index}`] = String(coupon.coupon_code);
  });
  return { ...fields, sign: clientOf(wx).signV2(fields, 'HMAC-SHA256') };
}
