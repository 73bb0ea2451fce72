/**
 * The certificate written by @peculiar/x509 (and the ASN.1 schemas it is built on): names and
 * extensions from its classes, the to-be-signed part serialised by it, signed here with Node's
 * own `crypto.sign`, so that making a certificate stays synchronous (its generator signs through
 * WebCrypto, which is asynchronous only). Inputs are checked before (x509-parts.ts).
 */
import { createHash, sign, webcrypto, type KeyObject } from 'node:crypto';
import type * as Asn1Schema from '@peculiar/asn1-schema';
import type * as Asn1X509 from '@peculiar/asn1-x509';
import type * as X509 from '@peculiar/x509';
import { NAME_ORDER, type DistinguishedName, type ExtendedKeyUsage, type SubjectAltName } from './x509-parts';

/** The library and the ASN.1 schemas it is built on. */
interface Library {
  x509: typeof X509;
  asn1: typeof Asn1X509;
  AsnConvert: typeof Asn1Schema.AsnConvert;
}

let library: Library | undefined;

/**
 * Loaded when the first certificate is written, not with the simulator: loading it (with
 * reflect-metadata, tsyringe and the schemas) is most of the time `require` of the simulator took.
 */
function load(): Library {
  if (library) return library;
  require('reflect-metadata'); // @peculiar/x509 resolves its parts through tsyringe, which needs it first
  const x509 = require('@peculiar/x509') as typeof X509;
  // Its crypto provider is Node's WebCrypto (used by anything of it that hashes or verifies).
  // Node's webcrypto is the WebCrypto `Crypto` the library types with the DOM's (not in this project's lib).
  x509.cryptoProvider.set(webcrypto as never);
  library = { x509, asn1: require('@peculiar/asn1-x509') as typeof Asn1X509, AsnConvert: (require('@peculiar/asn1-schema') as typeof Asn1Schema).AsnConvert };
  return library;
}

const SHA256_WITH_RSA = '1.2.840.113549.1.1.11';

/** What is written: the checked options, times already in whole seconds. */
export interface CertificateParts {
  subjectKey: KeyObject;
  issuerKey: KeyObject;
  issuerPublic: KeyObject;
  serial: Buffer;
  subject: DistinguishedName;
  issuer: DistinguishedName;
  notBefore: Date;
  notAfter: Date;
  ca: boolean;
  extendedKeyUsage?: ExtendedKeyUsage[];
  subjectAltNames?: SubjectAltName[];
}

/** UTF8String values (so `CN: '微信支付平台'` works), but the country a PrintableString as RFC 5280 asks; C, ST, L, O, OU, CN. */
function nameOf(name: DistinguishedName): Asn1X509.Name {
  const { x509, asn1, AsnConvert } = load();
  const json = NAME_ORDER.flatMap((type) => {
    const value = name[type];
    return value === undefined ? [] : [{ [type]: [type === 'C' ? { printableString: value } : { utf8String: value }] }];
  });
  return AsnConvert.parse(new x509.Name(json).toArrayBuffer(), asn1.Name);
}

/** RFC 5280 §4.1.2.5: UTCTime for 1950–2049, GeneralizedTime otherwise. */
function timeOf(date: Date): Asn1X509.Time {
  const { asn1 } = load();
  const year = date.getUTCFullYear();
  return new asn1.Time(year >= 1950 && year <= 2049 ? { utcTime: date } : { generalTime: date });
}

/** An IPv6 address with an IPv4 tail (::ffff:1.2.3.4) in hex groups only, which the library's IP converter reads right. */
function ipText(ip: string): string {
  if (!ip.includes(':')) return ip;
  return ip.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_, a, b, c, d) => `${((+a << 8) | +b).toString(16)}:${((+c << 8) | +d).toString(16)}`);
}

/** SHA-1 of the subjectPublicKey bits (RFC 5280 §4.2.1.2, method 1): for RSA, the PKCS#1 key. */
function keyIdentifier(key: KeyObject): string {
  return createHash('sha1')
    .update(key.export({ type: 'pkcs1', format: 'der' }))
    .digest('hex');
}

/**
 * basicConstraints and keyUsage (critical; keyCertSign and cRLSign for a CA), extendedKeyUsage and
 * subjectAltName when given, and the key identifiers chain builders match an issuer by.
 */
function extensionsOf(parts: CertificateParts): Asn1X509.Extensions {
  const { x509, asn1, AsnConvert } = load();
  const purposes: Record<ExtendedKeyUsage, string> = { serverAuth: x509.ExtendedKeyUsage.serverAuth, clientAuth: x509.ExtendedKeyUsage.clientAuth };
  const flags = x509.KeyUsageFlags;
  const usage = flags.digitalSignature | flags.keyEncipherment | (parts.ca ? flags.keyCertSign | flags.cRLSign : 0);
  const list: X509.Extension[] = [new x509.BasicConstraintsExtension(parts.ca, undefined, true), new x509.KeyUsagesExtension(usage, true)];
  if (parts.extendedKeyUsage)
    list.push(
      new x509.ExtendedKeyUsageExtension(
        parts.extendedKeyUsage.map((purpose) => purposes[purpose]),
        false,
      ),
    );
  if (parts.subjectAltNames) {
    const names = parts.subjectAltNames.map((name) =>
      'ip' in name ? { type: 'ip' as const, value: ipText(name.ip) } : { type: 'dns' as const, value: name.dns },
    );
    list.push(new x509.SubjectAlternativeNameExtension(names, false));
  }
  list.push(
    new x509.SubjectKeyIdentifierExtension(keyIdentifier(parts.subjectKey), false),
    new x509.AuthorityKeyIdentifierExtension(keyIdentifier(parts.issuerPublic), false),
  );
  return new asn1.Extensions(list.map((extension) => AsnConvert.parse(extension.rawData, asn1.Extension)));
}

/** The certificate as PEM: an X.509 v3 certificate signed sha256WithRSAEncryption (PKCS#1 v1.5). */
export function writeCertificate(parts: CertificateParts): string {
  const { asn1, AsnConvert } = load();
  const algorithm = () => new asn1.AlgorithmIdentifier({ algorithm: SHA256_WITH_RSA, parameters: null });
  // A DER INTEGER is signed: a serial whose first byte is 0x80 or more gets a 00 before it.
  const serial = (parts.serial[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), parts.serial]) : parts.serial;
  const subject = nameOf(parts.subject);
  const validity = new asn1.Validity();
  validity.notBefore = timeOf(parts.notBefore);
  validity.notAfter = timeOf(parts.notAfter);
  const tbs = new asn1.TBSCertificate({
    version: asn1.Version.v3,
    serialNumber: new Uint8Array(serial).buffer,
    signature: algorithm(),
    issuer: parts.issuer === parts.subject ? subject : nameOf(parts.issuer),
    validity,
    subject,
    subjectPublicKeyInfo: AsnConvert.parse(parts.subjectKey.export({ type: 'spki', format: 'der' }), asn1.SubjectPublicKeyInfo),
    extensions: extensionsOf(parts),
  });
  const signature = sign('sha256', Buffer.from(AsnConvert.serialize(tbs)), parts.issuerKey);
  const certificate = new asn1.Certificate({ tbsCertificate: tbs, signatureAlgorithm: algorithm(), signatureValue: new Uint8Array(signature).buffer });
  const base64 = Buffer.from(AsnConvert.serialize(certificate)).toString('base64').replace(/.{64}/g, '$&\n').replace(/\n$/, '');
  return `-----BEGIN CERTIFICATE-----\n${base64}\n-----END CERTIFICATE-----\n`;
}
