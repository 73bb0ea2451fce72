import { constants, privateDecrypt, publicEncrypt, sign as nodeSign, verify as nodeVerify, type KeyObject } from 'node:crypto';
import { InvalidRequestError, VerificationError, VerificationReason } from '../errors';
import { BASE64 } from './base64';
import { from, fromDer, fromPkcs1, keyOf, reason, type KeyLike } from './keys';

export { readPemSource } from './keys';
export type { KeyLike, KeyType, KeyWithPassphrase } from './keys';

/** Signatures WeChat Pay sends on purpose to see whether merchants really verify (docs/protocol.md). */
export const PROBE_PREFIX = 'WECHATPAY/SIGNTEST/';

function decodeBase64(text: unknown): Buffer | undefined {
  if (typeof text !== 'string') return undefined;
  const compact = text.trim();
  return compact !== '' && BASE64.test(compact) ? Buffer.from(compact, 'base64') : undefined;
}

/**
 * RSA for WeChat Pay, named and ordered like PHP's `WeChatPay\Crypto\Rsa`: SHA256withRSA
 * (PKCS#1 v1.5) signatures and RSA-OAEP (SHA-1) sensitive-field encryption, all base64.
 * Parse a key once with `Rsa.from` and pass the KeyObject: nothing is re-parsed then.
 *
 * @example
 * const key = Rsa.from('file:///etc/wechatpay/apiclient_key.pem', Rsa.KEY_TYPE_PRIVATE);
 * const signature = Rsa.sign('GET\n/v3/certificates\n1554208460\nNONCE\n\n', key);
 */
export const Rsa = {
  /** PHP's `Rsa::KEY_TYPE_PRIVATE`. */
  KEY_TYPE_PRIVATE: 'private' as const,
  /** PHP's `Rsa::KEY_TYPE_PUBLIC`. */
  KEY_TYPE_PUBLIC: 'public' as const,

  /**
   * Loads an RSA key, `type` `'private'` unless told `'public'` (PHP's default); a private key (or
   * certificate) asked as `public` gives its public half. An encrypted private key comes as PHP's
   * `[pem, passphrase]`. Throws a `ConfigurationError` naming what was expected; never echoes the
   * key or the passphrase.
   *
   * @example
   * const merchantKey = Rsa.from('file:///etc/wechatpay/apiclient_key.pem'); // 'private' by default
   * const platformKey = Rsa.from('file:///etc/wechatpay/wechatpay_public_key.pem', 'public');
   * const encryptedKey = Rsa.from([encryptedPem, passphrase]);
   */
  from,

  /**
   * PHP's `Rsa::fromPkcs8`: a private key from base64 PKCS#8 DER.
   * @example Rsa.fromPkcs8('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC...')
   */
  fromPkcs8: (encoded: string): KeyObject => fromDer('private.pkcs8', encoded, 'private'),

  /**
   * PHP's `Rsa::fromPkcs1`: a private (the default) or public key from base64 PKCS#1 DER.
   * @example Rsa.fromPkcs1('MIIBCgKCAQEA...', Rsa.KEY_TYPE_PUBLIC)
   */
  fromPkcs1,

  /**
   * PHP's `Rsa::fromSpki`: a public key from base64 SubjectPublicKeyInfo DER.
   * @example Rsa.fromSpki('MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA...')
   */
  fromSpki: (encoded: string): KeyObject => fromDer('public.spki', encoded, 'public'),

  /**
   * Base64 SHA256withRSA (PKCS#1 v1.5) signature of `message` (a string is signed as UTF-8).
   * @example const signature = Rsa.sign(`${appId}\n${timeStamp}\n${nonceStr}\n${pkg}\n`, merchantKey);
   */
  sign(message: string | Buffer, privateKey: KeyLike): string {
    return nodeSign('sha256', Buffer.from(message), keyOf(privateKey, 'private')).toString('base64');
  },

  /**
   * True when `signature` (base64) is a valid SHA256withRSA signature of `message`. A junk
   * signature (not base64, a `WECHATPAY/SIGNTEST/` probe, wrong length) is `false`, never a throw;
   * only an unusable key throws.
   * @example if (!Rsa.verify(`${ts}\n${nonce}\n${body}\n`, headers['wechatpay-signature'], platformKey)) reject();
   */
  verify(message: string | Buffer, signature: string, publicKey: KeyLike): boolean {
    const key = keyOf(publicKey, 'public');
    // WeChat's deliberate probes: must fail like any bad signature (see docs/protocol.md).
    if (typeof signature === 'string' && signature.startsWith(PROBE_PREFIX)) return false;
    const bytes = decodeBase64(signature);
    if (!bytes) return false;
    try {
      return nodeVerify('sha256', Buffer.from(message), key, bytes);
    } catch {
      return false;
    }
  },

  /**
   * Base64 RSA-OAEP (SHA-1) encryption, WeChat's rule for sensitive fields; send the key's id in
   * the `Wechatpay-Serial` header. At most 214 bytes of plaintext with a 2048-bit key.
   * @example const name = Rsa.encrypt('张三', platformKey);
   */
  encrypt(plaintext: string | Buffer, publicKey: KeyLike): string {
    const key = keyOf(publicKey, 'public');
    try {
      return publicEncrypt({ key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, Buffer.from(plaintext)).toString('base64');
    } catch (error) {
      throw new InvalidRequestError(
        `Rsa.encrypt: could not encrypt ${Buffer.byteLength(plaintext)} bytes (${reason(error)}); RSA-OAEP with a 2048-bit key takes at most 214 bytes.`,
      );
    }
  },

  /**
   * Decrypts base64 RSA-OAEP (SHA-1) ciphertext to a UTF-8 string.
   * @example const name = Rsa.decrypt(notification.payer_name, merchantKey);
   */
  decrypt(ciphertext: string, privateKey: KeyLike): string {
    const key = keyOf(privateKey, 'private');
    const bytes = decodeBase64(ciphertext);
    if (!bytes) throw new VerificationError(VerificationReason.DECRYPT_FAILED, 'Rsa.decrypt: the ciphertext is not base64 text.');
    try {
      return privateDecrypt({ key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, bytes).toString('utf8');
    } catch (error) {
      throw new VerificationError(
        VerificationReason.DECRYPT_FAILED,
        `Rsa.decrypt: RSA-OAEP (SHA-1) decryption failed (${reason(error)}); wrong private key or tampered ciphertext.`,
      );
    }
  },
} as const;
