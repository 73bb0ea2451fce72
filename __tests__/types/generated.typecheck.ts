/**
 * Type tests for src/generated/endpoints.ts, compiled by `npx tsc --noEmit` (never run): each
 * `@ts-expect-error` line must fail to compile, every other line must compile.
 */
import type { Client } from '../../src/chain/types';
import type { Endpoints, PathTree } from '../../src/generated/endpoints';
import type { PayitilReportRequest } from '../../src/types/report';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Mutually assignable: for types TS writes differently but means the same (`(A | undefined) & A`). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const is = <T extends true>(): T | undefined => undefined;

// The seed path and its neighbours are described.
export const seed: keyof Endpoints = 'v2/payitil/report';
// @ts-expect-error: not a described path
export const typo: keyof Endpoints = 'v2/payitil/reports';
export const v3Path: keyof Endpoints = 'v3/pay/transactions/out-trade-no/{out_trade_no}';

// PathTree: kebab and camel keys, placeholders both ways, upper case verbatim only.
is<Equal<PathTree['']['v2'], 'v2'>>();
is<Equal<PathTree['v2/payitil']['report'], 'v2/payitil/report'>>();
is<Equal<PathTree['v3']['merchantService'], 'v3/merchant-service'>>();
is<Equal<PathTree['v3/merchant-service']['complaints-v2'], 'v3/merchant-service/complaints-v2'>>();
is<Equal<PathTree['v3/merchant-service']['complaintsV2'], 'v3/merchant-service/complaints-v2'>>();
is<Equal<PathTree['v3/pay/transactions/out-trade-no']['_out_trade_no_'], 'v3/pay/transactions/out-trade-no/{out_trade_no}'>>();
is<Equal<PathTree['v3/pay/transactions/out-trade-no']['{out_trade_no}'], 'v3/pay/transactions/out-trade-no/{out_trade_no}'>>();
is<Equal<PathTree['v2/secapi/mch']['addInstitutionsub'], 'v2/secapi/mch/addInstitutionsub'>>();
// @ts-expect-error: `addInstitutionsub` normalises to `add-institutionsub`; no property reaches it
is<Equal<PathTree['v2/secapi/mch']['add-institutionsub'], string>>();

type ReportOptions = Endpoints['v2/payitil/report']['post']['options'];
is<Same<ReportOptions['xml'], PayitilReportRequest>>();
const common = { appid: 'wx8888888888888888', mch_id: '1900000109', user_ip: '8.8.8.8' };
export const batch: ReportOptions = {
  xml: {
    ...common,
    interface_url: 'https://api.mch.weixin.qq.com/pay/batchreport/micropay/total',
    trades: [{ out_trade_no: 'T1', begin_time: '20160602203256', end_time: '20160602203257', state: 'OK' }],
  },
};
export const single: ReportOptions = {
  xml: { ...common, interface_url: 'https://api.mch.weixin.qq.com/pay/unifiedorder', execute_time_: 1000, return_code: 'SUCCESS', result_code: 'SUCCESS' },
};
export const singleFull: ReportOptions = {
  xml: {
    ...common,
    device_info: '013467007045764',
    interface_url: 'https://api.mch.weixin.qq.com/pay/micropay',
    execute_time_: '1234',
    return_code: 'SUCCESS',
    return_msg: 'OK',
    result_code: 'FAIL',
    err_code: 'USERPAYING',
    err_code_des: '需要用户输入支付密码',
    out_trade_no: 'T1',
    time: '20160602203256',
  },
};
// @ts-expect-error: neither `trades` nor `execute_time_`
export const neither: ReportOptions = { xml: { ...common, interface_url: 'https://api.mch.weixin.qq.com/pay/unifiedorder' } };
export const badState: ReportOptions = {
  // @ts-expect-error: `state` is OK, FAIL or CANCLE
  xml: { ...common, interface_url: 'x', trades: [{ out_trade_no: 'T1', begin_time: '1', end_time: '2', state: 'DONE' }] },
};
// @ts-expect-error: an APIv2 payload is required
export const noXml: ReportOptions = {};
is<Equal<Endpoints['v2/payitil/report']['post']['response']['return_code'], 'SUCCESS' | 'FAIL'>>();

// APIv2: sign omitted, nonce_str optional, sign_type typed, either identifier enough, answers are strings.
type Refund = Endpoints['v2/secapi/pay/refund']['post'];
export const refund: Refund['options'] = {
  xml: {
    appid: 'wx8888888888888888',
    mch_id: '1900000109',
    out_trade_no: 'T1',
    out_refund_no: 'R1',
    total_fee: 100,
    refund_fee: '100',
    sign_type: 'HMAC-SHA256',
  },
};
export const badSignType: Refund['options'] = {
  // @ts-expect-error: sign_type is MD5 or HMAC-SHA256
  xml: { appid: 'a', mch_id: 'm', out_trade_no: 'T1', out_refund_no: 'R1', total_fee: 1, refund_fee: 1, sign_type: 'SHA1' },
};
is<Equal<'sign' extends keyof Refund['options']['xml'] ? true : false, false>>();
is<Equal<Refund['response']['return_code'], 'SUCCESS' | 'FAIL'>>();
is<Equal<Endpoints['v2/pay/orderquery']['post']['response']['total_fee'], string>>();

// APIv3: placeholders and query required when the description says so; JSON types as declared.
type ByOutTradeNo = Endpoints['v3/pay/transactions/out-trade-no/{out_trade_no}']['get'];
export const query: ByOutTradeNo['options'] = { out_trade_no: 'T1', query: { mchid: '1900000109' } };
// @ts-expect-error: the placeholder is required
export const noPlaceholder: ByOutTradeNo['options'] = { query: { mchid: '1900000109' } };
// @ts-expect-error: query.mchid is required
export const noMchid: ByOutTradeNo['options'] = { out_trade_no: 'T1', query: {} };
is<Equal<NonNullable<ByOutTradeNo['response']['amount']>['payer_total'], number>>();
is<Equal<NonNullable<ByOutTradeNo['response']['trade_state']>, 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR'>>();
is<Equal<Endpoints['v3/pay/transactions/out-trade-no/{out_trade_no}/close']['post']['response'], void>>();

// The client: property chains reach the described endpoints with their types.
declare const wx: Client;
export const calls = async () => {
  const report = await wx.v2.payitil.report.post({ xml: { ...common, interface_url: 'x', trades: '[]' } });
  is<Equal<typeof report.data, Endpoints['v2/payitil/report']['post']['response']>>();
  const order = await wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'T1', query: { mchid: '1900000109' } });
  is<Equal<typeof order.data, ByOutTradeNo['response']>>();
  // @ts-expect-error: the seed needs its payload fields
  await wx.v2.payitil.report.post({ xml: { appid: 'wx' } });
};
