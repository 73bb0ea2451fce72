import { X509Certificate, type KeyObject } from 'node:crypto';
import { types } from 'node:util';
import { readPemSource, Rsa, type KeyLike } from './rsa';

/**
 * A WeChat Pay platform key as answers are verified with it: the public key and, when it came
 * from a certificate, the certificate's validity window (milliseconds since the epoch). A raw
 * public key (public-key mode, `PUB_KEY_ID_…`) has no dates and stays valid.
 */
export interface PlatformKey {
  readonly key: KeyObject;
  readonly notBefore?: number;
  readonly notAfter?: number;
}

const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/;

function fromCertificate(certificate: X509Certificate): PlatformKey {
  return { key: Rsa.from(certificate, 'public'), notBefore: Date.parse(certificate.validFrom), notAfter: Date.parse(certificate.validTo) };
}

/**
 * A platform key from anything `Rsa.from` takes: a certificate (X509Certificate, PEM text, a
 * path or `file://` URL to one) keeps its dates; a public key has none.
 *
 * @example platformKeyOf(readFileSync('wechatpay_cert.pem')).notAfter // 1924905600000
 */
export function platformKeyOf(thing: KeyLike | PlatformKey): PlatformKey {
  if (isPlatformKey(thing)) return thing;
  if (thing instanceof X509Certificate) return fromCertificate(thing);
  if (typeof thing !== 'string' && !Buffer.isBuffer(thing)) return { key: Rsa.from(thing, 'public') };
  const pem = typeof thing === 'string' && /^(?:private|public)\.[a-z0-9]+:\/\//i.test(thing.trim()) ? undefined : readPemSource(thing, 'Rsa.from');
  const certificate = pem === undefined ? undefined : certificateIn(pem);
  return certificate ? fromCertificate(certificate) : { key: Rsa.from(pem ?? thing, 'public') };
}

function certificateIn(pem: string): X509Certificate | undefined {
  // The first PEM block is the one `Rsa.from` would take for a public key.
  const block = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(pem)?.[1] === 'CERTIFICATE' ? CERTIFICATE_BLOCK.exec(pem)?.[0] : undefined;
  if (block === undefined) return undefined;
  try {
    return new X509Certificate(block);
  } catch {
    return undefined;
  }
}

function isPlatformKey(thing: unknown): thing is PlatformKey {
  return (
    thing !== null &&
    typeof thing === 'object' &&
    !types.isKeyObject(thing) &&
    !(thing instanceof X509Certificate) &&
    !Buffer.isBuffer(thing) &&
    types.isKeyObject((thing as { key?: unknown }).key)
  );
}

export function invalidAt(entry: PlatformKey, at: number): 'expired' | 'not yet valid' | undefined {
  if (entry.notAfter !== undefined && !(at <= entry.notAfter)) return 'expired';
  if (entry.notBefore !== undefined && !(at >= entry.notBefore)) return 'not yet valid';
  return undefined;
}
