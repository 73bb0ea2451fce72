import { createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { isIP } from 'node:net';
import { writeCertificate } from './x509-build';
import {
  bad,
  checkAltNames,
  checkDate,
  checkExtendedKeyUsage,
  checkKey,
  checkName,
  checkSerial,
  HOUR,
  sameKey,
  type DistinguishedName,
  type ExtendedKeyUsage,
  type SubjectAltName,
} from './x509-parts';

export type { DistinguishedName, ExtendedKeyUsage, SubjectAltName } from './x509-parts';

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

/**
 * Write an X.509 v3 certificate signed with sha256WithRSAEncryption, as PEM. Node can read
 * certificates (`X509Certificate`) but not make them; @peculiar/x509 writes them (x509-build.ts),
 * so the simulator mints its platform, TLS and merchant certificates without an openssl binary.
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

  const checkedSubject = checkName(subject, 'subject');
  return writeCertificate({
    subjectKey,
    issuerKey,
    issuerPublic,
    serial: serialBytes,
    subject: checkedSubject,
    issuer: options.issuer === undefined ? checkedSubject : checkName(options.issuer, 'issuer'),
    notBefore: from,
    notAfter: to,
    ca,
    ...(extendedKeyUsage === undefined ? {} : { extendedKeyUsage: checkExtendedKeyUsage(extendedKeyUsage) }),
    ...(subjectAltNames === undefined ? {} : { subjectAltNames: checkAltNames(subjectAltNames) }),
  });
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
