import type { KeyObject } from 'node:crypto';
import { isIP } from 'node:net';
import { types } from 'node:util';
import { ConfigurationError } from 'wechatpay-ts';

/** The checks on what `createCertificate` is given, each refusal naming the field: @peculiar/x509 writes the certificate. */

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
export const NAME_ORDER = ['C', 'ST', 'L', 'O', 'OU', 'CN'] as const;
export const EXTENDED_KEY_USAGES: readonly ExtendedKeyUsage[] = ['serverAuth', 'clientAuth'];
// KeyUsage bit numbers (RFC 5280 §4.2.1.3).
export const DNS_NAME = /^(\*\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const HOUR = 3_600_000;

export function bad(message: string): never {
  throw new ConfigurationError(`createCertificate: ${message}`);
}

// Name ::= SEQUENCE OF RelativeDistinguishedName; each RDN a SET of one {type, value} here.
export function checkName(name: DistinguishedName, what: 'subject' | 'issuer'): DistinguishedName {
  if (typeof name !== 'object' || name === null) bad(`${what} must be an object such as { CN: 'Tenpay.com Root CA' }.`);
  const unknown = Object.keys(name).filter((key) => !(NAME_ORDER as readonly string[]).includes(key));
  if (unknown.length) bad(`${what} has ${unknown.join(', ')}; the attributes written are ${NAME_ORDER.join(', ')}.`);
  if (name.CN === undefined) bad(`${what}.CN is required.`);
  for (const attribute of NAME_ORDER) {
    const value = name[attribute];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value === '') bad(`${what}.${attribute} must be a non-empty string; leave it out instead.`);
    if (/[\u0000-\u001f\u007f]/.test(value)) bad(`${what}.${attribute} holds a control character.`);
    if (LONE_SURROGATE.test(value)) bad(`${what}.${attribute} holds a lone UTF-16 surrogate, which has no UTF-8 form.`);
    if (attribute === 'C' && !/^[A-Z]{2}$/.test(value)) bad(`${what}.C must be a two-letter ISO 3166 code such as 'CN', not '${value}'.`);
  }
  return name;
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
function checkAltName(name: SubjectAltName): void {
  if (typeof name === 'object' && name !== null && 'ip' in name) {
    // Zone ids (fe80::1%eth0) have no place in a certificate.
    if (typeof name.ip !== 'string' || name.ip.includes('%') || !isIP(name.ip)) bad(`subjectAltNames ip '${String(name.ip)}' is not an IPv4 or IPv6 address.`);
    return;
  }
  if (typeof name !== 'object' || name === null || !('dns' in name)) bad('each subjectAltNames entry must be { ip: string } or { dns: string }.');
  if (typeof name.dns !== 'string' || !DNS_NAME.test(name.dns) || name.dns.length > 253) {
    bad(`subjectAltNames dns '${String(name.dns)}' is not a DNS name (ASCII labels, optional leading '*.').`);
  }
}

export function checkAltNames(names: SubjectAltName[]): SubjectAltName[] {
  if (!Array.isArray(names) || names.length === 0) bad('subjectAltNames must list at least one name, or be left out.');
  names.forEach(checkAltName);
  return names;
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
