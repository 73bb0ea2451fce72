import { createCipheriv, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES } from '../helpers/shared';
import { AesEcb } from '../../src/crypto';
import { ConfigurationError, ErrorCode, type WechatpayError } from '../../src/errors/errors';
import { thrownCode } from '../helpers/thrown';

const vectors = JSON.parse(readFileSync(path.join(FIXTURES, 'vectors.json'), 'utf8'));
const v = vectors.aesEcb as { plaintext: string; key: string; base64: string };

/** Asserts `fn` throws a WechatpayError with the verification code, and that the key is not in its message. */
const expectVerificationError = (fn: () => unknown, key: string): WechatpayError => thrownCode(fn, ErrorCode.VERIFICATION, key);

describe('AesEcb known answer (PHP SDK vector)', () => {
  it('encrypts the vector', () => {
    expect(AesEcb.encrypt(v.plaintext, v.key)).toBe(v.base64);
  });

  it('decrypts the vector', () => {
    expect(AesEcb.decrypt(v.base64, v.key)).toBe(v.plaintext);
  });

  it('ignores the iv, as ECB has none (PHP argument order kept)', () => {
    expect(AesEcb.encrypt(v.plaintext, v.key, 'ignored-iv')).toBe(v.base64);
    expect(AesEcb.decrypt(v.base64, Buffer.from(v.key), 'ignored-iv')).toBe(v.plaintext);
  });
});

describe('AesEcb refund req_info', () => {
  const secret = 'your-apiv2-secret-key-length-32b';
  const key = createHash('md5').update(secret).digest('hex');
  const xml = '<root><out_refund_no><![CDATA[R1]]></out_refund_no><refund_status><![CDATA[SUCCESS]]></refund_status></root>';

  it('decrypts what node:crypto encrypted with the MD5-hex key', () => {
    const cipher = createCipheriv('aes-256-ecb', Buffer.from(key, 'ascii'), null);
    const reqInfo = Buffer.concat([cipher.update(xml, 'utf8'), cipher.final()]).toString('base64');
    expect(AesEcb.decrypt(reqInfo, key)).toBe(xml);
    expect(AesEcb.encrypt(xml, key)).toBe(reqInfo);
  });

  it('the raw secret (not its MD5) fails as bad padding', () => {
    const reqInfo = AesEcb.encrypt(xml, key);
    expectVerificationError(() => AesEcb.decrypt(reqInfo, secret), secret);
  });
});

describe('AesEcb failures', () => {
  it('wrong key: verification error about padding', () => {
    const error = expectVerificationError(() => AesEcb.decrypt(v.base64, 'f'.repeat(32)), 'f'.repeat(32));
    expect(error.message).toMatch(/padding/);
  });

  it('ciphertext not a multiple of 16 bytes: verification error', () => {
    const cut = Buffer.from(v.base64, 'base64').subarray(0, 15).toString('base64');
    expectVerificationError(() => AesEcb.decrypt(cut, v.key), v.key);
  });

  it('empty ciphertext: verification error', () => {
    expectVerificationError(() => AesEcb.decrypt('', v.key), v.key);
  });

  it('ciphertext that is not base64: verification error', () => {
    expectVerificationError(() => AesEcb.decrypt('%%%not-base64%%%', v.key), v.key);
  });

  it('key of the wrong length: ConfigurationError naming the fix', () => {
    const short = v.key.slice(0, 16);
    for (const call of [() => AesEcb.encrypt('x', short), () => AesEcb.decrypt(v.base64, short)]) {
      expect(call).toThrow(ConfigurationError);
      expect(call).toThrow(/32-byte key; got 16/);
      expect(call).not.toThrow(short);
    }
  });
});
