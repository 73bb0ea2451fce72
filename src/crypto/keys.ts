import { createPrivateKey, createPublicKey, X509Certificate, type KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { types } from 'node:util';
import { ConfigurationError, describePath } from '../errors';
import { fileKind, fsReason, MAX_KEY_FILE_BYTES, readRegularFileSync } from '../util/files';
import { BASE64 } from './base64';

// Key loading as PHP's `Rsa::from` does it; errors name what was expected and what came, never the key.

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

// OpenSSL's errors name the reason, never the key bytes: safe to quote.
export function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

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

export function fromDer(kind: string, body: string, type: KeyType): KeyObject {
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
    return readKeyFile(path, what, describePath(path));
  }
  // A plain path only when such a file exists: a bare base64 key must never be echoed as a "path".
  if (!/[\r\n]/.test(text) && text.length < 4096 && existsSync(text)) return readKeyFile(text, what, 'the file at the given path');
  return undefined;
}

/** A FIFO or device is refused: it could block the process. */
function readKeyFile(path: string, what: string, shown: string): string {
  try {
    const tooLarge = () => new ConfigurationError(`${what}: ${shown} is over ${MAX_KEY_FILE_BYTES} bytes (MAX_KEY_FILE_BYTES), too large for a key file`);
    return readRegularFileSync(
      path,
      (stats) => {
        if (!stats.isFile()) throw new ConfigurationError(`${what}: ${shown} is ${fileKind(stats)}, not a key file`);
        if (stats.size > MAX_KEY_FILE_BYTES) throw tooLarge();
      },
      { maxBytes: MAX_KEY_FILE_BYTES, tooLarge },
    ).toString('utf8');
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`${what}: cannot read ${shown} (${(error as NodeJS.ErrnoException).code ?? fsReason(error)}).`);
  }
}

function isX509(thing: unknown): thing is X509Certificate {
  return thing instanceof X509Certificate || (typeof thing === 'object' && thing !== null && 'fingerprint256' in thing && 'publicKey' in thing);
}

export function keyOf(thing: KeyLike, type: KeyType): KeyObject {
  if (types.isKeyObject(thing) && (thing as KeyObject).type === type && (thing as KeyObject).asymmetricKeyType === 'rsa') {
    return thing as KeyObject;
  }
  return from(thing, type);
}

function isKeyWithPassphrase(thing: unknown): thing is readonly unknown[] {
  return Array.isArray(thing);
}

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

export function checkKeyType(type: unknown, where: string): asserts type is KeyType {
  if (type !== 'private' && type !== 'public') {
    throw new ConfigurationError(`${where}: type must be 'private' or 'public'; got ${JSON.stringify(String(type))}.`);
  }
}

export function from(thing: KeyLike, type: KeyType = 'private'): KeyObject {
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
export function fromPkcs1(encoded: string, type?: KeyType): KeyObject;
/** @deprecated Pass `'public'` or `'private'`, as PHP does; `true` means public. */
export function fromPkcs1(encoded: string, isPublic: boolean): KeyObject;
export function fromPkcs1(encoded: string, type: KeyType | boolean = 'private'): KeyObject {
  const kind = typeof type === 'boolean' ? (type ? 'public' : 'private') : type;
  checkKeyType(kind, 'Rsa.fromPkcs1');
  return fromDer(kind === 'public' ? 'public.pkcs1' : 'private.pkcs1', encoded, kind);
}
