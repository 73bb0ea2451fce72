'use strict';
/**
 * What each bundle does when it runs: start the offline simulator, make one APIv3 call (a Native
 * order, then its query) and one APIv2 call (the same order over XML), parse a nested XML document
 * (the general XML reader, not the flat fast path), and print what came back as one line of JSON.
 * The entries (server.mjs, server.cjs) hand in the SDK and the simulator modules, so this file
 * never names the packages and any bundler takes it as it is.
 */
const { generateKeyPairSync } = require('node:crypto');

const mchid = '1900000109';
const secret = 'your-apiv2-secret-key-length-32b';
const apiv3Key = 'your-apiv3-secret-key-length-32b';
const serial = '1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C';

module.exports = async function run(sdk, simulator) {
  const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const sim = await simulator.startSimulator({ mchid, secret, apiv3Key, merchantPublicKey: merchant.publicKey, merchantSerial: serial });
  try {
    const wx = sdk.Builder.factory({
      mchid,
      secret,
      serial,
      privateKey: merchant.privateKey,
      certs: { [sim.platform.publicKeyId]: sim.platform.publicKeyPem },
      baseURL: sim.url,
    });
    const out_trade_no = `bundle${Date.now()}`;
    const order = await wx.v3.pay.transactions.native.post({
      json: { appid: 'wxd678efh567hg6787', mchid, description: 'bundle', out_trade_no, notify_url: 'https://merchant.test/notify', amount: { total: 1 } },
    });
    const query = await wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no, query: { mchid } });
    const v2order = await wx.v2.pay.unifiedorder.post({
      xml: {
        appid: 'wxd678efh567hg6787',
        mch_id: mchid,
        body: 'bundle',
        out_trade_no: `v2${out_trade_no}`,
        total_fee: 1,
        spbill_create_ip: '8.8.8.8',
        notify_url: 'https://merchant.test/notify',
        trade_type: 'NATIVE',
      },
    });
    const nested = sdk.Transformer.toArray('<xml><a><b>1</b></a><c>x &amp; y</c></xml>');
    return {
      codeUrl: order.data.code_url.startsWith('weixin://'),
      tradeState: query.data.trade_state,
      v2: `${v2order.data.return_code} ${v2order.data.result_code} ${v2order.data.code_url.startsWith('weixin://')}`,
      nested,
    };
  } finally {
    await sim.close();
  }
};
