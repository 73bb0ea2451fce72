import { createCipheriv, createSign, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { Builder, isVerificationError, type VerificationError, VerificationReason } from '../../src';
import { clientOf } from '../../src/client/client';
import { notificationAnswer, platformKeysOf, verifyNotification, type Notification } from '../../src/notify';
import { thrown } from '../helpers/thrown';

// Everything WeChat's side does is done here with node:crypto directly, never with the SDK's code.
const SERIAL = '5157F09EFDC096DE15EBE81A47057A7232F1B8E1';
const APIV3_KEY = 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6';
const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
const platformPem = platform.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const certs = { [SERIAL]: platformPem };

interface Transaction {
  out_trade_no: string;
  transaction_id: string;
  trade_state: string;
  amount: { total: number; currency: string };
}
const transaction: Transaction = {
  out_trade_no: '1217752501201407033233368018',
  transaction_id: '4200000540202005267407409907',
  trade_state: 'SUCCESS',
  amount: { total: 100, currency: 'CNY' },
};

/** base64(ct || tag), WeChat's resource encoding, with node's own AES-256-GCM. */
function gcmEncrypt(plaintext: string, key: string, nonce: string, aad: string): string {
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(key), Buffer.from(nonce));
  cipher.setAAD(Buffer.from(aad));
  return Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]).toString('base64');
}

function rsaSign(message: string, key: KeyObject = platform.privateKey): string {
  return createSign('RSA-SHA256').update(message, 'utf8').sign(key, 'base64');
}

interface Built {
  body: string;
  headers: Record<string, string>;
  timestamp: string;
  nonce: string;
}

/** A notification as WeChat sends it: the JSON text and its four Wechatpay-* headers. */
function build(
  options: {
    resource?: unknown;
    envelope?: Record<string, unknown>;
    rawBody?: string;
    age?: number;
    key?: string;
    signature?: (message: string) => string;
  } = {},
): Built {
  const nonce = randomBytes(16).toString('hex');
  const timestamp = String(Math.floor(Date.now() / 1000) - (options.age ?? 0));
  const gcmNonce = randomBytes(6).toString('hex'); // 12 characters, as WeChat's
  const resource = {
    original_type: 'transaction',
    algorithm: 'AEAD_AES_256_GCM',
    ciphertext: gcmEncrypt(JSON.stringify(options.resource ?? transaction), options.key ?? APIV3_KEY, gcmNonce, 'transaction'),
    associated_data: 'transaction',
    nonce: gcmNonce,
  };
  const body =
    options.rawBody ??
    JSON.stringify({
      id: 'EV-2018022511223320873',
      create_time: '2015-05-20T13:29:35+08:00',
      resource_type: 'encrypt-resource',
      event_type: 'TRANSACTION.SUCCESS',
      summary: '支付成功',
      resource,
      ...options.envelope,
    });
  const message = `${timestamp}\n${nonce}\n${body}\n`;
  const headers = {
    'Wechatpay-Serial': SERIAL,
    'Wechatpay-Signature': (options.signature ?? rsaSign)(message),
    'Wechatpay-Timestamp': timestamp,
    'Wechatpay-Nonce': nonce,
    'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048',
  };
  return { body, headers, timestamp, nonce };
}

/** The VerificationError `run` throws; fails the test if it throws anything else or nothing. */
function verificationFailure(run: () => unknown): VerificationError {
  const error = thrown(run);
  if (isVerificationError(error)) return error;
  throw error;
}

describe('verifyNotification: a good notification', () => {
  test('verifies and decrypts to the resource, keeping the envelope', () => {
    const { body, headers } = build();
    const n = verifyNotification<Transaction>({ body, headers, certs, apiv3Key: APIV3_KEY });
    expect(n.resource).toEqual(transaction);
    expect(n).toMatchObject({
      id: 'EV-2018022511223320873',
      event_type: 'TRANSACTION.SUCCESS',
      resource_type: 'encrypt-resource',
      summary: '支付成功',
      create_time: '2015-05-20T13:29:35+08:00',
    });
    expect(n.resource.amount.total).toBe(100);
  });

  test('takes the body as a Buffer and headers as node gives them (lower case) or in any case', () => {
    const { body, headers } = build();
    const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    const upper = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toUpperCase(), v]));
    expect(verifyNotification({ body: Buffer.from(body), headers: lower, certs, apiv3Key: APIV3_KEY }).resource).toEqual(transaction);
    expect(verifyNotification({ body: new Uint8Array(Buffer.from(body)), headers: upper, certs, apiv3Key: Buffer.from(APIV3_KEY) }).resource).toEqual(
      transaction,
    );
    // fetch-style headers: anything with get(name)
    const map = new Map(Object.entries(lower));
    expect(verifyNotification({ body, headers: { get: (name: string) => map.get(name.toLowerCase()) ?? null }, certs, apiv3Key: APIV3_KEY }).resource).toEqual(
      transaction,
    );
  });

  test('takes the platform keys as a Map, a client from Builder.factory, or any node of it (its live keys)', () => {
    const { body, headers } = build();
    expect(verifyNotification({ body, headers, certs: new Map([[SERIAL, platform.publicKey]]), apiv3Key: APIV3_KEY }).resource).toEqual(transaction);
    const wx = Builder.factory({ mchid: '1900000109', certs });
    expect(verifyNotification({ body, headers, certs: wx, apiv3Key: APIV3_KEY }).resource).toEqual(transaction);
    expect(verifyNotification({ body, headers, certs: wx.v3.pay.transactions, apiv3Key: APIV3_KEY }).resource).toEqual(transaction);
    // A key the certificate downloader adds to the client later counts at once.
    const later = Builder.factory({ mchid: '1900000109' });
    expect(verificationFailure(() => verifyNotification({ body, headers, certs: later, apiv3Key: APIV3_KEY })).reason).toBe(VerificationReason.UNKNOWN_SERIAL);
    clientOf(later).certs.set(SERIAL, { key: platform.publicKey });
    expect(verifyNotification({ body, headers, certs: later, apiv3Key: APIV3_KEY }).resource).toEqual(transaction);
  });

  test('a record of keys is parsed once, and again only after it is changed in place', () => {
    const record: Record<string, string> = { ...certs };
    const first = platformKeysOf(record);
    expect(platformKeysOf(record)).toBe(first);
    record.PUB_KEY_ID_0114232134912410000000000000 = platformPem;
    const second = platformKeysOf(record);
    expect(second).not.toBe(first);
    expect([...second.keys()]).toEqual([SERIAL, 'PUB_KEY_ID_0114232134912410000000000000']);
    expect(platformKeysOf(record)).toBe(second);
  });

  test('a timestamp exactly 300 s old still verifies (the limit is inclusive)', () => {
    const { body, headers, timestamp } = build();
    const now = (Number(timestamp) + 300) * 1000;
    expect(verifyNotification({ body, headers, certs, apiv3Key: APIV3_KEY, now }).resource).toEqual(transaction);
  });

  test('associated_data may be absent or empty, as on some event types', () => {
    const nonce = 'uluk4a9R25RW';
    const resource = {
      algorithm: 'AEAD_AES_256_GCM',
      original_type: 'refund',
      nonce,
      ciphertext: gcmEncrypt('{"refund_status":"SUCCESS"}', APIV3_KEY, nonce, ''),
    };
    const { body, headers } = build({ envelope: { event_type: 'REFUND.SUCCESS', resource } });
    expect(verifyNotification({ body, headers, certs, apiv3Key: APIV3_KEY }).resource).toEqual({ refund_status: 'SUCCESS' });
  });
});

describe('notificationAnswer', () => {
  test('success: 204 with no body', () => {
    expect(notificationAnswer()).toEqual({ status: 204, headers: {}, body: '' });
  });

  test('a verification failure: 401 with {"code":"FAIL"} naming only the reason', () => {
    const { body, headers } = build();
    const error = verificationFailure(() => verifyNotification({ body: body + ' ', headers, certs, apiv3Key: APIV3_KEY }));
    const answer = notificationAnswer(error);
    expect(answer.status).toBe(401);
    expect(answer.headers['Content-Type']).toMatch(/^application\/json/);
    expect(JSON.parse(answer.body)).toEqual({ code: 'FAIL', message: 'verification failed (BAD_SIGNATURE)' });
  });

  test('any other failure: 500, and an Error message does not leak to WeChat', () => {
    expect(notificationAnswer(new Error('db password=hunter2 refused'))).toEqual({
      status: 500,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: '{"code":"FAIL","message":"internal error"}',
    });
    expect(JSON.parse(notificationAnswer('order not found').body)).toEqual({ code: 'FAIL', message: 'order not found' });
  });
});

// Type checks, compiled by tsc: the generic reaches `resource`, the envelope keeps its fields.
export function typeChecks(n: Notification<Transaction>): void {
  const total: number = n.resource.amount.total;
  const event: string = n.event_type;
  // @ts-expect-error: `amount.total` is a number
  const wrong: string = n.resource.amount.total;
  void [total, event, wrong];
}
