import { X509Certificate, type KeyObject } from 'node:crypto';
import { ConfigurationError } from '../errors/errors';
import { Rsa, readPemSource, type KeyLike } from './rsa';

const EXPECTED_CERT = 'an X509Certificate, PEM text `BEGIN CERTIFICATE` (string or Buffer), DER bytes, or a file:// URL or path to a PEM file';

function loadCertificate(pathOrPem: string | Buffer | X509Certificate): X509Certificate {
  if (pathOrPem instanceof X509Certificate) return pathOrPem;
  if (typeof pathOrPem !== 'string' && !Buffer.isBuffer(pathOrPem)) {
    throw new ConfigurationError(`PemUtil.loadCertificate: expected ${EXPECTED_CERT}; got ${pathOrPem === null ? 'null' : typeof pathOrPem}.`);
  }
  const pem = readPemSource(pathOrPem, 'PemUtil.loadCertificate');
  // A Buffer without PEM armour may be DER, which X509Certificate reads as well.
  const source = pem ?? (Buffer.isBuffer(pathOrPem) ? pathOrPem : undefined);
  if (source === undefined) {
    throw new ConfigurationError(
      `PemUtil.loadCertificate: expected ${EXPECTED_CERT}; got a string that is neither PEM nor a path to an existing file (value not shown).`,
    );
  }
  const block = typeof source === 'string' ? /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/.exec(source)?.[0] : source;
  if (block === undefined) {
    throw new ConfigurationError(
      `PemUtil.loadCertificate: expected ${EXPECTED_CERT}; the PEM holds no \`BEGIN CERTIFICATE\` block (a key is not a certificate).`,
    );
  }
  try {
    return new X509Certificate(block);
  } catch (error) {
    throw new ConfigurationError(`PemUtil.loadCertificate: the certificate could not be parsed (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/**
 * Certificate and key loading, named like PHP's `WeChatPay\Util\PemUtil`.
 *
 * @example
 * const cert = PemUtil.loadCertificate('/etc/wechatpay/apiclient_cert.pem');
 * const serial = PemUtil.parseCertificateSerialNo(cert); // '1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C'
 */
export const PemUtil = {
  /**
   * Loads an X.509 certificate from a path, `file://` URL, PEM text or DER bytes.
   * @example const platformCert = PemUtil.loadCertificate('file:///etc/wechatpay/wechatpay_cert.pem');
   */
  loadCertificate,

  /**
   * PHP's `PemUtil::loadCertificateFromString`: a certificate from PEM text.
   * @example PemUtil.loadCertificateFromString(pemText)
   */
  loadCertificateFromString: (certificate: string | Buffer): X509Certificate => loadCertificate(certificate),

  /**
   * Loads a private RSA key (same inputs as `Rsa.from(thing, 'private')`).
   * @example const merchantKey = PemUtil.loadPrivateKey('/etc/wechatpay/apiclient_key.pem');
   */
  loadPrivateKey: (pathOrPem: KeyLike): KeyObject => Rsa.from(pathOrPem, Rsa.KEY_TYPE_PRIVATE),

  /**
   * PHP's `PemUtil::loadPrivateKeyFromString`: a private key from PEM text.
   * @example PemUtil.loadPrivateKeyFromString(pemText)
   */
  loadPrivateKeyFromString: (privateKey: string | Buffer): KeyObject => Rsa.from(privateKey, Rsa.KEY_TYPE_PRIVATE),

  /**
   * The certificate serial as WeChat shows it: upper-case hex, whole bytes (a leading `0` digit
   * kept, as in `openssl x509 -serial`). This is the `serial_no` of the Authorization header.
   * @example PemUtil.parseCertificateSerialNo('/etc/wechatpay/apiclient_cert.pem') // '1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C'
   */
  parseCertificateSerialNo(certificate: string | Buffer | X509Certificate): string {
    const hex = loadCertificate(certificate).serialNumber.toUpperCase();
    // Node prints whole bytes today; pad anyway so an odd-length rendering cannot drop a byte's zero.
    return hex.length % 2 === 1 ? `0${hex}` : hex;
  },
} as const;
