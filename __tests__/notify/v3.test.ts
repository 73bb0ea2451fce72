import { Builder, VerificationReason } from '../../src';
import { clientOf } from '../../src/client/client';
import { notificationAnswer, platformKeysOf, verifyNotification, type Notification } from '../../src/notify';

import { SERIAL, APIV3_KEY, platform, platformPem, certs, type Transaction, transaction, gcmEncrypt, build, verificationFailure } from './v3-notification';

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
