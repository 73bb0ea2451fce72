import type { X509Certificate } from 'node:crypto';
import type { PlatformKey } from '../../crypto/platform-key';
import { AesGcm } from '../../crypto/aes-gcm';
import { PemUtil } from '../../crypto/pem-util';
import { VerificationError, VerificationReason } from '../../errors';
import { MAX_CLOCK_SKEW } from '../../signing/v3';
import { isRecord } from '../../util/object';

/** The endpoint that lists the platform certificates (docs/protocol.md "Platform certificates"). */
export const CERTIFICATES_PATH = '/v3/certificates';
/** The only cipher WeChat Pay uses for `encrypt_certificate`. */
export const CERTIFICATE_ALGORITHM = 'AEAD_AES_256_GCM';
/**
 * WeChat Pay lists one certificate, two while it rotates them. An answer with more is refused, so
 * neither one answer nor the downloader's bookkeeping can grow without bound.
 */
export const MAX_CERTIFICATES = 16;

/** One platform certificate, decrypted and checked. */
export interface PlatformCertificate {
  /** The serial, as WeChat Pay writes it in `serial_no` and `Wechatpay-Serial`. */
  serial: string;
  certificate: X509Certificate;
  /** The certificate as PEM text, e.g. to save it the way PHP's CertificateDownloader does. */
  pem: string;
  /** The certificate's own notBefore (the answer's `effective_time` is not authenticated by the APIv3 key). */
  effective: Date;
  /** The certificate's own notAfter. */
  expire: Date;
}

interface Encrypted {
  serial_no: string;
  nonce: string;
  associated_data: string;
  ciphertext: string;
}

/** The entries of a `GET /v3/certificates` body, shape checked; nothing is decrypted yet. */
function entriesOf(raw: Buffer, requestId: string | undefined): Encrypted[] {
  const bad = (what: string) => new VerificationError(VerificationReason.UNPARSEABLE, `the ${CERTIFICATES_PATH} answer ${what}`, requestId);
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    throw bad('is not JSON');
  }
  const data = isRecord(body) ? body.data : undefined;
  if (!Array.isArray(data)) throw bad('has no `data` array: expected { data: [{ serial_no, encrypt_certificate, … }] }');
  if (data.length > MAX_CERTIFICATES) throw bad(`lists ${data.length} certificates, more than the ${MAX_CERTIFICATES} accepted`);
  const seen = new Set<string>();
  return data.map((entry: unknown, index) => {
    const field = (name: string) => `data[${index}].${name}`;
    if (!isRecord(entry)) throw bad(`has data[${index}] that is not an object`);
    const serial = entry.serial_no;
    if (typeof serial !== 'string' || !/^[0-9A-Fa-f]{1,64}$/.test(serial)) throw bad(`has no hexadecimal ${field('serial_no')}`);
    if (seen.has(serial.toUpperCase())) throw bad(`lists serial ${serial} twice`);
    seen.add(serial.toUpperCase());
    const sealed = entry.encrypt_certificate;
    if (!isRecord(sealed)) throw bad(`has no ${field('encrypt_certificate')} object`);
    if (sealed.algorithm !== CERTIFICATE_ALGORITHM) {
      throw new VerificationError(
        VerificationReason.DECRYPT_FAILED,
        `certificate ${serial} is sealed with ${JSON.stringify(sealed.algorithm)}, expected ${CERTIFICATE_ALGORITHM}`,
        requestId,
      );
    }
    for (const name of ['nonce', 'associated_data', 'ciphertext']) {
      if (typeof sealed[name] !== 'string') throw bad(`has no string ${field(`encrypt_certificate.${name}`)}`);
    }
    return { serial_no: serial, nonce: sealed.nonce as string, associated_data: sealed.associated_data as string, ciphertext: sealed.ciphertext as string };
  });
}

/** Decrypt (the GCM tag authenticates it with the APIv3 key) and check one certificate. */
function open(entry: Encrypted, apiv3Key: Buffer, requestId: string | undefined, now: number): PlatformCertificate {
  const serial = entry.serial_no;
  let pem: string;
  try {
    pem = AesGcm.decrypt(entry.ciphertext, apiv3Key, entry.nonce, entry.associated_data);
  } catch {
    throw new VerificationError(
      VerificationReason.DECRYPT_FAILED,
      `certificate ${serial} could not be decrypted: the APIv3 key is wrong (it is not the APIv2 key), or the answer was altered`,
      requestId,
    );
  }
  let certificate: X509Certificate;
  try {
    certificate = PemUtil.loadCertificateFromString(pem);
  } catch {
    throw new VerificationError(VerificationReason.UNPARSEABLE, `certificate ${serial} decrypted to something that is not an X.509 certificate`, requestId);
  }
  const inside = PemUtil.parseCertificateSerialNo(certificate);
  if (inside !== serial.toUpperCase()) {
    throw new VerificationError(VerificationReason.SERIAL_MISMATCH, `serial_no ${serial} is listed with a certificate whose serial is ${inside}`, requestId);
  }
  if (certificate.publicKey.asymmetricKeyType !== 'rsa') {
    throw new VerificationError(
      VerificationReason.UNPARSEABLE,
      `certificate ${serial} holds a ${certificate.publicKey.asymmetricKeyType ?? 'unknown'} key; WeChat Pay signs with RSA`,
      requestId,
    );
  }
  const effective = new Date(certificate.validFrom);
  const expire = new Date(certificate.validTo);
  // Our clock may differ from WeChat Pay's as much as it allows for signatures, and no more.
  const slack = MAX_CLOCK_SKEW * 1000;
  if (!(effective.getTime() - slack <= now && now <= expire.getTime() + slack)) {
    const when = Number.isNaN(effective.getTime() + expire.getTime())
      ? 'has unreadable validity dates'
      : now < effective.getTime()
        ? `is not valid before ${effective.toISOString()}`
        : `expired at ${expire.toISOString()}`;
    throw new VerificationError(VerificationReason.CERTIFICATE_NOT_VALID, `certificate ${serial} ${when}`, requestId);
  }
  return { serial, certificate, pem, effective, expire };
}

/**
 * Parse a `GET /v3/certificates` body and open every certificate in it: decrypted with the APIv3
 * key (tag checked), parsed, its serial equal to `serial_no`, RSA, valid at `now`. Any failure
 * throws a `VerificationError` naming the certificate; the answer's signature is checked by the
 * caller afterwards, against these keys and the configured ones.
 *
 * @example decodeCertificates(raw, Buffer.from(apiv3Key), requestId, Date.now())[0].serial
 */
export function decodeCertificates(raw: Buffer, apiv3Key: Buffer, requestId: string | undefined, now: number): PlatformCertificate[] {
  return entriesOf(raw, requestId).map((entry) => open(entry, apiv3Key, requestId, now));
}

/**
 * Refuse a certificate whose serial is already configured with another key: a serial names one
 * key for good, so the mismatch means a wrong key was configured (or a forgery), never a rotation.
 *
 * @example checkAgainstConfigured(clientOf(wx).certs, decodeCertificates(raw, key, id, Date.now()), id)
 */
export function checkAgainstConfigured(certs: ReadonlyMap<string, PlatformKey>, list: readonly PlatformCertificate[], requestId: string | undefined): void {
  for (const { serial, certificate } of list) {
    const known = certs.get(serial);
    if (known && !known.key.equals(certificate.publicKey)) {
      throw new VerificationError(
        VerificationReason.KEY_MISMATCH,
        `certificate ${serial} carries a different key from the one configured under that serial: check \`certs\``,
        requestId,
      );
    }
  }
}

/**
 * The keys an answer may be signed with: the configured ones, plus the certificates it carries.
 *
 * @example verifySignedMessage(message, keysWith(clientOf(wx).certs, list), requestId)
 */
export function keysWith(certs: ReadonlyMap<string, PlatformKey>, list: readonly PlatformCertificate[]): Map<string, PlatformKey> {
  const keys = new Map(certs);
  for (const item of list) if (!keys.has(item.serial)) keys.set(item.serial, platformKeyOfCertificate(item));
  return keys;
}

/** A downloaded certificate as the pipeline verifies with it: its key and its validity window. */
export function platformKeyOfCertificate(item: PlatformCertificate): PlatformKey {
  return { key: item.certificate.publicKey, notBefore: item.effective.getTime(), notAfter: item.expire.getTime() };
}
