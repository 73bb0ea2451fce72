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
import { ConfigurationError, InvalidRequestError, VerificationError, VerificationReason, describePath } from '../errors';
import { BASE64 } from './base64';

/** Signatures WeChat Pay sends on purpose to see whether merchants really verify (PROTOCOL.md). */
export const PROBE_PREFIX = 'WECHATPAY/SIGNTEST/';

/** Which half of an RSA key pair is wanted. */
export type KeyType = 'private' | 'public';

/**
 * PHP's array form of an encrypted private key: the key (`BEGIN ENCRYPTED PRIVATE KEY` or an
 * encrypted `BEGIN RSA PRIVATE KEY` PEM, as text, a `file://` URL or a path) and its passphrase.
 *
 * @example Builder.factory({ mchid, serial, privateKey: ['file:///etc/wechatpay/apiclient_key.pem', process.env.KEY_PASSPHRASE!] })
 */
export type KeyWithPassphrase = readonly [key: string | Buffer, passphrase: string];

/**
 * Anything `Rsa.from` turns into a key: a `KeyObject`, an `X509Certificate`, PEM text (string or
 * Buffer), a `file://` URL or path to a PEM file, a PHP-style `private.pkcs1://<base64 DER>`, or
 * PHP's `[pem, passphrase]` pair for an encrypted private key.
 */
export type KeyLike = KeyObject | X509Certificate | string | Buffer | KeyWithPassphrase;

const EXPECTED: Record<KeyType, string> = {
  private:
    'a private RSA key: a KeyObject, PEM text `BEGIN RSA PRIVATE KEY` (PKCS#1) or `BEGIN PRIVATE KEY` (PKCS#8), ' +
    'a file:// URL or path to such a file, `private.pkcs1://` / `private.pkcs8://` + base64 DER, ' +
    'or [pem, passphrase] for a `BEGIN ENCRYPTED PRIVATE KEY` PEM',
  public:
    'a public RSA key: a KeyObject, PEM text `BEGIN PUBLIC KEY` (SPKI), `BEGIN RSA PUBLIC KEY` (PKCS#1) or ' +
    '`BEGIN CERTIFICATE` (X.509), a file:// URL or path to such a file, or `public.spki://` / `public.pkcs1://` + base64 DER',
};

// PHP's Rsa::from prefixes for base64 DER: the wire form WeChat's own tools print keys in.
const PREFIXED = /^(private\.pkcs1|private\.pkcs8|public\.pkcs1|public\.spki):\/\/([\s\S]*)$/;
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;
// OpenSSL's traditional encrypted PKCS#1 PEM: `BEGIN RSA PRIVATE KEY` with a `Proc-Type` header.
const ENCRYPTED_PKCS1 = /^Proc-Type:\s*4,ENCRYPTED/m;
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
    // PHP's prefixes wrap unencrypted DER only (PHP 1.4.12 cannot load an encrypted one either).
    if ((error as NodeJS.ErrnoException).code === 'ERR_MISSING_PASSPHRASE') {
      return fail(type, `\`${kind}://\` DER that is encrypted; give the \`BEGIN ENCRYPTED PRIVATE KEY\` PEM with its passphrase as [pem, passphrase]`);
    }
    return fail(type, `\`${kind}://\` DER that could not be parsed (${reason(error)})`);
  }
}

/** An encrypted private key PEM block, decrypted with the passphrase; neither is ever quoted. */
function fromEncryptedPem(label: string, text: string, type: KeyType, passphrase: string | undefined): KeyObject {
  if (passphrase === undefined) {
    fail(type, `an encrypted \`${label}\` PEM without its passphrase; pass [pem, passphrase] (PHP's array form)`);
  }
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: text, format: 'pem', passphrase });
  } catch (error) {
    throw new ConfigurationError(
      `Rsa.from: the passphrase does not decrypt the encrypted \`${label}\` PEM (${reason(error)}): check that it is the passphrase this key was encrypted with.`,
    );
  }
  return fit(key, type, `encrypted \`${label}\` PEM`);
}

function fromPem(pem: string, type: KeyType, passphrase: string | undefined): KeyObject {
  const blocks = [...pem.matchAll(PEM_BLOCK)].map((m) => ({ label: m[1] ?? '', text: m[0] }));
  if (blocks.length === 0) fail(type, 'text with no complete PEM block');
  // A bundle (key + certificate, or a chain) is fine: take the first block that can serve.
  const block =
    blocks.find((b) => (type === 'private' ? /PRIVATE KEY$/.test(b.label) : true)) ??
    fail(type, `PEM holding only ${blocks.map((b) => `\`${b.label}\``).join(', ')}, which cannot sign or decrypt`);
  const { label, text } = block;
  if (label === 'ENCRYPTED PRIVATE KEY' || (label === 'RSA PRIVATE KEY' && ENCRYPTED_PKCS1.test(text))) {
    return fromEncryptedPem(label, text, type, passphrase);
  }
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
      throw new ConfigurationError(`${what}: ${describePath(text)} is not a valid file:// URL (${reason(error)}); write file:///absolute/path.`);
    }
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      throw new ConfigurationError(`${what}: cannot read ${describePath(path)} (${(error as NodeJS.ErrnoException).code ?? reason(error)}).`);
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

function isKeyWithPassphrase(thing: unknown): thing is readonly unknown[] {
  return Array.isArray(thing);
}

/** PHP's `[key, passphrase]`: the key as PEM text, a `file://` URL or a path (never a DER prefix). */
function fromKeyWithPassphrase(pair: readonly unknown[], type: KeyType): KeyObject {
  const [key, passphrase] = pair;
  if (pair.length !== 2 || (typeof key !== 'string' && !Buffer.isBuffer(key))) {
    fail(type, `an array that is not PHP's [key, passphrase] pair (${pair.length} items; the key first, as PEM text, a file:// URL or a path)`);
  }
  if (typeof passphrase !== 'string' || passphrase === '') {
    fail(
      type,
      `[key, passphrase] with ${passphrase === '' ? 'an empty' : 'a missing'} passphrase; give the passphrase the key was encrypted with, as a string`,
    );
  }
  const prefixed = typeof key === 'string' ? PREFIXED.exec(key.trim()) : null;
  if (prefixed)
    fail(
      type,
      `[\`${prefixed[1]}://…\`, passphrase]: PHP's prefixes hold unencrypted DER; give the \`BEGIN ENCRYPTED PRIVATE KEY\` PEM (text, file:// URL or path) with the passphrase`,
    );
  return fromText(key, type, passphrase);
}

/** PEM text, or a `file://` URL or path to a PEM file. */
function fromText(thing: string | Buffer, type: KeyType, passphrase: string | undefined): KeyObject {
  const pem = readPemSource(thing, 'Rsa.from');
  if (pem === undefined) {
    return fail(
      type,
      `a ${Buffer.isBuffer(thing) ? 'Buffer' : 'string'} that is not PEM text, not a known prefix, and not a path to an existing file (value not shown)`,
    );
  }
  return fromPem(pem, type, passphrase);
}

function checkKeyType(type: unknown, where: string): asserts type is KeyType {
  if (type !== 'private' && type !== 'public') {
    throw new ConfigurationError(`${where}: type must be 'private' or 'public'; got ${JSON.stringify(String(type))}.`);
  }
}

function from(thing: KeyLike, type: KeyType = 'private'): KeyObject {
  checkKeyType(type, 'Rsa.from');
  if (isKeyWithPassphrase(thing)) return fromKeyWithPassphrase(thing, type);
  if (types.isKeyObject(thing)) return fit(thing as KeyObject, type, 'KeyObject');
  if (isX509(thing)) return fit(thing.publicKey, type, 'certificate key');
  if (typeof thing === 'string') {
    const prefixed = PREFIXED.exec(thing.trim());
    if (prefixed) return fromDer(prefixed[1] ?? '', prefixed[2] ?? '', type);
  } else if (!Buffer.isBuffer(thing)) {
    return fail(type, thing === null ? 'null' : typeof thing);
  }
  return fromText(thing, type, undefined);
}

/** PHP's `Rsa::fromPkcs1` type: `'private'` (the default) or `'public'`; `true`/`false` are the older spelling of public/private. */
function fromPkcs1(encoded: string, type?: KeyType): KeyObject;
/** @deprecated Pass `'public'` or `'private'`, as PHP does; `true` means public. */
function fromPkcs1(encoded: string, isPublic: boolean): KeyObject;
function fromPkcs1(encoded: string, type: KeyType | boolean = 'private'): KeyObject {
  const kind = typeof type === 'boolean' ? (type ? 'public' : 'private') : type;
  checkKeyType(kind, 'Rsa.fromPkcs1');
  return fromDer(kind === 'public' ? 'public.pkcs1' : 'private.pkcs1', encoded, kind);
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
    // WeChat's deliberate probes: must fail like any bad signature (see PROTOCOL.md).
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
