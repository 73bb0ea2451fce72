import { clientOf } from '../../client/client';
import { InvalidRequestError } from '../../errors';
import { Formatter } from '../../util/formatter';
import { isSignType, SIGN_TYPES, type SignType } from '../../util/hash';

/** What `wx.requestPayment` (mini programs), `WeixinJSBridge.invoke('getBrandWCPayRequest')` (JSAPI) take. */
export interface JsapiPayParams {
  appId: string;
  /** Unix time in seconds, as a string. */
  timeStamp: string;
  nonceStr: string;
  /** `prepay_id=<prepay_id>`. */
  package: string;
  signType: 'RSA' | SignType;
  paySign: string;
}

/** What the APP SDKs' `PayReq` takes (APIv3 and APIv2 alike). */
export interface AppPayParams {
  appid: string;
  /** The merchant id. */
  partnerid: string;
  prepayid: string;
  /** Always `Sign=WXPay`. */
  package: 'Sign=WXPay';
  noncestr: string;
  timestamp: string;
  sign: string;
}

export interface PaySignInput {
  /** The AppID the order was placed for (公众号, 小程序 or 移动应用). */
  appId: string;
  /** The `prepay_id` of the order's answer. */
  prepayId: string;
}

export interface PaySignV2Input extends PaySignInput {
  /** The APIv2 sign type the order was placed with: `MD5` (default) or `HMAC-SHA256`. */
  signType?: SignType;
}

function checkInput(input: unknown, what: string): asserts input is PaySignInput {
  const given = (input ?? {}) as Record<string, unknown>;
  for (const field of ['appId', 'prepayId']) {
    if (typeof given[field] !== 'string' || given[field] === '') throw new InvalidRequestError(`${what}: \`${field}\` must be a non-empty string`);
  }
}

function signTypeOf(value: unknown, what: string): SignType {
  if (value === undefined) return 'MD5';
  if (!isSignType(value)) throw new InvalidRequestError(`${what}: \`signType\` must be ${SIGN_TYPES.join(' or ')}, got ${JSON.stringify(value)}`);
  return value;
}

/**
 * The parameters a payment is started with on the payer's side, signed as WeChat Pay's front ends
 * check them: the JSAPI / mini-program ones and the APP ones, for APIv3 orders (RSA with the
 * merchant key, a remote signer too) and APIv2 orders (MD5 or HMAC-SHA256 with the APIv2 key).
 * Keys never leave the client. Each returns a promise (a remote signer may answer later).
 *
 * @example
 * const { data } = await wx.v3.pay.transactions.jsapi.post({ json: order });
 * const params = await PaySign.jsapi(wx, { appId: order.appid, prepayId: data.prepay_id });
 * // in the mini program: wx.requestPayment({ ...params, success, fail })
 */
export const PaySign = {
  /** APIv3 JSAPI / mini program: `paySign` = RSA over `appId\ntimeStamp\nnonceStr\npackage\n`. */
  async jsapi(wx: unknown, input: PaySignInput): Promise<JsapiPayParams> {
    checkInput(input, 'PaySign.jsapi');
    const client = clientOf(wx);
    const timeStamp = String(Formatter.timestamp());
    const nonceStr = Formatter.nonce();
    const pkg = `prepay_id=${input.prepayId}`;
    const paySign = await client.signV3(Formatter.joinedByLineFeed(input.appId, timeStamp, nonceStr, pkg));
    return { appId: input.appId, timeStamp, nonceStr, package: pkg, signType: 'RSA', paySign };
  },

  /** APIv3 APP: `sign` = RSA over `appid\ntimestamp\nnoncestr\nprepayid\n`. */
  async app(wx: unknown, input: PaySignInput): Promise<AppPayParams> {
    checkInput(input, 'PaySign.app');
    const client = clientOf(wx);
    const timestamp = String(Formatter.timestamp());
    const noncestr = Formatter.nonce();
    const sign = await client.signV3(Formatter.joinedByLineFeed(input.appId, timestamp, noncestr, input.prepayId));
    return { appid: input.appId, partnerid: client.mchid, prepayid: input.prepayId, package: 'Sign=WXPay', noncestr, timestamp, sign };
  },

  /** APIv2 JSAPI / mini program: `paySign` = the APIv2 sign of appId, timeStamp, nonceStr, package, signType. */
  async jsapiV2(wx: unknown, input: PaySignV2Input): Promise<JsapiPayParams> {
    checkInput(input, 'PaySign.jsapiV2');
    const signType = signTypeOf(input.signType, 'PaySign.jsapiV2');
    const fields = {
      appId: input.appId,
      timeStamp: String(Formatter.timestamp()),
      nonceStr: Formatter.nonce(),
      package: `prepay_id=${input.prepayId}`,
      signType,
    };
    return { ...fields, paySign: clientOf(wx).signV2(fields, signType) };
  },

  /** APIv2 APP: `sign` = the APIv2 sign of appid, partnerid, prepayid, package, noncestr, timestamp. */
  async appV2(wx: unknown, input: PaySignV2Input): Promise<AppPayParams> {
    checkInput(input, 'PaySign.appV2');
    const signType = signTypeOf(input.signType, 'PaySign.appV2');
    const client = clientOf(wx);
    const fields = {
      appid: input.appId,
      partnerid: client.mchid,
      prepayid: input.prepayId,
      package: 'Sign=WXPay' as const,
      noncestr: Formatter.nonce(),
      timestamp: String(Formatter.timestamp()),
    };
    return { ...fields, sign: client.signV2(fields, signType) };
  },
} as const;
