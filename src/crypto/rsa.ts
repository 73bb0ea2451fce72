import {
  constants,
  createPrivateKey,
  createPublicKey,
  privateDecrypt,
  publicEncrypt,
  sign as nodeSign,
  verify as nodeVerify,
  X509Certificate,
  type KeyObject,
} from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { types } from 'node:util';
import { ConfigurationError, InvalidRequestError, VerificationError, VerificationReason } from '../errors/errors';
import { BASE64 } from './base64';

/** Which half of an RSA key pair is wanted. */
export type KeyType = 'private' | 'public';

/**
 * Anything `Rsa.from` turns into a key: a `KeyObject`, an `X509Certificate`, PEM text (string or
 * Buffer), a `file://` URL or path to a PEM file, or a PHP-style `private.pkcs1://<base64 DER>`.
 */
export type KeyLike = KeyObject | X509Certificate | string | Buffer;

const EXPECTED: Record<KeyType, string> = {
  private:
    'a private RSA key: a KeyObject, PEM text `BEGIN RSA PRIVATE KEY` (PKCS#1) or `BEGIN PRIVATE KEY` (PKCS#8), ' +
    'a file:// URL or path to such a file, or `private.pkcs1://` / `private.pkcs8://` + base64 DER',
  public:
    'a public RSA key: a KeyObject, PEM text `BEGIN PUBLIC KEY` (SPKI), `BEGIN RSA PUBLIC KEY` (PKCS#1) or ' +
    '`BEGIN CERTIFICATE` (X.509), a file:// URL or path to such a file, or `public.spki://` / `public.pkcs1://` + base64 DER',
};

// PHP's Rsa::from prefixes for base64 DER: the wire form WeChat's own tools print keys in.
const PREFIXED = /^(private\.pkcs1|private\.pkcs8|public\.pkcs1|public\.spki):\/\/([\s\S]*)$/;
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;
// Public halves derived from private KeyObjects, so verify/encrypt with a private key parse once.
const derivedPublic = new WeakMap<KeyObject, KeyObject>();

function fail(type: KeyType, got: string): never {
  throw new ConfigurationError(`Rsa.from: expected ${EXPECTED[type]}; got ${got}.`);
}

/** Errors from OpenSSL name the reason, never the key bytes, so they are safe to quote. */
function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Checks algorithm and kind, deriving the public half when a private key is asked as public. */
function fit(key: KeyObject, type: KeyType, what: string): KeyObject {
  if (key.type === 'secret') fail(type, `a symmetric (secret) ${what}`);
  if (key.asymmetricKeyType !== 'rsa') {
    fail(type, `a ${what} holding an ${key.asymmetricKeyType ?? 'unknown'} key (WeChat Pay signs and encrypts with RSA only)`);
  }
  if (key.type === type) return key;
  if (type === 'private') fail(type, `a public ${what}, which cannot sign or decrypt`);
  let pub = derivedPublic.get(key);
  if (!pub) derivedPublic.set(key, (pub = createPublicKey(key)));
  return pub;
}

function fromDer(kind: string, body: string, type: KeyType): KeyObject {
  const text = body.replace(/\s+/g, '');
  if (!BASE64.test(text) || text === '') fail(type, `\`${kind}://\` followed by something that is not base64 DER`);
  const key = Buffer.from(text, 'base64');
  try {
    const parsed =
      kind === 'private.pkcs1' || kind === 'private.pkcs8'
        ? createPrivateKey({ key, format: 'der', type: kind === 'private.pkcs1' ? 'pkcs1' : 'pkcs8' })
        : createPublicKey({ key, format: 'der', type: kind === 'public.pkcs1' ? 'pkcs1' : 'spki' });
    return fit(parsed, type, `key from \`${kind}://\``);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    return fail(type, `\`${kind}://\` DER that could not be parsed (${reason(error)})`);
  }
}

function fromPem(pem: string, type: KeyType): KeyObject {
  const blocks = [...pem.matchAll(PEM_BLOCK)].map((m) => ({ label: m[1] ?? '', text: m[0] }));
  if (blocks.length === 0) fail(type, 'text with no complete PEM block');
  // A bundle (key + certificate, or a chain) is fine: take the first block that can serve.
  const block =
    blocks.find((b) => (type === 'private' ? /PRIVATE KEY$/.test(b.label) : true)) ??
    fail(type, `PEM holding only ${blocks.map((b) => `\`${b.label}\``).join(', ')}, which cannot sign or decrypt`);
  const { label, text } = block;
  if (label === 'ENCRYPTED PRIVATE KEY') fail(type, 'an encrypted private key; decrypt it first (openssl pkcs8 -in key.pem -out plain.pem)');
  try {
    if (label === 'CERTIFICATE') return fit(new X509Certificate(text).publicKey, type, 'certificate key');
    if (label === 'RSA PRIVATE KEY' || label === 'PRIVATE KEY') return fit(createPrivateKey(text), type, `\`${label}\` PEM`);
    if (label === 'RSA PUBLIC KEY' || label === 'PUBLIC KEY') return fit(createPublicKey(text), type, `\`${label}\` PEM`);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    return fail(type, `a \`${label}\` PEM block that could not be parsed (${reason(error)})`);
  }
  return fail(type, `a \`${label}\` PEM block`);
}

/**
 * Reads PEM text from a `file://` URL or a plain path; returns PEM text unchanged; else undefined.
 * @internal shared with PemUtil, not part of the public API.
 */
export function readPemSource(thing: string | Buffer, what: string): string | undefined {
  const text = Buffer.isBuffer(thing) ? thing.toString('utf8') : thing;
  if (text.includes('-----BEGIN ')) return text;
  if (Buffer.isBuffer(thing)) return undefined;
  if (text.startsWith('file://')) {
    let path: string;
    try {
      path = fileURLToPath(text);
    } catch (error) {
      throw new ConfigurationError(`${what}: ${text} is not a valid file:// URL (${reason(error)}); write file:///absolute/path.`);
    }
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      throw new ConfigurationError(`${what}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? reason(error)}).`);
    }
  }
  // A plain path only when such a file exists: a bare base64 key must never be echoed as a "path".
  if (!/[\r\n]/.test(text) && text.length < 4096 && existsSync(text)) {
    try {
      return readFileSync(text, 'utf8');
    } catch (error) {
      throw new ConfigurationError(`${what}: cannot read the file at the given path (${(error as NodeJS.ErrnoException).code ?? reason(error)}).`);
    }
  }
  return undefined;
}

function isX509(thing: unknown): thing is X509Certificate {
  return thing instanceof X509Certificate || (typeof thing === 'object' && thing !== null && 'fingerprint256' in thing && 'publicKey' in thing);
}

/** Key argument to a KeyObject; a KeyObject of the right kind costs one property check. */
function keyOf(thing: KeyLike, type: KeyType): KeyObject {
  if (types.isKeyObject(thing) && (thing as KeyObject).type === type && (thing as KeyObject).asymmetricKeyType === 'rsa') {
    return thing as KeyObject;
  }
  return from(thing, type);
}

function from(thing: KeyLike, type: KeyType = 'public'): KeyObject {
  if (type !== 'private' && type !== 'public') {
    throw new ConfigurationError(`Rsa.from: type must be 'private' or 'public'; got ${JSON.stringify(String(type))}.`);
  }
  if (types.isKeyObject(thing)) return fit(thing as KeyObject, type, 'KeyObject');
  if (isX509(thing)) return fit(thing.publicKey, type, 'certificate key');
  if (typeof thing === 'string') {
    const prefixed = PREFIXED.exec(thing.trim());
    if (prefixed) return fromDer(prefixed[1] ?? '', prefixed[2] ?? '', type);
  } else if (!Buffer.isBuffer(thing)) {
    return fail(type, thing === null ? 'null' : typeof thing);
  }
  const pem = readPemSource(thing, 'Rsa.from');
  if (pem === undefined) {
    return fail(type, `a ${Buffer.isBuffer(thing) ? 'Buffer' : 'string'} that is not PEM text, not a known prefix, and not a path to an existing file (value not shown)`);
  }
  return fromPem(pem, type);
}

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
   * Loads an RSA key; a private key (or certificate) asked as `public` gives its public half.
   * Throws a `ConfigurationError` naming what was expected; never echoes the key.
   *
   * @example
   * const platformKey = Rsa.from('file:///etc/wechatpay/wechatpay_cert.pem'); // 'public' by default
   * const merchantKey = Rsa.from(`private.pkcs8://${base64Der}`, 'private');
   */
  from,

  /**
   * PHP's `Rsa::fromPkcs8`: a private key from base64 PKCS#8 DER.
   * @example Rsa.fromPkcs8('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC...')
   */
  fromPkcs8: (encoded: string): KeyObject => fromDer('private.pkcs8', encoded, 'private'),

  /**
   * PHP's `Rsa::fromPkcs1`: a private (or, with `isPublic`, public) key from base64 PKCS#1 DER.
   * @example Rsa.fromPkcs1('MIIBCgKCAQEA...', true)
   */
  fromPkcs1: (encoded: string, isPublic = false): KeyObject =>
    isPublic ? fromDer('public.pkcs1', encoded, 'public') : fromDer('private.pkcs1', encoded, 'private'),

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
    // WeChat's deliberate probes: must fail like any bad signature (see PROTOCOL.md).
    if (typeof signature === 'string' && signature.startsWith('WECHATPAY/SIGNTEST/')) return false;
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
      throw new InvalidRequestError(`Rsa.encrypt: could not encrypt ${Buffer.byteLength(plaintext)} bytes (${reason(error)}); RSA-OAEP with a 2048-bit key takes at most 214 bytes.`);
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
      throw new VerificationError(VerificationReason.DECRYPT_FAILED, `Rsa.decrypt: RSA-OAEP (SHA-1) decryption failed (${reason(error)}); wrong private key or tampered ciphertext.`);
    }
  },
} as const;
