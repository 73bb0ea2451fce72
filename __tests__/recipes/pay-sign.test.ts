import { createHash, createHmac, createSign, createVerify, generateKeyPairSync, type KeyObject } from 'node:crypto';
import {
  Builder,
  couponSign,
  isConfigurationError,
  isInvalidRequestError,
  isTransportError,
  PaySign,
  signNotification,
  signV2Notification,
  verifyNotification,
  verifyV2Notification,
  workwxSign,
  type RemoteSigner,
} from '../../src';
import { MCHID, SECRET } from '../helpers/seed';
import { rejection, thrown } from '../helpers/thrown';
import { wechatSign } from '../helpers/v2-server';
import { useV3 } from '../helpers/v3-client';

// The signatures merchants hand to WeChat's own front ends and tools, each checked against one
// computed here independently with node:crypto.
const APP_ID = 'wxd678efh567hg6787';
const PREPAY = 'wx201410272009395522657a690389285100';

const v3 = useV3();

const verifies = (message: string, signature: string, key: KeyObject) => createVerify('RSA-SHA256').update(message).verify(key, signature, 'base64');

describe('PaySign: the parameters a payment is started with', () => {
  test('APIv3 JSAPI / mini program: paySign is RSA over appId, timeStamp, nonceStr, package, each line ended', async () => {
    const params = await PaySign.jsapi(v3.wx, { appId: APP_ID, prepayId: PREPAY });
    expect(params).toMatchObject({ appId: APP_ID, package: `prepay_id=${PREPAY}`, signType: 'RSA' });
    expect(params.timeStamp).toMatch(/^\d{10}$/);
    expect(params.nonceStr).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(verifies(`${APP_ID}\n${params.timeStamp}\n${params.nonceStr}\nprepay_id=${PREPAY}\n`, params.paySign, v3.merchant.publicKey)).toBe(true);
  });

  test('APIv3 APP: sign is RSA over appid, timestamp, noncestr, prepayid; partnerid is the merchant id', async () => {
    const params = await PaySign.app(v3.wx, { appId: APP_ID, prepayId: PREPAY });
    expect(params).toMatchObject({ appid: APP_ID, partnerid: MCHID, prepayid: PREPAY, package: 'Sign=WXPay' });
    expect(verifies(`${APP_ID}\n${params.timestamp}\n${params.noncestr}\n${PREPAY}\n`, params.sign, v3.merchant.publicKey)).toBe(true);
  });

  test.each(['MD5', 'HMAC-SHA256'] as const)('APIv2 JSAPI and APP with %s: the APIv2 sign of the documented fields', async (signType) => {
    const wx = Builder.factory({ mchid: MCHID, secret: SECRET });
    const { paySign, ...jsapi } = await PaySign.jsapiV2(wx, { appId: APP_ID, prepayId: PREPAY, signType });
    expect(Object.keys(jsapi).sort()).toEqual(['appId', 'nonceStr', 'package', 'signType', 'timeStamp']);
    expect(paySign).toBe(wechatSign(jsapi as Record<string, string>, SECRET, signType));
    const { sign, ...app } = await PaySign.appV2(wx, { appId: APP_ID, prepayId: PREPAY, signType });
    expect(app).toMatchObject({ appid: APP_ID, partnerid: MCHID, prepayid: PREPAY, package: 'Sign=WXPay' });
    expect(sign).toBe(wechatSign(app as Record<string, string>, SECRET, signType));
  });

  test('a missing key, a missing prepay id or a wrong sign type is refused by name', async () => {
    expect(((await rejection(PaySign.jsapi(Builder.factory({ mchid: MCHID }), { appId: APP_ID, prepayId: PREPAY }))) as Error).message).toMatch(/privateKey/);
    expect(((await rejection(PaySign.jsapiV2(Builder.factory({ mchid: MCHID }), { appId: APP_ID, prepayId: PREPAY }))) as Error).message).toMatch(/secret/);
    expect(isInvalidRequestError(await rejection(PaySign.app(v3.wx, { appId: APP_ID } as never)))).toBe(true);
    expect(
      (
        (await rejection(
          PaySign.appV2(Builder.factory({ mchid: MCHID, secret: SECRET }), { appId: APP_ID, prepayId: PREPAY, signType: 'SHA1' as never }),
        )) as Error
      ).message,
    ).toMatch(/signType/);
  });
});

/** A stand-in for a KMS: it holds the key and signs later, as a network service would. */
function kms(privateKey: KeyObject, log: string[]): RemoteSigner {
  return {
    sign: (message) =>
      new Promise((resolve) => {
        log.push(message);
        setTimeout(() => resolve(createSign('RSA-SHA256').update(message).sign(privateKey, 'base64')), 5);
      }),
  };
}

describe('a remote signer (HSM, cloud KMS) as privateKey', () => {
  test('APIv3 calls are signed by it and verified as usual; the key never enters the SDK', async () => {
    const log: string[] = [];
    const wx = v3.client({ privateKey: kms(v3.merchant.privateKey, log) });
    const error = await wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'NONE', query: { mchid: MCHID } }).catch((e: unknown) => e);
    expect((error as { status?: number }).status).toBe(404);
    expect(v3.server.checks[0]!.authOk).toBe(true);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(/^GET\n\/v3\/pay\/transactions\/out-trade-no\/NONE\?mchid=1900000109\n\d+\n[0-9A-Za-z]{32}\n\n$/);
    const params = await PaySign.jsapi(wx, { appId: APP_ID, prepayId: PREPAY });
    expect(verifies(`${APP_ID}\n${params.timeStamp}\n${params.nonceStr}\nprepay_id=${PREPAY}\n`, params.paySign, v3.merchant.publicKey)).toBe(true);
  });

  test('a signer that fails is a TransportError; one that answers junk a ConfigurationError; nothing is sent', async () => {
    const failing = v3.client({ privateKey: { sign: () => Promise.reject(new Error('KMS unavailable')) } });
    const down = await rejection(failing.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'T1', query: { mchid: MCHID } }));
    expect(isTransportError(down)).toBe(true);
    expect((down as Error).message).toMatch(/remote signer .* failed: KMS unavailable/);
    const junk = v3.client({ privateKey: { sign: () => 'not base64!' } });
    const bad = await rejection(junk.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'T1', query: { mchid: MCHID } }));
    expect(isConfigurationError(bad)).toBe(true);
    expect(v3.server.checks).toHaveLength(0);
  });
});

describe('other signatures merchants compute', () => {
  const fields = {
    act_name: '猜灯谜',
    mch_billno: '10000098201411111234567890',
    mch_id: MCHID,
    nonce_str: 'n0nce',
    re_openid: 'oxTWIuGaIt6gTKsQRLau2M0yL16E',
    total_amount: 1000,
    wxappid: 'wx8888888888888888',
    wishing: 'not signed',
  };

  test('workwx_sign: MD5 of the red packet fields and &secret=, upper case; the payment kind signs its own fields', () => {
    const text =
      'act_name=猜灯谜&mch_billno=10000098201411111234567890&mch_id=1900000109&nonce_str=n0nce&re_openid=oxTWIuGaIt6gTKsQRLau2M0yL16E&total_amount=1000&wxappid=wx8888888888888888';
    expect(workwxSign('redpack', fields, 'ww-secret')).toBe(createHash('md5').update(`${text}&secret=ww-secret`).digest('hex').toUpperCase());
    const pay = {
      amount: 100,
      appid: 'ww1',
      desc: '报销',
      mch_id: MCHID,
      nonce_str: 'n',
      openid: 'o1',
      partner_trade_no: 'P1',
      ww_msg_type: 'NORMAL_MSG',
      act_name: 'not signed',
    };
    const payText = 'amount=100&appid=ww1&desc=报销&mch_id=1900000109&nonce_str=n&openid=o1&partner_trade_no=P1&ww_msg_type=NORMAL_MSG';
    expect(workwxSign('transfer', pay, 'ww-secret')).toBe(createHash('md5').update(`${payText}&secret=ww-secret`).digest('hex').toUpperCase());
    expect((thrown(() => workwxSign('redpack', { ...fields, re_openid: '' }, 'ww-secret')) as Error).message).toMatch(/re_openid are missing/);
  });

  test('the 商家券 send: indexed coupon fields plus send_coupon_merchant, HMAC-SHA256 with the APIv2 key', () => {
    const wx = Builder.factory({ mchid: MCHID, secret: SECRET });
    const { sign, ...params } = couponSign(wx, {
      send_coupon_merchant: '10016226',
      coupons: [
        { stock_id: '1234567', out_request_no: 'abc123' },
        { stock_id: '2345678', out_request_no: '123abc', coupon_code: 'C1' },
      ],
    });
    expect(params).toEqual({
      send_coupon_merchant: '10016226',
      stock_id0: '1234567',
      out_request_no0: 'abc123',
      stock_id1: '2345678',
      out_request_no1: '123abc',
      coupon_code1: 'C1',
    });
    const text = 'coupon_code1=C1&out_request_no0=abc123&out_request_no1=123abc&send_coupon_merchant=10016226&stock_id0=1234567&stock_id1=2345678';
    expect(sign).toBe(createHmac('sha256', SECRET).update(`${text}&key=${SECRET}`).digest('hex').toUpperCase());
  });
});

describe('a signed test notification, for a merchant testing their notify_url handler', () => {
  const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const APIV3_KEY = 'an-apiv3-key-of-32-bytes-exactly';
  const serial = 'PUB_KEY_ID_0114232134912410000000000000';

  test('verifyNotification accepts what signNotification makes, and refuses it altered', () => {
    const { headers, body } = signNotification(
      { event_type: 'TRANSACTION.SUCCESS', resource: { out_trade_no: 'T1', trade_state: 'SUCCESS' } },
      { privateKey: platform.privateKey, serial, apiv3Key: APIV3_KEY },
    );
    const certs = { [serial]: platform.publicKey.export({ type: 'spki', format: 'pem' }).toString() };
    const notice = verifyNotification<{ out_trade_no: string }>({ body, headers, certs, apiv3Key: APIV3_KEY });
    expect(notice.event_type).toBe('TRANSACTION.SUCCESS');
    expect(notice.resource.out_trade_no).toBe('T1');
    expect(() => verifyNotification({ body: body.replace('TRANSACTION.SUCCESS', 'REFUND.SUCCESS'), headers, certs, apiv3Key: APIV3_KEY })).toThrow(
      /Verification failed/,
    );
  });

  test('verifyV2Notification accepts what signV2Notification makes, MD5 and HMAC-SHA256', () => {
    for (const sign_type of [undefined, 'HMAC-SHA256']) {
      const xml = signV2Notification({ return_code: 'SUCCESS', result_code: 'SUCCESS', out_trade_no: 'T1', ...(sign_type ? { sign_type } : {}) }, SECRET);
      expect(verifyV2Notification(xml, SECRET).out_trade_no).toBe('T1');
      expect(() => verifyV2Notification(xml.replace('T1', 'T2'), SECRET)).toThrow(/BAD_SIGN/);
    }
  });
});
