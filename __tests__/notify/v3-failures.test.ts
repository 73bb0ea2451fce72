import { generateKeyPairSync } from 'node:crypto';
import { isConfigurationError, VerificationReason } from '../../src';
import { verifyNotification } from '../../src/notify';

import { SERIAL, APIV3_KEY, platform, platformPem, certs, gcmEncrypt, rsaSign, build, verificationFailure } from './v3-notification';

describe('verifyNotification: each failure has its own reason', () => {
  test('wrong APIv3 key -> DECRYPT_FAILED, after the signature held', () => {
    const { body, headers } = build();
    const error = verificationFailure(() => verifyNotification({ body, headers, certs, apiv3Key: 'Z'.repeat(32) }));
    expect(error.reason).toBe(VerificationReason.DECRYPT_FAILED);
    expect(error.message).toMatch(/APIv3 key is wrong/);
    expect(error.message).not.toContain('Z'.repeat(32));
  });

  test('one byte of the body changed -> BAD_SIGNATURE', () => {
    const { body, headers } = build();
    const tampered = body.replace('"TRANSACTION.SUCCESS"', '"TRANSACTION.SUCCESs"');
    expect(tampered).not.toBe(body);
    expect(Buffer.byteLength(tampered)).toBe(Buffer.byteLength(body));
    expect(verificationFailure(() => verifyNotification({ body: tampered, headers, certs, apiv3Key: APIV3_KEY })).reason).toBe(
      VerificationReason.BAD_SIGNATURE,
    );
    // And a signature by some other key over the exact body.
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const forged = build({ signature: (message) => rsaSign(message, other) });
    expect(verificationFailure(() => verifyNotification({ ...forged, certs, apiv3Key: APIV3_KEY })).reason).toBe(VerificationReason.BAD_SIGNATURE);
  });

  test('a timestamp 301 s old -> STALE_TIMESTAMP (and one 301 s ahead too)', () => {
    const old = build({ age: 301 });
    const error = verificationFailure(() =>
      verifyNotification({ body: old.body, headers: old.headers, certs, apiv3Key: APIV3_KEY, now: (Number(old.timestamp) + 301) * 1000 }),
    );
    expect(error.reason).toBe(VerificationReason.STALE_TIMESTAMP);
    expect(error.message).toMatch(/301 s from now/);
    const fresh = build();
    expect(verificationFailure(() => verifyNotification({ ...fresh, certs, apiv3Key: APIV3_KEY, now: (Number(fresh.timestamp) - 301) * 1000 })).reason).toBe(
      VerificationReason.STALE_TIMESTAMP,
    );
  });

  test('a WECHATPAY/SIGNTEST/ probe -> PROBE', () => {
    const probe = build({ signature: (message) => `WECHATPAY/SIGNTEST/${rsaSign(message)}` });
    expect(verificationFailure(() => verifyNotification({ ...probe, certs, apiv3Key: APIV3_KEY })).reason).toBe(VerificationReason.PROBE);
  });

  test.each(['Wechatpay-Timestamp', 'Wechatpay-Nonce', 'Wechatpay-Signature', 'Wechatpay-Serial'])('missing %s -> MISSING_HEADER naming it', (name) => {
    const { body, headers } = build();
    const { [name]: _dropped, ...rest } = headers;
    const error = verificationFailure(() => verifyNotification({ body, headers: rest, certs, apiv3Key: APIV3_KEY }));
    expect(error.reason).toBe(VerificationReason.MISSING_HEADER);
    expect(error.message).toContain(name);
  });

  test('a header sent twice is refused rather than guessed', () => {
    const { body, headers } = build();
    const twice = { ...headers, 'wechatpay-nonce': [headers['Wechatpay-Nonce']!, 'other'] };
    delete (twice as Record<string, unknown>)['Wechatpay-Nonce'];
    expect(verificationFailure(() => verifyNotification({ body, headers: twice, certs, apiv3Key: APIV3_KEY })).reason).toBe(VerificationReason.MISSING_HEADER);
    const both = { ...headers, 'wechatpay-serial': 'FFFF' };
    expect(verificationFailure(() => verifyNotification({ body, headers: both, certs, apiv3Key: APIV3_KEY })).message).toMatch(/given 2 times/);
  });

  test('an unknown serial -> UNKNOWN_SERIAL naming it and the known ones', () => {
    const { body, headers } = build();
    const error = verificationFailure(() =>
      verifyNotification({ body, headers: { ...headers, 'Wechatpay-Serial': 'PUB_KEY_ID_0000' }, certs, apiv3Key: APIV3_KEY }),
    );
    expect(error.reason).toBe(VerificationReason.UNKNOWN_SERIAL);
    expect(error.message).toContain('PUB_KEY_ID_0000');
    expect(error.message).toContain(SERIAL);
  });

  test('a body given as a parsed object -> a ConfigurationError telling the user to pass the raw body', () => {
    const { body, headers } = build();
    let caught: unknown;
    try {
      verifyNotification({ body: JSON.parse(body) as never, headers, certs, apiv3Key: APIV3_KEY });
    } catch (error) {
      caught = error;
    }
    expect(isConfigurationError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(/raw request body exactly as received.*already parsed object/);
    expect((caught as Error).message).toMatch(/express\.raw/);
  });

  test.each<[string, Parameters<typeof build>[0], RegExp]>([
    ['not JSON', { rawBody: '<xml>not json</xml>' }, /not JSON/],
    ['a JSON array', { rawBody: '[1,2]' }, /not an object/],
    ['no resource', { envelope: { resource: undefined } }, /no `resource` object/],
    [
      'another algorithm',
      { envelope: { resource: { algorithm: 'AEAD_SM4_GCM', ciphertext: 'AAAA', nonce: 'n', original_type: 'transaction' } } },
      /AEAD_SM4_GCM.*only AEAD_AES_256_GCM/,
    ],
    ['no ciphertext', { envelope: { resource: { algorithm: 'AEAD_AES_256_GCM', nonce: 'n', original_type: 'transaction' } } }, /no `ciphertext`/],
    [
      'associated_data of the wrong type',
      { envelope: { resource: { algorithm: 'AEAD_AES_256_GCM', ciphertext: 'AAAA', nonce: 'n', associated_data: 7 } } },
      /associated_data is not a string/,
    ],
  ])('a signed but malformed envelope (%s) -> UNPARSEABLE, never a crash', (_what, options, message) => {
    const { body, headers } = build(options);
    const error = verificationFailure(() => verifyNotification({ body, headers, certs, apiv3Key: APIV3_KEY }));
    expect(error.reason).toBe(VerificationReason.UNPARSEABLE);
    expect(error.message).toMatch(message);
  });

  test('a resource that decrypts to something other than JSON -> UNPARSEABLE', () => {
    const nonce = 'uluk4a9R25RW';
    const resource = {
      algorithm: 'AEAD_AES_256_GCM',
      original_type: 'transaction',
      nonce,
      associated_data: 'x',
      ciphertext: gcmEncrypt('not json', APIV3_KEY, nonce, 'x'),
    };
    const { body, headers } = build({ envelope: { resource } });
    expect(verificationFailure(() => verifyNotification({ body, headers, certs, apiv3Key: APIV3_KEY })).reason).toBe(VerificationReason.UNPARSEABLE);
  });

  test('configuration mistakes are named before the message is judged', () => {
    const { body, headers } = build({ age: 1000 });
    const configuration = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(isConfigurationError(error)).toBe(true);
        return (error as Error).message;
      }
      throw new Error('expected a ConfigurationError');
    };
    expect(configuration(() => verifyNotification({ body, headers, certs, apiv3Key: 'short' }))).toMatch(
      /`apiv3Key`: the APIv3 key .* must be 32 bytes; got 5 bytes/,
    );
    expect(configuration(() => verifyNotification({ body, headers, certs: [] as never, apiv3Key: APIV3_KEY }))).toMatch(/certs must be.*got an array/);
    expect(configuration(() => verifyNotification({ body, headers, certs: platform.publicKey, apiv3Key: APIV3_KEY }))).toMatch(/certs must be.*KeyObject/);
    expect(configuration(() => verifyNotification({ body, headers, certs: new Map([[SERIAL, platformPem]]), apiv3Key: APIV3_KEY }))).toMatch(
      /neither a KeyObject nor an X509Certificate/,
    );
    expect(configuration(() => verifyNotification({ body, headers, certs: { [SERIAL]: 'not a key' }, apiv3Key: APIV3_KEY }))).toMatch(/Rsa\.from/);
    expect(configuration(() => verifyNotification({ body, headers: undefined as never, certs, apiv3Key: APIV3_KEY }))).toMatch(/headers must be/);
  });
});
