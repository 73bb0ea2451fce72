/**
 * Type tests for the calls a user gets wrong (issue 10 §2), compiled by `npx tsc --noEmit` (never
 * run): each `@ts-expect-error` line must fail to compile, every other line must compile.
 * __tests__/wrong-calls.test.ts compiles this file again as a consumer of the built package would
 * (`wechatpay-ts` for `../../src`), strict, with and without `noUncheckedIndexedAccess`, and checks
 * what the errors say.
 */
import { Builder, type Endpoints } from '../../src';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const is = <T extends true>(): T | undefined => undefined;

const wx = Builder.factory({ mchid: '1900000109', secret: 'your-apiv2-secret-key-length-32b' });
const appid = 'wx8888888888888888';
const mchid = '1900000109';
const amount = { total: 1, currency: 'CNY' };
const native = { appid, mchid, description: 'd', out_trade_no: 'T1', notify_url: 'https://example.com/n', amount };

export async function requiredOptions(): Promise<void> {
  // 1. An endpoint that requires something cannot be called without options, in any call style.
  // @ts-expect-error: native needs its json body
  await wx.v3.pay.transactions.native.post();
  // @ts-expect-error: the same, as postAsync
  await wx.v3.pay.transactions.native.postAsync();
  // @ts-expect-error: the same, through chain()
  await wx.chain('v3/pay/transactions/native').post();
  // @ts-expect-error: the same, by its path
  await wx['v3/pay/transactions/native'].post();
  // @ts-expect-error: a placeholder (out_refund_no) is required
  await wx.v3.refund.domestic.refunds._out_refund_no_.get();
  // @ts-expect-error: a required query parameter (bill_date)
  await wx.v3.bill.tradebill.get();
  // @ts-expect-error: an APIv2 payload is required
  await wx.v2.pay.orderquery.post();
  // Nothing required: the options may be left out.
  await wx.v3.certificates.get();
  await wx.v3.pay.transactions.native.post({ json: native });
  await wx.v3.refund.domestic.refunds._out_refund_no_.get({ out_refund_no: 'R1' });
  await wx.v3.bill.tradebill.get({ query: { bill_date: '2024-01-01' } });
}

export async function missingField(): Promise<void> {
  // 2. The error names the field left out (the test checks the message says `amount`).
  const { amount: _left, ...withoutAmount } = native;
  // @ts-expect-error: amount is required
  await wx.v3.pay.transactions.native.post({ json: withoutAmount });
  // @ts-expect-error: the same, written inline
  await wx.v3.pay.transactions.native.post({ json: { appid, mchid, description: 'd', out_trade_no: 'T1', notify_url: 'https://example.com/n' } });
}

export async function enums(): Promise<void> {
  // 3. allOf enumerations: every value of every part (was an intersection no value satisfies).
  await wx.v3.bill.tradebill.get({ query: { bill_date: '2024-01-01', bill_type: 'ALL' } });
  await wx.v3.bill.tradebill.get({ query: { bill_date: '2024-01-01', bill_type: 'RECHARGE_REFUND' } });
  // @ts-expect-error: not a bill type
  await wx.v3.bill.tradebill.get({ query: { bill_date: '2024-01-01', bill_type: 'EVERYTHING' } });
  is<
    Equal<
      NonNullable<Endpoints['v3/bill/tradebill']['get']['options']['query']['bill_type']>,
      'ALL' | 'SUCCESS' | 'REFUND' | 'RECHARGE_REFUND' | 'ALL_SPECIAL' | 'SUC_SPECIAL' | 'REF_SPECIAL'
    >
  >();

  // APIv2 enum fields are typed as their enums.
  type Unified = Endpoints['v2/pay/unifiedorder']['post']['options']['xml'];
  is<Equal<Unified['trade_type'], 'JSAPI' | 'NATIVE' | 'APP' | 'MWEB' | 'MICROPAY' | 'FACEPAY' | 'PAP'>>();
  const order = {} as Omit<Unified, 'trade_type'>;
  await wx.v2.pay.unifiedorder.post({ xml: { ...order, trade_type: 'NATIVE' } });
  // @ts-expect-error: not a trade type
  await wx.v2.pay.unifiedorder.post({ xml: { ...order, trade_type: 'NATIV' } });

  // Answer fields keep their full enums.
  type Micropay = Endpoints['v2/pay/micropay']['post']['response'];
  is<Equal<Micropay['is_subscribe'], 'Y' | 'N'>>();
  is<Equal<NonNullable<Micropay['trade_type']>, 'JSAPI' | 'NATIVE' | 'APP' | 'MWEB' | 'MICROPAY' | 'FACEPAY' | 'PAP'>>();
  is<Equal<Endpoints['v2/pay/orderquery']['post']['response']['return_code'], 'SUCCESS' | 'FAIL'>>();
}

export async function paths(): Promise<void> {
  // 4. A misspelled segment or an undocumented verb on a documented path is an error (under
  // noUncheckedIndexedAccess or not); unknown paths go through chain(), which stays open.
  // @ts-expect-error: `transaction` is not a segment of v3/pay
  void wx.v3.pay.transaction;
  // @ts-expect-error: `nativ` is not a segment of v3/pay/transactions
  await wx.v3.pay.transactions.nativ.post({ json: native });
  // @ts-expect-error: native has no GET
  await wx.v3.pay.transactions.native.get();
  // @ts-expect-error: native has no DELETE, as deleteAsync either
  await wx.v3.pay.transactions.native.deleteAsync();
  // @ts-expect-error: a path prefix is no endpoint
  await wx.v3.pay.transactions.post({ json: native });
  // @ts-expect-error: not a described path
  void wx['v3/pay/transaction/native'];
  // A path the description does not know, through chain(): any segment, any verb, generic types.
  await wx.chain('v3/not/described').post({ json: { a: 1 } });
  // `!`: an open node's child comes from an index signature (possibly undefined under noUncheckedIndexedAccess).
  await wx.chain('v3/not/described').extra!.segments!.get();
  await wx.chain('v2/secapi/mch/notDescribed').post({ xml: { a: '1' } });
  // A node keeps its types through chain() when the joined path is described.
  await wx.chain('v3/pay').chain('transactions/native').post({ json: native });
  // @ts-expect-error: …and so its errors
  await wx.chain('v3/pay').chain('transactions/native').post();
  // A segment named like a verb is reached by its path.
  await wx['v3/profitsharing/receivers/delete'].post({ json: { appid, type: 'MERCHANT_ID', account: '1900000109' } });
}

export async function capitals(): Promise<void> {
  // 5. A property a placeholder's parent does not have, such as a value written as a segment (at run
  // time it would be lower-cased and sent as a segment), is an error that points at the placeholder form.
  // @ts-expect-error: write ._out_trade_no_ and give { out_trade_no: 'N123123' }
  await wx.v3.pay.transactions.outTradeNo.N123123.get({ query: { mchid } });
  // @ts-expect-error: the same under a placeholder that is not the only child
  await wx.v3.refund.domestic.refunds.R2024.get();
  // @ts-expect-error: the same in lower case
  await wx.v3.pay.transactions.outTradeNo.n123123.get({ query: { mchid } });
  await wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'N123123', query: { mchid } });
  // An upper-case segment the description has (not under a placeholder) stays a property.
  void wx.v2.secapi.mch.addInstitutionsub.post;
}
