import { Agent } from 'node:https';
import { Builder, isBusinessError, isTransportError, type Client } from 'wechatpay-ts';
import type { Simulator } from '../src';
import { createSelfSignedPair } from '../src/x509';
import { parseFlatXml, wechatSign, xmlOf } from '../../../__tests__/helpers/v2-server';
import { APPID, clientFor, errorOf, MCHID, rawRequest, SECRET, SINGLE_REPORT, startSim, tradeNo, useSimulator } from './helpers';

let sim: Simulator;
let ca: string;
let wx: Client;

// Every call trusts the simulator's CA; calls that need it also present the merchant certificate (the fixture's `v2`).
useSimulator({ sim: { tls: true } }, (f) => {
  ({ sim, v2: wx } = f);
  ca = sim.tls!.ca;
});

test('the simulator listens on https://127.0.0.1 with a certificate from its own CA', () => {
  expect(sim.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
  expect(ca).toMatch(/^-----BEGIN CERTIFICATE-----/);
});

describe('APIv2 over TLS', () => {
  test('unifiedorder -> orderquery -> micropay -> closeorder -> refund with the merchant client certificate', async () => {
    const open = tradeNo('S');
    const made = await wx.v2.pay.unifiedorder.post({
      xml: {
        appid: APPID,
        mch_id: MCHID,
        body: '商品',
        out_trade_no: open,
        total_fee: 300,
        spbill_create_ip: '8.8.8.8',
        notify_url: 'https://127.0.0.1:9/n',
        trade_type: 'APP',
      },
    });
    expect(made.data).toMatchObject({ result_code: 'SUCCESS', trade_type: 'APP' });
    await expect(wx.v2.pay.orderquery.post({ xml: { appid: APPID, mch_id: MCHID, out_trade_no: open } })).resolves.toMatchObject({
      data: { trade_state: 'NOTPAY' },
    });
    await expect(wx.v2.pay.closeorder.post({ xml: { appid: APPID, mch_id: MCHID, out_trade_no: open } })).resolves.toMatchObject({
      data: { result_code: 'SUCCESS' },
    });

    const no = tradeNo('S');
    const paid = await wx.v2.pay.micropay.post({
      xml: { appid: APPID, mch_id: MCHID, body: '刷卡', out_trade_no: no, total_fee: 300, spbill_create_ip: '8.8.8.8', auth_code: '120061098828009406' },
    });
    const transactionId = (paid.data as Record<string, string>).transaction_id!;
    const refund = await wx.v2.secapi.pay.refund.post({
      xml: { appid: APPID, mch_id: MCHID, transaction_id: transactionId, out_refund_no: `R${no}`, total_fee: 300, refund_fee: 100 },
    });
    expect(refund.data).toMatchObject({ result_code: 'SUCCESS', out_trade_no: no, refund_fee: '100', refund_id: expect.stringMatching(/^\d{29}$/) });
    expect(sim.refunds.get(`R${no}`)).toMatchObject({ api: 'v2', amount: { refund: 100, total: 300 } });
    const tooMuch = await errorOf(
      wx.v2.secapi.pay.refund.post({ xml: { appid: APPID, mch_id: MCHID, out_trade_no: no, out_refund_no: `Q${no}`, total_fee: 300, refund_fee: 201 } }),
    );
    expect(tooMuch).toMatchObject({ errCode: 'INVALID_REQUEST', errCodeDes: expect.stringMatching(/超过/) });
  });

  test('without a client certificate the refund is refused with FAIL saying so', async () => {
    const bare = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: sim.url });
    // An httpsAgent given with the call is used as is: it trusts the CA but carries no certificate.
    const error = await errorOf(
      bare.v2.secapi.pay.refund.post({
        xml: { appid: APPID, mch_id: MCHID, out_trade_no: 'X1', out_refund_no: 'RX1', total_fee: 1, refund_fee: 1 },
        httpsAgent: new Agent({ ca }),
      }),
    );
    expect(isBusinessError(error) && error.returnCode).toBe('FAIL');
    expect((error as { returnMsg: string }).returnMsg).toMatch(/证书错误.*client certificate/);
  });

  test('a client certificate from another CA is refused too', async () => {
    const stranger = createSelfSignedPair().issueClientCertificate(MCHID);
    const fields = { appid: APPID, mch_id: MCHID, out_trade_no: 'X1', out_refund_no: 'RX1', total_fee: '1', refund_fee: '1', nonce_str: 'n0nce' };
    const answer = await rawRequest(sim.url, 'POST', '/secapi/pay/refund', {}, xmlOf({ ...fields, sign: wechatSign(fields, SECRET) }), {
      ca,
      cert: stranger.cert,
      key: stranger.key,
    });
    expect(parseFlatXml(answer.text)).toMatchObject({ return_code: 'FAIL', return_msg: expect.stringMatching(/does not chain/) });
  });
});

test('APIv3 works over TLS too, answers verified', async () => {
  const v3 = clientFor(sim, { httpsAgent: new Agent({ ca }) });
  const { data } = await v3.v3.pay.transactions.native.post({
    json: { appid: APPID, mchid: MCHID, description: 'tls', out_trade_no: tradeNo('S'), notify_url: 'https://127.0.0.1:9/n', amount: { total: 1 } },
  });
  expect(data.code_url).toMatch(/^weixin:/);
});

test('requireClientCertificate: the handshake itself refuses a client without one', async () => {
  const pki = createSelfSignedPair();
  const strict = await startSim({ tls: { key: pki.key, cert: pki.cert, ca: pki.ca, requireClientCertificate: true } });
  try {
    expect(strict.tls).toEqual({ ca: pki.ca });
    const without = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: strict.url, httpsAgent: new Agent({ ca: pki.ca }) });
    expect(isTransportError(await errorOf(without.v2.payitil.report.post({ xml: SINGLE_REPORT })))).toBe(true);
    const merchant = pki.issueClientCertificate(MCHID);
    const withCert = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: strict.url, merchant: { ...merchant, ca: pki.ca } });
    await expect(withCert.v2.payitil.report.post({ xml: SINGLE_REPORT, security: true })).resolves.toMatchObject({ data: { return_code: 'SUCCESS' } });
  } finally {
    await strict.close();
  }
});
