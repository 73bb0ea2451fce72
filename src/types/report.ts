/**
 * Hand-written payload types of the seed endpoint `v2/payitil/report` (交易保障). The OpenAPI
 * description only knows the batch form, so scripts/generate/overrides.ts points the generated
 * `Endpoints['v2/payitil/report']` at these instead.
 * https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_14&index=8
 */

/** How `sign_type` may be given; the SDK signs MD5 when it is absent. */
type SignType = 'MD5' | 'HMAC-SHA256';

/** The fields both report forms share. `nonce_str` and `sign` are added by the SDK. */
interface PayitilReportCommon {
  /** 公众账号ID */
  appid: string;
  /** 商户号: must equal the configured merchant id. */
  mch_id: string;
  /** 设备号 */
  device_info?: string;
  /** 随机字符串: added by the SDK unless given (or `nonceless` is set). */
  nonce_str?: string;
  /** 签名类型 */
  sign_type?: SignType;
  /** 访问接口IP */
  user_ip: string;
}

/**
 * One trade of a batch (micropay/POS) report; times are `yyyyMMddHHmmss`.
 *
 * @example { out_trade_no: 'T1', begin_time: '20160602203256', end_time: '20160602203257', state: 'OK' }
 */
export interface PayitilReportTrade {
  out_trade_no: string;
  begin_time: string;
  end_time: string;
  /** `CANCLE` is WeChat's spelling. */
  state: 'OK' | 'FAIL' | 'CANCLE';
  err_msg?: string;
}

/**
 * The batch form (micropay/POS): `trades` as a JSON array string, or an array the SDK encodes.
 *
 * @example { appid, mch_id, interface_url: 'https://api.mch.weixin.qq.com/pay/batchreport/micropay/total', user_ip: '8.8.8.8', trades: [trade] }
 */
export interface PayitilReportBatch extends PayitilReportCommon {
  /** `https://api.mch.weixin.qq.com/pay/batchreport/micropay/total` */
  interface_url: string;
  /** 上报数据包: a JSON array string (maxLength 1024), or the trades to encode. */
  trades: string | PayitilReportTrade[];
}

/**
 * The single-interface form: how long one call to WeChat Pay took and what it answered.
 *
 * @example { appid, mch_id, interface_url: 'https://api.mch.weixin.qq.com/pay/unifiedorder', execute_time_: 1000, return_code: 'SUCCESS', result_code: 'SUCCESS', user_ip: '8.8.8.8' }
 */
export interface PayitilReportSingle extends PayitilReportCommon {
  /** The API that was called. */
  interface_url: string;
  /** Milliseconds the call took (the trailing underscore is WeChat's). */
  execute_time_: string | number;
  return_code: string;
  return_msg?: string;
  result_code: string;
  err_code?: string;
  err_code_des?: string;
  out_trade_no?: string;
  /** `yyyyMMddHHmmss` */
  time?: string;
}

/** Either report form. */
export type PayitilReportRequest = PayitilReportBatch | PayitilReportSingle;

/** The answer of `/payitil/report`; it carries no `sign`. */
export interface PayitilReportResponse {
  return_code: 'SUCCESS' | 'FAIL';
  return_msg: string;
  result_code?: 'SUCCESS' | 'FAIL';
}
