import { createCipheriv, createDecipheriv } from 'node:crypto';
import { ConfigurationError, VerificationError, VerificationReason } from '../errors/errors';
import { BASE64 } from './base64';

const KEY_LENGTH = 32;
const BLOCK = 16;

function keyBytes(key: string | Buffer, where: string): Buffer {
  const bytes = Buffer.isBuffer(key) ? key : Buffer.from(String(key), 'utf8');
  if (bytes.length !== KEY_LENGTH) {
    throw new ConfigurationError(
      `${where}: AES-256-ECB needs a ${KEY_LENGTH}-byte key; got ${bytes.length}. For a refund's req_info use ` +
        "the lower-case hex MD5 of the APIv2 secret: createHash('md5').update(secret).digest('hex').",
    );
  }
  return bytes;
}

/**
 * AES-256-ECB with PKCS#7 padding, named and ordered like PHP's `WeChatPay\Crypto\AesEcb`: the
 * cipher of the APIv2 refund notification's `req_info`. The `iv` is accepted for PHP's order and
 * ignored, since ECB has none.
 *
 * @example
 * const key = createHash('md5').update(apiv2Secret).digest('hex');
 * const xml = AesEcb.decrypt(notice.req_info, key); // '<root>…</root>'
 */
export const AesEcb = {
  /**
   * Encrypts UTF-8 `plaintext`; returns base64.
   * @example AesEcb.encrypt('hello', '0123456789abcdef0123456789abcdef') // 'pZwJZBLuy3mDACEQT4YTBw=='
   */
  encrypt(plaintext: string | Buffer, key: string | Buffer, _iv: string | Buffer = ''): string {
    const cipher = createCipheriv('aes-256-ecb', keyBytes(key, 'AesEcb.encrypt'), null);
    return Buffer.concat([cipher.update(Buffer.from(plaintext)), cipher.final()]).toString('base64');
  },

  /**
   * Decrypts base64 ciphertext to UTF-8. A wrong key or damaged data shows as bad padding and
   * throws a `WechatpayError` with code `ERR_VERIFICATION`.
   * @example AesEcb.decrypt('pZwJZBLuy3mDACEQT4YTBw==', '0123456789abcdef0123456789abcdef') // 'hello'
   */
  decrypt(ciphertext: string, key: string | Buffer, _iv: string | Buffer = ''): string {
    const k = keyBytes(key, 'AesEcb.decrypt');
    const text = typeof ciphertext === 'string' ? ciphertext.trim() : '';
    if (!BASE64.test(text)) throw new VerificationError(VerificationReason.DECRYPT_FAILED, 'AesEcb.decrypt: the ciphertext is not base64 text.');
    const bytes = Buffer.from(text, 'base64');
    if (bytes.length === 0 || bytes.length % BLOCK !== 0) {
      throw new VerificationError(
        VerificationReason.DECRYPT_FAILED,
        `AesEcb.decrypt: the ciphertext is ${bytes.length} bytes, not a positive multiple of ${BLOCK}; it was truncated or is not AES.`,
      );
    }
    try {
      const decipher = createDecipheriv('aes-256-ecb', k, null);
      return Buffer.concat([decipher.update(bytes), decipher.final()]).toString('utf8');
    } catch {
      // ECB has no tag: a wrong key surfaces only as invalid PKCS#7 padding (most of the time).
      throw new VerificationError(
        VerificationReason.DECRYPT_FAILED,
        'AesEcb.decrypt: bad PKCS#7 padding: wrong key (for req_info, the MD5 hex of the APIv2 secret) or damaged ciphertext.',
      );
    }
  },
} as const;
