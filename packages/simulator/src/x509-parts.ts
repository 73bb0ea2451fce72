import { createHash, type KeyObject } from 'node:crypto';
import { isIP } from 'node:net';
import { types } from 'node:util';
import * as der from './der';
import { ConfigurationError } from 'wechatpay-ts';

/** The parts of a certificate `createCertificate` writes: object identifiers, names, extensions and the checks on each. */

/**
 * A distinguished name. Values are written as UTF8String (so `CN: '微信支付平台'` works), except the
 * country, which RFC 5280 requires as a two-letter PrintableString. Attributes appear in the usual
 * order C, ST, L, O, OU, CN.
 */
export interface DistinguishedName {
  CN: string;
  O?: string;
  OU?: string;
  C?: string;
  ST?: string;
  L?: string;
}

/** One subjectAltName entry: an IPv4/IPv6 address or a DNS name (`*.` wildcard allowed). */
export type SubjectAltName = { ip: string } | { dns: string };

export type ExtendedKeyUsage = 'serverAuth' | 'clientAuth';

// Object identifiers (RFC 5280 §4.1.2.4, §4.2.1; RFC 4055 §5 for the signature algorithm).
export const OID = {
  sha256WithRSAEncryption: '1.2.840.113549.1.1.11',
  C: '2.5.4.6',
  ST: '2.5.4.8',
  L: '2.5.4.7',
  O: '2.5.4.10',
  OU: '2.5.4.11',
  CN: '2.5.4.3',
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  authorityKeyIdentifier: '2.5.29.35',
  extKeyUsage: '2.5.29.37',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
} as const;

export const NAME_ORDER = ['C', 'ST', 'L', 'O', 'OU', 'CN'] as const;
export const EXTENDED_KEY_USAGES: readonly ExtendedKeyUsage[] = ['serverAuth', 'clientAuth'];
// KeyUsage bit numbers (RFC 5280 §4.2.1.3).
export const KEY_USAGE = { digitalSignature: 0, keyEncipherment: 2, keyCertSign: 5, cRLSign: 6 } as const;
export const DNS_NAME = /^(\*\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const HOUR = 3_600_000;

export function bad(message: string): never {
  throw new ConfigurationError(`createCertificate: ${message}`);
}

export function extensions(
  subjectKey: KeyObject,
  issuerKey: KeyObject,
  ca: boolean,
  extendedKeyUsage: ExtendedKeyUsage[] | undefined,
  subjectAltNames: SubjectAltName[] | undefined,
): Buffer[] {
  // Extension ::= SEQUENCE { extnID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }.
  // DER leaves a DEFAULT value out, so `critical` is written only when true.
  const extension = (id: string, critical: boolean, value: Buffer): Buffer =>
    der.sequence(der.oid(id), ...(critical ? [der.boolean(true)] : []), der.octetString(value));

  const usage: number[] = [KEY_USAGE.digitalSignature, KEY_USAGE.keyEncipherment];
  if (ca) usage.push(KEY_USAGE.keyCertSign, KEY_USAGE.cRLSign);
  const list = [
    // BasicConstraints ::= SEQUENCE { cA BOOLEAN DEFAULT FALSE, ... }: an end entity's is empty.
    extension(OID.basicConstraints, true, der.sequence(...(ca ? [der.boolean(true)] : []))),
    extension(OID.keyUsage, true, der.namedBits(usage)),
  ];
  if (extendedKeyUsage !== undefined) {
    list.push(extension(OID.extKeyUsage, false, der.sequence(...checkExtendedKeyUsage(extendedKeyUsage).map((u) => der.oid(OID[u])))));
  }
  if (subjectAltNames !== undefined) {
    list.push(extension(OID.subjectAltName, false, der.sequence(...checkAltNames(subjectAltNames))));
  }
  list.push(
    extension(OID.subjectKeyIdentifier, false, der.octetString(keyIdentifier(subjectKey))),
    // AuthorityKeyIdentifier ::= SEQUENCE { keyIdentifier [0] IMPLICIT OCTET STRING, ... }
    extension(OID.authorityKeyIdentifier, false, der.sequence(der.implicit(0, keyIdentifier(issuerKey)))),
  );
  return list;
}

/**
 * SHA-1 of the subjectPublicKey BIT STRING's bytes. For RSA those bytes are exactly the PKCS#1
 * RSAPublicKey DER, which node exports directly.
 */
export function keyIdentifier(publicKey: KeyObject): Buffer {
  return createHash('sha1')
    .update(publicKey.export({ type: 'pkcs1', format: 'der' }))
    .digest();
}

// Name ::= SEQUENCE OF RelativeDistinguishedName; each RDN a SET of one {type, value} here.
export function encodeName(name: DistinguishedName, what: 'subject' | 'issuer'): Buffer {
  if (typeof name !== 'object' || name === null) bad(`${what} must be an object such as { CN: 'Tenpay.com Root CA' }.`);
  const unknown = Object.keys(name).filter((key) => !(NAME_ORDER as readonly string[]).includes(key));
  if (unknown.length) bad(`${what} has ${unknown.join(', ')}; the attributes written are ${NAME_ORDER.join(', ')}.`);
  if (name.CN === undefined) bad(`${what}.CN is required.`);
  const rdns: Buffer[] = [];
  for (const attribute of NAME_ORDER) {
    const value = name[attribute];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value === '') bad(`${what}.${attribute} must be a non-empty string; leave it out instead.`);
    if (/[\u0000-\u001f\u007f]/.test(value)) bad(`${what}.${attribute} holds a control character.`);
    if (LONE_SURROGATE.test(value)) bad(`${what}.${attribute} holds a lone UTF-16 surrogate, which has no UTF-8 form.`);
    if (attribute === 'C' && !/^[A-Z]{2}$/.test(value)) bad(`${what}.C must be a two-letter ISO 3166 code such as 'CN', not '${value}'.`);
    const encoded = attribute === 'C' ? der.printableString(value) : der.utf8String(value);
    rdns.push(der.set(der.sequence(der.oid(OID[attribute]), encoded)));
  }
  return der.sequence(...rdns);
}

export function checkExtendedKeyUsage(usages: ExtendedKeyUsage[]): ExtendedKeyUsage[] {
  if (!Array.isArray(usages) || usages.length === 0) bad('extendedKeyUsage must list at least one purpose, or be left out.');
  for (const usage of usages) {
    if (!EXTENDED_KEY_USAGES.includes(usage)) bad(`extendedKeyUsage '${String(usage)}' is not one of ${EXTENDED_KEY_USAGES.join(', ')}.`);
  }
  if (new Set(usages).size !== usages.length) bad('extendedKeyUsage lists a purpose twice.');
  return usages;
}

// GeneralName ::= CHOICE { dNSName [2] IA5String, iPAddress [7] OCTET STRING, ... } (IMPLICIT).
export function checkAltNames(names: SubjectAltName[]): Buffer[] {
  if (!Array.isArray(names) || names.length === 0) bad('subjectAltNames must list at least one name, or be left out.');
  return names.map((name) => {
    if (typeof name === 'object' && name !== null && 'ip' in name) {
      const bytes = ipBytes(name.ip);
      if (!bytes) bad(`subjectAltNames ip '${String(name.ip)}' is not an IPv4 or IPv6 address.`);
      return der.implicit(7, bytes);
    }
    if (typeof name === 'object' && name !== null && 'dns' in name) {
      if (typeof name.dns !== 'string' || !DNS_NAME.test(name.dns) || name.dns.length > 253) {
        bad(`subjectAltNames dns '${String(name.dns)}' is not a DNS name (ASCII labels, optional leading '*.').`);
      }
      return der.implicit(2, Buffer.from(name.dns, 'ascii'));
    }
    return bad('each subjectAltNames entry must be { ip: string } or { dns: string }.');
  });
}

/** The 4 or 16 address bytes, or undefined when the text is no IP address. */
export function ipBytes(ip: unknown): Buffer | undefined {
  if (typeof ip !== 'string' || ip.includes('%')) return undefined; // zone ids have no place in a certificate
  const version = isIP(ip);
  if (version === 4) return Buffer.from(ip.split('.').map(Number));
  if (version !== 6) return undefined;
  // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two hex groups; '::' stands for the missing zeros.
  const text = ip.replace(
    /(\d+)\.(\d+)\.(\d+)\.(\d+)$/,
    (_, a, b, c, d) => `${((Number(a) << 8) | Number(b)).toString(16)}:${((Number(c) << 8) | Number(d)).toString(16)}`,
  );
  const groups = (part: string | undefined): number[] => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const [head, tail] = text.split('::');
  const left = groups(head);
  const right = groups(tail);
  const all = tail === undefined ? left : [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  const bytes = Buffer.alloc(16);
  all.forEach((group, i) => bytes.writeUInt16BE(group, i * 2));
  return bytes;
}

export function checkKey(key: unknown, what: string, type: 'public' | 'private'): asserts key is KeyObject {
  if (!types.isKeyObject(key)) bad(`${what} must be a ${type} RSA KeyObject (createPublicKey / createPrivateKey).`);
  const k = key as KeyObject;
  if (k.type !== type) {
    bad(`${what} must be a ${type} key, not a ${k.type} one${type === 'public' ? '; pass createPublicKey(privateKey)' : ''}.`);
  }
  if (k.asymmetricKeyType !== 'rsa') bad(`${what} must be an RSA key (sha256WithRSAEncryption), not ${String(k.asymmetricKeyType)}.`);
}

export function sameKey(a: KeyObject, b: KeyObject): boolean {
  return a.export({ type: 'spki', format: 'der' }).equals(b.export({ type: 'spki', format: 'der' }));
}

export function checkSerial(serial: unknown): Buffer {
  if (typeof serial !== 'string' || !/^[0-9a-f]+$/i.test(serial)) bad('serial must be hex digits, e.g. randomSerial().');
  if (serial.length % 2) bad(`serial has an odd number of hex digits (${serial.length}); write whole bytes, e.g. '0${serial.slice(0, 3)}…'.`);
  if (serial.length > 40) bad(`serial is ${serial.length / 2} bytes; RFC 5280 allows at most 20 (40 hex digits).`);
  // DER writes integers without leading zero bytes: '00AB' would come back as 'AB'. Refuse rather
  // than change the number's spelling behind the caller's back.
  if (serial.startsWith('00')) bad('serial starts with a 00 byte, which DER drops; remove it (the 00 needed before a byte ≥ 0x80 is added for you).');
  return Buffer.from(serial, 'hex');
}

export function checkDate(date: unknown, what: string): Date {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) bad(`${what} must be a valid Date.`);
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) bad(`${what} must fall in the years 0000–9999, not ${year}.`);
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}
