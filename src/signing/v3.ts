import { invalidAt, type PlatformKey } from '../crypto/platform-key';
import { PROBE_PREFIX, Rsa } from '../crypto/rsa';
import { VerificationError, VerificationReason } from '../errors';

// What WeChat Pay signs (answers and notifications alike), read in one place and checked in one.

/** WeChat Pay's allowed clock difference between its signature and our clock, in seconds. */
export const MAX_CLOCK_SKEW = 300;
export { PROBE_PREFIX };

export interface SignedMessage {
  timestamp: string | undefined;
  nonce: string | undefined;
  signature: string | undefined;
  serial: string | undefined;
  /** The exact bytes the signature covers after `TIMESTAMP\nNONCE\n`. */
  body: Buffer;
}

/** Throws a `VerificationError` with a precise reason; never returns on anything short of a valid signature. */
export function verifySignedMessage(message: SignedMessage, certs: ReadonlyMap<string, PlatformKey>, requestId?: string, now = Date.now()): void {
  const { timestamp, nonce, signature, serial } = message;
  const missing = [
    timestamp === undefined && 'Wechatpay-Timestamp',
    nonce === undefined && 'Wechatpay-Nonce',
    signature === undefined && 'Wechatpay-Signature',
    serial === undefined && 'Wechatpay-Serial',
  ].filter(Boolean);
  if (missing.length) throw new VerificationError(VerificationReason.MISSING_HEADER, `missing header ${missing.join(', ')}`, requestId);
  if (signature!.startsWith(PROBE_PREFIX)) {
    throw new VerificationError(
      VerificationReason.PROBE,
      `a ${PROBE_PREFIX} signature probe: WeChat Pay checks that unverifiable messages are refused`,
      requestId,
    );
  }
  const seconds = checkTimestamp(timestamp!, now, requestId);
  const entry = certs.get(serial!);
  if (!entry) {
    throw new VerificationError(
      VerificationReason.UNKNOWN_SERIAL,
      `Wechatpay-Serial ${JSON.stringify(serial)} is not among the configured platform keys (${[...certs.keys()].join(', ') || 'none'}): download the platform certificates or add the public key to \`certs\``,
      requestId,
    );
  }
  checkValidity(entry, serial!, seconds, requestId);
  const signed = Buffer.concat([Buffer.from(`${timestamp}\n${nonce}\n`, 'utf8'), message.body, Buffer.from('\n', 'utf8')]);
  if (!Rsa.verify(signed, signature!, entry.key)) {
    throw new VerificationError(
      VerificationReason.BAD_SIGNATURE,
      'the signature does not match the body: the message was not sent by WeChat Pay or was altered',
      requestId,
    );
  }
}

export const SIGNATURE_HEADERS = ['wechatpay-timestamp', 'wechatpay-nonce', 'wechatpay-signature', 'wechatpay-serial'] as const;

/**
 * The four `Wechatpay-*` headers and the bytes the signature covers.
 *
 * @example verifySignedMessage(signedMessageOf((name) => headerOf(response, name), raw), certs)
 */
export function signedMessageOf(header: (name: string) => string | undefined, body: Buffer): SignedMessage {
  return {
    timestamp: header('wechatpay-timestamp'),
    nonce: header('wechatpay-nonce'),
    signature: header('wechatpay-signature'),
    serial: header('wechatpay-serial'),
    body,
  };
}

/** The signing time in seconds, once it is within MAX_CLOCK_SKEW of `now` (ms). */
function checkTimestamp(timestamp: string, now: number, requestId: string | undefined): number {
  const seconds = /^\d{1,12}$/.test(timestamp) ? Number(timestamp) : Number.NaN;
  const skew = Math.abs(Math.floor(now / 1000) - seconds);
  if (!(skew <= MAX_CLOCK_SKEW)) {
    throw new VerificationError(
      VerificationReason.STALE_TIMESTAMP,
      `Wechatpay-Timestamp ${JSON.stringify(timestamp)} is ${Number.isNaN(skew) ? 'not a Unix time' : `${skew} s from now (at most ${MAX_CLOCK_SKEW} s allowed)`}`,
      requestId,
    );
  }
  return seconds;
}

/**
 * A certificate vouches for signatures made inside its validity window only: judged at the
 * signing time, which checkTimestamp put within MAX_CLOCK_SKEW of our clock.
 */
function checkValidity(entry: PlatformKey, serial: string, seconds: number, requestId: string | undefined): void {
  const invalid = invalidAt(entry, seconds * 1000);
  if (invalid === 'expired') {
    throw new VerificationError(
      VerificationReason.CERTIFICATE_EXPIRED,
      `the platform certificate ${serial} expired at ${new Date(entry.notAfter!).toISOString()}: it verifies nothing any more; download the current certificates (Certificates.download) or move to public-key mode`,
      requestId,
    );
  }
  if (invalid)
    throw new VerificationError(
      VerificationReason.CERTIFICATE_NOT_VALID,
      `the platform certificate ${serial} is not valid before ${new Date(entry.notBefore!).toISOString()}`,
      requestId,
    );
}
