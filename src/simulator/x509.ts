import { createHash, createPublicKey, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { isIP } from 'node:net';
import { types } from 'node:util';
import { ConfigurationError } from '../errors/errors';
import * as der from './der';

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

export interface CertificateOptions {
  /** The public RSA key the certificate binds to the subject. */
  subjectKey: KeyObject;
  /** The private RSA key that signs: the subject's own for a self-signed certificate, else the CA's. */
  issuerKey: KeyObject;
  /** Hex, whole bytes, at most 20 of them (40 hex digits), e.g. from {@link randomSerial}. */
  serial: string;
  subject: DistinguishedName;
  /** The CA's name; when absent the certificate is self-signed and `issuerKey` must pair with `subjectKey`. */
  issuer?: DistinguishedName;
  /** Whole seconds: X.509 times carry no fractions, so milliseconds are dropped. */
  notBefore: Date;
  notAfter: Date;
  /** A CA may sign certificates: basicConstraints cA and keyUsage keyCertSign + cRLSign. */
  ca?: boolean;
  extendedKeyUsage?: ExtendedKeyUsage[];
  subjectAltNames?: SubjectAltName[];
}

// Object identifiers (RFC 5280 §4.1.2.4, §4.2.1; RFC 4055 §5 for the signature algorithm).
const OID = {
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

const NAME_ORDER = ['C', 'ST', 'L', 'O', 'OU', 'CN'] as const;
const EXTENDED_KEY_USAGES: readonly ExtendedKeyUsage[] = ['serverAuth', 'clientAuth'];
// KeyUsage bit numbers (RFC 5280 §4.2.1.3).
const KEY_USAGE = { digitalSignature: 0, keyEncipherment: 2, keyCertSign: 5, cRLSign: 6 } as const;
const DNS_NAME = /^(\*\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const HOUR = 3_600_000;

function bad(message: string): never {
  throw new ConfigurationError(`createCertificate: ${message}`);
}

/**
 * Write an X.509 v3 certificate signed with sha256WithRSAEncryption, as PEM. Node can read
 * certificates (`X509Certificate`) but not make them; this lets the simulator mint its platform,
 * TLS and merchant certificates without an openssl binary.
 *
 * Extensions: basicConstraints (critical), keyUsage (critical: digitalSignature, keyEncipherment,
 * plus keyCertSign and cRLSign for a CA), extendedKeyUsage and subjectAltName when given, and
 * subject/authority key identifiers (SHA-1 of the key, RFC 5280 §4.2.1.2 method 1) so chain
 * builders can match a certificate to its issuer.
 *
 * @example
 * const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
 * const pem = createCertificate({
 *   subjectKey: publicKey, issuerKey: privateKey, serial: randomSerial(),
 *   subject: { C: 'CN', O: 'Tenpay.com', OU: 'Tenpay.com CA Center', CN: 'Tenpay.com Root CA' },
 *   notBefore: new Date(), notAfter: new Date(Date.now() + 365 * 86_400_000),
 * });
 * new X509Certificate(pem).serialNumber; // the serial, upper-case hex
 */
export function createCertificate(options: CertificateOptions): string {
  const { subjectKey, issuerKey, serial, subject, notBefore, notAfter, ca = false, extendedKeyUsage, subjectAltNames } = options;
  checkKey(subjectKey, 'subjectKey', 'public');
  checkKey(issuerKey, 'issuerKey', 'private');
  const issuerPublic = createPublicKey(issuerKey);
  if (options.issuer === undefined && !sameKey(issuerPublic, subjectKey)) {
    bad("issuer is absent, which means self-signed, but issuerKey is not the private half of subjectKey; pass the CA's name as issuer.");
  }
  const serialBytes = checkSerial(serial);
  const [from, to] = [checkDate(notBefore, 'notBefore'), checkDate(notAfter, 'notAfter')];
  if (to.getTime() <= from.getTime()) bad(`notAfter (${to.toISOString()}) must be later than notBefore (${from.toISOString()}).`);

  const subjectName = encodeName(subject, 'subject');
  const issuerName = options.issuer === undefined ? subjectName : encodeName(options.issuer, 'issuer');

  const signatureAlgorithm = der.sequence(der.oid(OID.sha256WithRSAEncryption), der.nullValue());
  const tbs = der.sequence(
    der.explicit(0, der.smallInteger(2)), // version v3 is the integer 2
    der.unsignedInteger(serialBytes),
    signatureAlgorithm,
    issuerName,
    der.sequence(der.time(from), der.time(to)),
    subjectName,
    subjectKey.export({ type: 'spki', format: 'der' }), // SubjectPublicKeyInfo, already DER
    der.explicit(3, der.sequence(...extensions(subjectKey, issuerPublic, ca, extendedKeyUsage, subjectAltNames))),
  );
  // PKCS#1 v1.5 over SHA-256: node's default padding for an RSA key.
  const signature = sign('sha256', tbs, issuerKey);
  const certificate = der.sequence(tbs, signatureAlgorithm, der.bitString(signature));
  const base64 = certificate.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n$/, '');
  return `-----BEGIN CERTIFICATE-----\n${base64}\n-----END CERTIFICATE-----\n`;
}

/**
 * A fresh 20-byte serial as 40 upper-case hex digits, the shape of WeChat Pay's certificate
 * serials. The first byte is kept within 0x10–0x7F so the number is positive without a padding
 * byte and always prints as 40 digits.
 *
 * @example
 * createCertificate({ ...options, serial: randomSerial() });
 */
export function randomSerial(): string {
  const bytes = randomBytes(20);
  bytes[0] = 0x10 + ((bytes[0] ?? 0) % 0x70);
  return bytes.toString('hex').toUpperCase();
}

/** What {@link createSelfSignedPair} returns: spreads straight into `https.createServer`. */
export interface SelfSignedPair {
  /** The CA certificate (PEM) to trust, and that client certificates must chain to. */
  ca: string;
  /** The CA's private key, to issue more certificates with {@link createCertificate}. */
  caKey: KeyObject;
  /** The server certificate (PEM) for the given hosts, and its private key (PKCS#8 PEM). */
  cert: string;
  key: string;
  /**
   * A client certificate from the same CA, e.g. CN = the mchid, as WeChat Pay's apiclient_cert.pem.
   * With a `publicKey` (the merchant's own) only the certificate is returned; without, a key pair
   * is generated and its private key returned too.
   */
  issueClientCertificate(commonName: string, options: { publicKey: KeyObject; subject?: Omit<DistinguishedName, 'CN'> }): { cert: string };
  issueClientCertificate(commonName: string, options?: { subject?: Omit<DistinguishedName, 'CN'> }): { cert: string; key: string };
}

export interface SelfSignedPairOptions {
  /** The server certificate's subjectAltNames; IPs and DNS names. Default `['127.0.0.1', 'localhost']`. */
  hosts?: string[];
  /** Days the CA and every certificate it issues stay valid, counted from `now`. Default 365. */
  days?: number;
  /** The clock to start from, for tests of expired or not-yet-valid certificates. Default now. */
  now?: Date;
  caSubject?: DistinguishedName;
}

/**
 * A throw-away CA plus a server certificate signed by it, for the simulator's `tls: true`: the
 * server presents `cert`/`key`, the merchant trusts `ca`, and client certificates for mutual TLS
 * (WeChat's secapi endpoints) come from `issueClientCertificate`. Certificates start one hour in
 * the past so a peer whose clock lags a little still accepts them.
 *
 * @example
 * const pki = createSelfSignedPair();
 * const server = https.createServer({ key: pki.key, cert: pki.cert, ca: pki.ca, requestCert: true });
 * const merchant = pki.issueClientCertificate('1900000109');
 * https.request({ host: '127.0.0.1', port, ca: pki.ca, cert: merchant.cert, key: merchant.key });
 */
export function createSelfSignedPair(options: SelfSignedPairOptions = {}): SelfSignedPair {
  const { hosts = ['127.0.0.1', 'localhost'], days = 365, now = new Date() } = options;
  if (!Number.isFinite(days) || days <= 0) bad(`days must be a positive number, not ${String(days)}.`);
  if (!Array.isArray(hosts) || hosts.length === 0) bad('hosts must list at least one IP address or DNS name.');
  const start = new Date(checkDate(now, 'now').getTime() - HOUR);
  const caEnd = new Date(start.getTime() + HOUR + days * 24 * HOUR);
  const caSubject = options.caSubject ?? { O: 'wechatpay-ts simulator', CN: 'wechatpay-ts Simulator CA' };

  const caPair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ca = createCertificate({
    subjectKey: caPair.publicKey,
    issuerKey: caPair.privateKey,
    serial: randomSerial(),
    subject: caSubject,
    notBefore: start,
    notAfter: caEnd,
    ca: true,
  });
  // Every certificate shares the CA's validity, so none outlives its issuer.
  const issue = (subjectKey: KeyObject, subject: DistinguishedName, extra: Partial<CertificateOptions>): string =>
    createCertificate({
      subjectKey,
      issuerKey: caPair.privateKey,
      serial: randomSerial(),
      subject,
      issuer: caSubject,
      notBefore: start,
      notAfter: caEnd,
      ...extra,
    });

  const serverPair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const cert = issue(
    serverPair.publicKey,
    { CN: hosts[0] ?? '' },
    {
      extendedKeyUsage: ['serverAuth'],
      subjectAltNames: hosts.map((host) => (isIP(host) ? { ip: host } : { dns: host })),
    },
  );

  function issueClientCertificate(
    commonName: string,
    opts: { publicKey?: KeyObject; subject?: Omit<DistinguishedName, 'CN'> } = {},
  ): { cert: string; key?: string } {
    const subject = { ...opts.subject, CN: commonName };
    const client: Partial<CertificateOptions> = { extendedKeyUsage: ['clientAuth'] };
    if (opts.publicKey !== undefined) return { cert: issue(opts.publicKey, subject, client) };
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    return { cert: issue(pair.publicKey, subject, client), key: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
  }

  return {
    ca,
    caKey: caPair.privateKey,
    cert,
    key: serverPair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    issueClientCertificate: issueClientCertificate as SelfSignedPair['issueClientCertificate'],
  };
}

// ---------------------------------------------------------------------------------------------
// Parts of the certificate.

function extensions(
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
function keyIdentifier(publicKey: KeyObject): Buffer {
  return createHash('sha1')
    .update(publicKey.export({ type: 'pkcs1', format: 'der' }))
    .digest();
}

// Name ::= SEQUENCE OF RelativeDistinguishedName; each RDN a SET of one {type, value} here.
function encodeName(name: DistinguishedName, what: 'subject' | 'issuer'): Buffer {
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

function checkExtendedKeyUsage(usages: ExtendedKeyUsage[]): ExtendedKeyUsage[] {
  if (!Array.isArray(usages) || usages.length === 0) bad('extendedKeyUsage must list at least one purpose, or be left out.');
  for (const usage of usages) {
    if (!EXTENDED_KEY_USAGES.includes(usage)) bad(`extendedKeyUsage '${String(usage)}' is not one of ${EXTENDED_KEY_USAGES.join(', ')}.`);
  }
  if (new Set(usages).size !== usages.length) bad('extendedKeyUsage lists a purpose twice.');
  return usages;
}

// GeneralName ::= CHOICE { dNSName [2] IA5String, iPAddress [7] OCTET STRING, ... } (IMPLICIT).
function checkAltNames(names: SubjectAltName[]): Buffer[] {
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
function ipBytes(ip: unknown): Buffer | undefined {
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

function checkKey(key: unknown, what: string, type: 'public' | 'private'): asserts key is KeyObject {
  if (!types.isKeyObject(key)) bad(`${what} must be a ${type} RSA KeyObject (createPublicKey / createPrivateKey).`);
  const k = key as KeyObject;
  if (k.type !== type) {
    bad(`${what} must be a ${type} key, not a ${k.type} one${type === 'public' ? '; pass createPublicKey(privateKey)' : ''}.`);
  }
  if (k.asymmetricKeyType !== 'rsa') bad(`${what} must be an RSA key (sha256WithRSAEncryption), not ${String(k.asymmetricKeyType)}.`);
}

function sameKey(a: KeyObject, b: KeyObject): boolean {
  return a.export({ type: 'spki', format: 'der' }).equals(b.export({ type: 'spki', format: 'der' }));
}

function checkSerial(serial: unknown): Buffer {
  if (typeof serial !== 'string' || !/^[0-9a-f]+$/i.test(serial)) bad('serial must be hex digits, e.g. randomSerial().');
  if (serial.length % 2) bad(`serial has an odd number of hex digits (${serial.length}); write whole bytes, e.g. '0${serial.slice(0, 3)}…'.`);
  if (serial.length > 40) bad(`serial is ${serial.length / 2} bytes; RFC 5280 allows at most 20 (40 hex digits).`);
  // DER writes integers without leading zero bytes: '00AB' would come back as 'AB'. Refuse rather
  // than change the number's spelling behind the caller's back.
  if (serial.startsWith('00')) bad('serial starts with a 00 byte, which DER drops; remove it (the 00 needed before a byte ≥ 0x80 is added for you).');
  return Buffer.from(serial, 'hex');
}

function checkDate(date: unknown, what: string): Date {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) bad(`${what} must be a valid Date.`);
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) bad(`${what} must fall in the years 0000–9999, not ${year}.`);
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}
