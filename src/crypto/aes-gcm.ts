import { createCipheriv, createDecipheriv } from 'node:crypto';
import { ConfigurationError, VerificationError, VerificationReason } from '../errors/errors';
import { BASE64 } from './base64';

/** Bytes of the GCM authentication tag WeChat appends to every ciphertext. */
const TAG_LENGTH = 16;
/** AES-256: the APIv3 key is exactly 32 bytes. */
const KEY_LENGTH = 32;

/**
 * The APIv3 key as its 32 bytes, from a string (UTF-8) or a Buffer, or a `ConfigurationError`
 * naming `where` that says what came (never the key itself): the one check of the APIv3 key.
 *
 * @example apiv3KeyOf(process.env.WECHATPAY_APIV3_KEY, 'Certificates.download').length // 32
 */
export function apiv3KeyOf(value: unknown, where: string): Buffer {
  if (typeof value !== 'string' && !Buffer.isBuffer(value)) {
    throw new ConfigurationError(
      `${where}: the APIv3 key (API安全 > APIv3密钥) must be ${KEY_LENGTH} bytes, as a string or Buffer; got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`,
    );
  }
  const bytes = Buffer.isBuffer(value) ? value : Buffer.from(value, 'utf8');
  if (bytes.length !== KEY_LENGTH) {
    throw new ConfigurationError(
      `${where}: the APIv3 key (API安全 > APIv3密钥) must be ${KEY_LENGTH} bytes; got ${bytes.length} bytes. Copy it again from the merchant platform (it is not the APIv2 key).`,
    );
  }
  return bytes;
}

const keyBytes = (key: unknown, where: string): Buffer => apiv3KeyOf(key, where);

/**
 * AES-256-GCM, named and ordered like PHP's `WeChatPay\Crypto\AesGcm`: the cipher of APIv3
 * notifications (`resource`) and of `GET /v3/certificates`. Ciphertext is base64(ct || 16-byte tag).
 *
 * @example
 * const { ciphertext, nonce, associated_data } = notification.resource;
 * const json = AesGcm.decrypt(ciphertext, apiv3Key, nonce, associated_data);
 */
export const AesGcm = {
  /**
   * Encrypts UTF-8 `plaintext`; returns base64 of ciphertext followed by the 16-byte tag.
   * @example AesGcm.encrypt('message', apiv3Key, 'uluk4a9R25RW', 'associatedData')
   */
  encrypt(plaintext: string | Buffer, key: string | Buffer, iv: string | Buffer, aad: string | Buffer = ''): string {
    const k = keyBytes(key, 'AesGcm.encrypt');
    const nonce = Buffer.from(iv);
    if (nonce.length === 0) throw new ConfigurationError('AesGcm.encrypt: the iv (nonce) is empty; WeChat uses 12 bytes.');
    const cipher = createCipheriv('aes-256-gcm', k, nonce, { authTagLength: TAG_LENGTH });
    cipher.setAAD(Buffer.from(aad));
    return Buffer.concat([cipher.update(Buffer.from(plaintext)), cipher.final(), cipher.getAuthTag()]).toString('base64');
  },

  /**
   * Decrypts base64(ct || tag) and checks the tag: a wrong key, or a ciphertext, nonce or
   * associated data that was altered, throws a `WechatpayError` with code `ERR_VERIFICATION`.
   * @example AesGcm.decrypt('ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI=', apiv3Key, 'uluk4a9R25RW', 'associatedData') // 'message'
   */
  decrypt(ciphertext: string, key: string | Buffer, iv: string | Buffer, aad: string | Buffer = ''): string {
    const k = keyBytes(key, 'AesGcm.decrypt');
    const text = typeof ciphertext === 'string' ? ciphertext.trim() : '';
    if (!BASE64.test(text)) throw new VerificationError(VerificationReason.DECRYPT_FAILED, 'AesGcm.decrypt: the ciphertext is not base64 text.');
    const bytes = Buffer.from(text, 'base64');
    // Without a whole tag there is nothing to authenticate: refuse rather than emit unchecked bytes.
    if (bytes.length < TAG_LENGTH) {
      throw new VerificationError(
        VerificationReason.DECRYPT_FAILED,
        `AesGcm.decrypt: the ciphertext is ${bytes.length} bytes, shorter than the ${TAG_LENGTH}-byte tag it must end with.`,
      );
    }
    const nonce = Buffer.from(iv ?? '');
    if (nonce.length === 0) throw new VerificationError(VerificationReason.DECRYPT_FAILED, 'AesGcm.decrypt: the iv (nonce) is empty.');
    try {
      const decipher = createDecipheriv('aes-256-gcm', k, nonce, { authTagLength: TAG_LENGTH });
      decipher.setAuthTag(bytes.subarray(bytes.length - TAG_LENGTH));
      decipher.setAAD(Buffer.from(aad ?? ''));
      const plain = Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - TAG_LENGTH)), decipher.final()]);
      return plain.toString('utf8');
    } catch {
      throw new VerificationError(
        VerificationReason.DECRYPT_FAILED,
        'AesGcm.decrypt: authentication failed: wrong APIv3 key, or the ciphertext, nonce or associated data was altered.',
      );
    }
  },
} as const;
