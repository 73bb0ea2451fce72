// Calls written inline, the options contextually typed by the verb (README style).
import { Builder, type Client } from 'wechatpay-ts';

declare const mchid: string, appid: string, openid: string, apiv2Key: string;
const wx: Client = Builder.factory({ mchid, secret: apiv2Key });

export async function inline(): Promise<unknown[]> {
  const native = await wx.v3.pay.transactions.native.post({
    json: { appid, mchid, description: 'd', out_trade_no: 'T1', notify_url: 'https://example.com/n', amount: { total: 1, currency: 'CNY' } },
  });
  const jsapi = await wx.v3.pay.transactions.jsapi.post({
    json: { appid, mchid, description: 'd', out_trade_no: 'T2', notify_url: 'https://example.com/n', amount: { total: 1 }, payer: { openid } },
  });
  const order = await wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'T1', query: { mchid } });
  const byId = await wx.v3.pay.transactions.id._transaction_id_.get({ transaction_id: '4200000000', query: { mchid } });
  const close = await wx.v3.pay.transactions.outTradeNo._out_trade_no_.close.post({ out_trade_no: 'T1', json: { mchid } });
  const refund = await wx.v3.refund.domestic.refunds.post({
    json: { out_trade_no: 'T1', out_refund_no: 'R1', amount: { refund: 1, total: 1, currency: 'CNY' } },
  });
  const refundQuery = await wx.v3.refund.domestic.refunds._out_refund_no_.get({ out_refund_no: 'R1' });
  const bill = await wx.v3.bill.tradebill.get({ query: { bill_date: '2024-01-01' } });
  const receiver = await wx.v3.profitsharing.receivers.add.post({
    json: (encrypt) => ({ appid, type: 'PERSONAL_OPENID', account: openid, name: encrypt('张三'), relation_type: 'USER' }),
  });
  const certificates = await wx.v3.certificates.get();
  const report = await wx.v2.payitil.report.post({
    xml: { appid, mch_id: mchid, interface_url: 'https://api.mch.weixin.qq.com/pay/batchreport/micropay/total', user_ip: '8.8.8.8', trades: '[]' },
  });
  const unified = await wx.v2.pay.unifiedorder.post({
    xml: {
      appid,
      mch_id: mchid,
      body: 'b',
      out_trade_no: 'T1',
      total_fee: 1,
      spbill_create_ip: '8.8.8.8',
      notify_url: 'https://example.com/n',
      trade_type: 'NATIVE',
    },
  });
  const query = await wx.v2.pay.orderquery.post({ xml: { appid, mch_id: mchid, out_trade_no: 'T1' } });
  const reverse = await wx.chain('v2/secapi/pay/reverse').post({ xml: { appid, mch_id: mchid, out_trade_no: 'T1' } });
  const complaints = await wx.v3.merchantService.complaintsV2.get({ query: { limit: 10, offset: 0, begin_date: '2024-01-01', end_date: '2024-01-30' } });
  const unknown = await wx.chain('v3/not/described').post({ json: { a: 1 } });
  return [
    native.data.code_url,
    jsapi.data.prepay_id,
    order.data,
    byId.data,
    close.data,
    refund.data,
    refundQuery.data,
    bill.data,
    receiver.data,
    certificates.data,
    report.data,
    unified.data,
    query.data,
    reverse.data,
    complaints.data,
    unknown.data,
  ];
}
