import { inspect } from 'node:util';
import { Builder, isTransportError } from '../../src';
import { freePort } from '../helpers/http';
import { rsaPair } from '../helpers/v3-server';
import { MCHID, MERCHANT_SERIAL, PLATFORM_SERIAL } from '../helpers/v3-client';

// A failed call's error is logged by users: it must say what failed and never carry the signed
// request (Authorization, sign) or a key, as an AxiosError's config would.
const SECRET = 'your-apiv2-secret-key-length-32b';
const merchant = rsaPair();
const platform = rsaPair();

test('a refused connection is a TransportError whose message, JSON and inspect hold no signature, sign or key', async () => {
  const port = await freePort();
  const wx = Builder.factory({
    mchid: MCHID,
    secret: SECRET,
    serial: MERCHANT_SERIAL,
    privateKey: merchant.privatePem,
    certs: { [PLATFORM_SERIAL]: platform.publicPem },
    baseURL: `http://127.0.0.1:${port}/`,
  });
  const errors = await Promise.all([
    wx.v3.pay.transactions.id._transaction_id_.get({ transaction_id: '4200000985202103031441826014', query: { mchid: MCHID } }).catch((e: unknown) => e),
    wx
      .chain('v2/pay/orderquery')
      .post({ xml: { appid: 'wx8888888888888888', mch_id: MCHID, out_trade_no: 'T1' } })
      .catch((e: unknown) => e),
  ]);
  for (const error of errors) {
    expect(isTransportError(error)).toBe(true);
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
    for (const shown of [(error as Error).message, JSON.stringify(error), inspect(error, { depth: 10 }), inspect((error as Error).cause, { depth: 10 })]) {
      expect(shown).not.toMatch(/WECHATPAY2-SHA256-RSA2048|signature=|<sign>|PRIVATE KEY/);
      expect(shown).not.toContain(SECRET);
    }
  }
});
