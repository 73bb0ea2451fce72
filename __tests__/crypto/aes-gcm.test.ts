import { createDecipheriv, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES } from '../helpers/shared';
import { AesGcm } from '../../src/crypto';
import { ConfigurationError, ErrorCode, type WechatpayError } from '../../src/errors/errors';
import { thrownCode } from '../helpers/thrown';

const vectors = JSON.parse(readFileSync(path.join(FIXTURES, 'vectors.json'), 'utf8'));
const v = vectors.aesGcm as { key: string; nonce: string; aad: string; plaintext: string; base64: string };

/** Asserts `fn` throws a WechatpayError with the verification code, and that the key is not in its message. */
const expectVerificationError = (fn: () => unknown, key = v.key): WechatpayError => thrownCode(fn, ErrorCode.VERIFICATION, key);

/** base64 with one byte changed at `index` (negative counts from the end). */
function flipByte(b64: string, index: number): string {
  const bytes = Buffer.from(b64, 'base64');
  const at = index < 0 ? bytes.length + index : index;
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  return bytes.toString('base64');
}

describe('AesGcm known answer (official Java SDK vector)', () => {
  it('decrypts the vector', () => {
    expect(AesGcm.decrypt(v.base64, v.key, v.nonce, v.aad)).toBe(v.plaintext);
  });

  it('encrypt reproduces the vector base64', () => {
    expect(AesGcm.encrypt(v.plaintext, v.key, v.nonce, v.aad)).toBe(v.base64);
  });

  it('accepts the key, iv and aad as Buffers', () => {
    expect(AesGcm.decrypt(v.base64, Buffer.from(v.key), Buffer.from(v.nonce), Buffer.from(v.aad))).toBe(v.plaintext);
  });
});

describe('AesGcm round trip', () => {
  it('round trips UTF-8 text with the default empty aad, and node decrypts it independently', () => {
    const key = randomBytes(32);
    const iv = 'abcdefghijkl';
    const text = '{"resource":"证书","amount":1}';
    const b64 = AesGcm.encrypt(text, key, iv);
    expect(AesGcm.decrypt(b64, key, iv)).toBe(text);

    const bytes = Buffer.from(b64, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv));
    decipher.setAuthTag(bytes.subarray(-16));
    const plain = Buffer.concat([decipher.update(bytes.subarray(0, -16)), decipher.final()]).toString('utf8');
    expect(plain).toBe(text);
  });
});

describe('AesGcm failures', () => {
  it('wrong key: verification error', () => {
    expectVerificationError(() => AesGcm.decrypt(v.base64, 'b'.repeat(32), v.nonce, v.aad));
  });

  it('tampered tag: verification error', () => {
    expectVerificationError(() => AesGcm.decrypt(flipByte(v.base64, -1), v.key, v.nonce, v.aad));
  });

  it('tampered ciphertext: verification error', () => {
    expectVerificationError(() => AesGcm.decrypt(flipByte(v.base64, 0), v.key, v.nonce, v.aad));
  });

  it('tampered aad: verification error', () => {
    expectVerificationError(() => AesGcm.decrypt(v.base64, v.key, v.nonce, 'associatedDatA'));
  });

  it('missing aad (default) when one was used: verification error', () => {
    expectVerificationError(() => AesGcm.decrypt(v.base64, v.key, v.nonce));
  });

  it('tampered iv: verification error', () => {
    expectVerificationError(() => AesGcm.decrypt(v.base64, v.key, 'uluk4a9R25RX', v.aad));
  });

  it('empty iv: verification error, not a crash', () => {
    expectVerificationError(() => AesGcm.decrypt(v.base64, v.key, '', v.aad));
  });

  it('ciphertext shorter than the 16-byte tag: verification error naming the length', () => {
    const short = Buffer.from(v.base64, 'base64').subarray(0, 15).toString('base64');
    const error = expectVerificationError(() => AesGcm.decrypt(short, v.key, v.nonce, v.aad));
    expect(error.message).toMatch(/15 bytes/);
    expectVerificationError(() => AesGcm.decrypt('', v.key, v.nonce, v.aad));
  });

  it('a bare tag (16 bytes, empty plaintext) that is forged: verification error', () => {
    expectVerificationError(() => AesGcm.decrypt(Buffer.alloc(16).toString('base64'), v.key, v.nonce, v.aad));
  });

  it('ciphertext that is not base64: verification error', () => {
    expectVerificationError(() => AesGcm.decrypt('not base64 at all!', v.key, v.nonce, v.aad));
  });

  it.each([
    ['31 bytes', 'a'.repeat(31)],
    ['33 bytes', 'a'.repeat(33)],
    ['empty', ''],
    ['16-byte Buffer', Buffer.alloc(16)],
  ])('key of the wrong length (%s): ConfigurationError without the key', (_label, key) => {
    for (const call of [() => AesGcm.decrypt(v.base64, key, v.nonce, v.aad), () => AesGcm.encrypt('x', key, v.nonce)]) {
      expect(call).toThrow(ConfigurationError);
      expect(call).toThrow(/32 bytes/);
      if (typeof key === 'string' && key) expect(call).not.toThrow(key);
    }
  });
});
