import { randomBytes } from 'node:crypto';
import { AesGcm, apiv3KeyOf } from '../crypto/aes-gcm';
import { Rsa, type KeyLike } from '../crypto/rsa';
import { InvalidRequestError } from '../errors';
import { signFields } from '../signing/v2';
import { Formatter } from '../util/formatter';
import { isSignType, type SignType } from '../util/hash';
import { isRecord } from '../util/object';
import { Transformer } from '../util/transformer';
import { NOTIFICATION_ALGORITHM } from './v3';

/** What a test notification carries: WeChat's envelope fields and the plaintext `resource`. */
export interface TestNotification {
  /** e.g. `TRANSACTION.SUCCESS`, `REFUND.SUCCESS`. */
  event_type: string;
  /** The plaintext resource (the transaction, the refund, …): encrypted into `resource.ciphertext`. */
  resource: Record<string, unknown>;
  /** `transaction` by default. */
  original_type?: string;
  summary?: string;
  id?: string;
  /** ISO 8601 with offset; now, in Asia/Shanghai, by default. */
  create_time?: string;
}

/** The platform side's keys: what WeChat Pay signs and encrypts a notification with. */
export interface TestNotificationKeys {
  /** The platform private key (your test's own: the matching public key goes into your handler's `certs`). */
  privateKey: KeyLike;
  /** The id the handler looks the public key up by: a certificate serial or `PUB_KEY_ID_…`. */
  serial: string;
  /** The APIv3 key the resource is encrypted with. */
  apiv3Key: string | Buffer;
  /** The signing time in milliseconds, for tests of stale notifications; now by default. */
  now?: number;
}

function shanghaiTime(ms: number): string {
  return `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}

/**
 * A notification signed and encrypted the way WeChat Pay sends one to `notify_url`, so a merchant
 * can test their handler without the simulator (as Stripe's `generateTestHeaderString`): give
 * `body` and `headers` to your route as a POST would, and `verifyNotification` with the matching
 * public key accepts it. For tests only: the keys are yours, not WeChat Pay's.
 *
 * @example
 * const { headers, body } = signNotification({ event_type: 'TRANSACTION.SUCCESS', resource: { out_trade_no: 'T1', trade_state: 'SUCCESS' } }, { privateKey, serial: 'PUB_KEY_ID_0114232134912410000000000000', apiv3Key });
 * await request(app).post('/notify').set(headers).send(body).expect(204);
 */
export function signNotification(notification: TestNotification, keys: TestNotificationKeys): { headers: Record<string, string>; body: string } {
  if (!isRecord(notification) || typeof notification.event_type !== 'string' || !isRecord(notification.resource)) {
    throw new InvalidRequestError('signNotification needs { event_type, resource: { … } } (the plaintext resource)');
  }
  if (!isRecord(keys) || typeof keys.serial !== 'string' || keys.serial === '')
    throw new InvalidRequestError('signNotification needs keys { privateKey, serial, apiv3Key }');
  const apiv3Key = apiv3KeyOf(keys.apiv3Key, 'signNotification: `apiv3Key`');
  const privateKey = Rsa.from(keys.privateKey, 'private');
  const now = keys.now ?? Date.now();
  const originalType = notification.original_type ?? 'transaction';
  const nonce = Formatter.nonce(12);
  const body = JSON.stringify({
    id: notification.id ?? randomBytes(16).toString('hex'),
    create_time: notification.create_time ?? shanghaiTime(now),
    resource_type: 'encrypt-resource',
    event_type: notification.event_type,
    summary: notification.summary ?? '支付成功',
    resource: {
      original_type: originalType,
      algorithm: NOTIFICATION_ALGORITHM,
      ciphertext: AesGcm.encrypt(JSON.stringify(notification.resource), apiv3Key, nonce, originalType),
      associated_data: originalType,
      nonce,
    },
  });
  const timestamp = String(Math.floor(now / 1000));
  const headerNonce = Formatter.nonce();
  return {
    headers: {
      'Content-Type': 'application/json',
      'Wechatpay-Timestamp': timestamp,
      'Wechatpay-Nonce': headerNonce,
      'Wechatpay-Signature': Rsa.sign(Formatter.response(timestamp, headerNonce, body), privateKey),
      'Wechatpay-Serial': keys.serial,
      'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048',
    },
    body,
  };
}

/**
 * An APIv2 notification as WeChat Pay POSTs it: the fields as `<xml>` with `nonce_str` and `sign`
 * (MD5 unless `sign_type` says HMAC-SHA256), signed with the APIv2 key; `verifyV2Notification`
 * accepts it. For tests of a merchant's handler.
 *
 * @example const xml = signV2Notification({ return_code: 'SUCCESS', result_code: 'SUCCESS', out_trade_no: 'T1', … }, apiv2Key);
 */
export function signV2Notification(fields: Readonly<Record<string, string>>, secret: string): string {
  if (!isRecord(fields)) throw new InvalidRequestError('signV2Notification needs the notification fields { return_code, … }');
  const type: SignType | undefined = fields.sign_type === undefined ? 'MD5' : isSignType(fields.sign_type) ? fields.sign_type : undefined;
  if (!type) throw new InvalidRequestError(`signV2Notification: sign_type must be MD5 or HMAC-SHA256, got ${JSON.stringify(fields.sign_type)}`);
  const signed = { nonce_str: Formatter.nonce(), ...fields };
  return Transformer.toXml({ ...signed, sign: signFields(type, signed, secret) });
}
