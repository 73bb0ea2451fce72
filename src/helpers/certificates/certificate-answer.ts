import type { X509Certificate } from 'node:crypto';
import type { PlatformKey } from '../../crypto/platform-key';
import { AesGcm } from '../../crypto/aes-gcm';
import { PemUtil } from '../../crypto/pem-util';
import { VerificationError, VerificationReason } from '../../errors';
import { MAX_CLOCK_SKEW } from '../../signing/v3';
import { isRecord } from '../../util/object';
import { issuerProblem } from './trust-chain';

export const CERTIFICATES_PATH = '/v3/certificates';
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

/** A listed certificate that was not installed, and why (the others were). */
export interface SkippedCertificate {
  /** Its serial, as listed. */
  serial: string;
  /** A `VerificationReason`: `CERTIFICATE_EXPIRED`, `CERTIFICATE_NOT_VALID` (not yet), `CERTIFICATE_UNTRUSTED` (not issued by a trusted CA) or `UNPARSEABLE` (not an RSA key). */
  reason: string;
  /** Why, in words: `expired at 2025-01-01T00:00:00.000Z`. */
  message: string;
}

/** Certificates a list holds that may be used, and those skipped. */
export interface SortedCertificates {
  usable: PlatformCertificate[];
  skipped: SkippedCertificate[];
}

interface Encrypted {
  serial_no: string;
  nonce: string;
  associated_data: string;
  ciphertext: string;
}

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

/** A failure here means a wrong APIv3 key or an altered answer: the whole list is refused. */
function open(entry: Encrypted, apiv3Key: Buffer, requestId: string | undefined): PlatformCertificate {
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
  return { serial, certificate, pem, effective: new Date(certificate.validFrom), expire: new Date(certificate.validTo) };
}

/**
 * Every certificate of a `GET /v3/certificates` body, decrypted and parsed (usable or not is `sortCertificates`').
 *
 * @example decodeCertificates(raw, Buffer.from(apiv3Key), requestId)[0].serial
 */
export function decodeCertificates(raw: Buffer, apiv3Key: Buffer, requestId: string | undefined): PlatformCertificate[] {
  return entriesOf(raw, requestId).map((entry) => open(entry, apiv3Key, requestId));
}

function problemOf(item: PlatformCertificate, now: number, anchors: readonly X509Certificate[] | undefined): Omit<SkippedCertificate, 'serial'> | undefined {
  const { certificate, effective, expire } = item;
  // Our clock may differ from WeChat Pay's as much as it allows for signatures, and no more.
  const slack = MAX_CLOCK_SKEW * 1000;
  if (Number.isNaN(effective.getTime() + expire.getTime()))
    return { reason: VerificationReason.CERTIFICATE_NOT_VALID, message: 'has unreadable validity dates' };
  if (now < effective.getTime() - slack) return { reason: VerificationReason.CERTIFICATE_NOT_VALID, message: `is not valid before ${effective.toISOString()}` };
  if (now > expire.getTime() + slack) return { reason: VerificationReason.CERTIFICATE_EXPIRED, message: `expired at ${expire.toISOString()}` };
  const type = certificate.publicKey.asymmetricKeyType;
  if (type !== 'rsa') return { reason: VerificationReason.UNPARSEABLE, message: `holds a ${type ?? 'unknown'} key; WeChat Pay signs with RSA` };
  const untrusted = anchors && issuerProblem(certificate, anchors);
  return untrusted ? { reason: VerificationReason.CERTIFICATE_UNTRUSTED, message: untrusted } : undefined;
}

/**
 * Usable at `now`, or skipped with why: one bad entry never costs the others (as the Java SDK).
 *
 * @example const { usable, skipped } = sortCertificates(list, Date.now(), [tenpayRootCa()])
 */
export function sortCertificates(list: readonly PlatformCertificate[], now: number, anchors?: readonly X509Certificate[]): SortedCertificates {
  const usable: PlatformCertificate[] = [];
  const skipped: SkippedCertificate[] = [];
  for (const item of list) {
    const problem = problemOf(item, now, anchors);
    if (problem) skipped.push({ serial: item.serial, ...problem });
    else usable.push(item);
  }
  return { usable, skipped };
}

/**
 * The error naming every skipped certificate, with why.
 *
 * @example throw skippedError(sorted.skipped, 0, requestId)
 */
export function skippedError(skipped: readonly SkippedCertificate[], installed: number, requestId: string | undefined): VerificationError {
  const reasons = new Set(skipped.map((item) => item.reason));
  const [only] = reasons;
  const why = skipped.map((item) => `${item.serial} ${item.message}`).join('; ');
  const total = skipped.length + installed;
  if (!total) return new VerificationError(VerificationReason.UNPARSEABLE, `the ${CERTIFICATES_PATH} answer lists no certificate`, requestId);
  const what = installed
    ? `${skipped.length} of the ${total} platform certificates listed ${skipped.length === 1 ? 'was' : 'were'} skipped, the others are in use`
    : `none of the ${total} platform certificates the ${CERTIFICATES_PATH} answer lists can be used`;
  return new VerificationError(reasons.size === 1 && only !== undefined ? only : VerificationReason.CERTIFICATE_UNTRUSTED, `${what}: ${why}`, requestId);
}

/**
 * A serial names one key for good: another key under a configured serial is a forgery or a mistake, never a rotation.
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
 * The configured keys plus the certificates the answer carries.
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
