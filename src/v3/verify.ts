import { createHash } from 'node:crypto';
import { invalidAt, type PlatformKey } from '../crypto/platform-key';
import type { AxiosResponse } from 'axios';
import { Rsa } from '../crypto/rsa';
import { VerificationError, VerificationReason } from '../errors';
import { contextOf } from '../transport/context';
import { headerOf, rawBodyOf } from '../transport/instance';
import { isStatement, isUnsignedV3, STATEMENT_SHA1_HEADER } from './unsigned';

/** WeChat Pay's allowed clock difference between its signature and our clock, in seconds. */
export const MAX_CLOCK_SKEW = 300;
/** Signatures WeChat Pay sends on purpose to see whether merchants really verify. */
export const PROBE_PREFIX = 'WECHATPAY/SIGNTEST/';

export interface SignedMessage {
  timestamp: string | undefined;
  nonce: string | undefined;
  signature: string | undefined;
  serial: string | undefined;
  /** The exact bytes the signature covers after `TIMESTAMP\nNONCE\n`. */
  body: Buffer;
}

/**
 * Verify a WeChat Pay signature (an answer's or a notification's) over the raw body. Throws a
 * `VerificationError` with a precise reason; never returns on anything short of a valid signature.
 */
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
    throw new VerificationError(VerificationReason.PROBE, `a ${PROBE_PREFIX} signature probe: WeChat Pay checks that unverifiable messages are refused`, requestId);
  }
  const seconds = /^\d{1,12}$/.test(timestamp!) ? Number(timestamp) : Number.NaN;
  const skew = Math.abs(Math.floor(now / 1000) - seconds);
  if (!(skew <= MAX_CLOCK_SKEW)) {
    throw new VerificationError(VerificationReason.STALE_TIMESTAMP, `Wechatpay-Timestamp ${JSON.stringify(timestamp)} is ${Number.isNaN(skew) ? 'not a Unix time' : `${skew} s from now (at most ${MAX_CLOCK_SKEW} s allowed)`}`, requestId);
  }
  const entry = certs.get(serial!);
  if (!entry) {
    throw new VerificationError(VerificationReason.UNKNOWN_SERIAL, `Wechatpay-Serial ${JSON.stringify(serial)} is not among the configured platform keys (${[...certs.keys()].join(', ') || 'none'}): download the platform certificates or add the public key to \`certs\``, requestId);
  }
  // A certificate vouches for signatures made inside its validity window only: judged at the
  // signing time, which the check above put within MAX_CLOCK_SKEW of our clock.
  const invalid = invalidAt(entry, seconds * 1000);
  if (invalid === 'expired') {
    throw new VerificationError(VerificationReason.CERTIFICATE_EXPIRED, `the platform certificate ${serial} expired at ${new Date(entry.notAfter!).toISOString()}: it verifies nothing any more; download the current certificates (Certificates.download) or move to public-key mode`, requestId);
  }
  if (invalid) throw new VerificationError(VerificationReason.CERTIFICATE_NOT_VALID, `the platform certificate ${serial} is not valid before ${new Date(entry.notBefore!).toISOString()}`, requestId);
  const signed = Buffer.concat([Buffer.from(`${timestamp}\n${nonce}\n`, 'utf8'), message.body, Buffer.from('\n', 'utf8')]);
  if (!Rsa.verify(signed, signature!, entry.key)) {
    throw new VerificationError(VerificationReason.BAD_SIGNATURE, 'the signature does not match the body: the message was not sent by WeChat Pay or was altered', requestId);
  }
}

/**
 * The first APIv3 response step, on the raw bytes and before any parsing: every 2xx answer
 * (a 204 too) must carry a valid WeChat Pay signature, except the documented unsigned downloads.
 * Statements are verified over `{"sha1":"<Wechatpay-Statement-Sha1>"}` and then the body's SHA-1
 * is checked against that header. Non-2xx answers go on to become `ApiError`s.
 */
export function v3VerifyStep(certs: ReadonlyMap<string, PlatformKey>) {
  return (response: AxiosResponse): AxiosResponse => {
    if (response.status < 200 || response.status > 299) return response;
    const context = contextOf(response.config);
    const path = context.url;
    if (isUnsignedV3(path)) return response;
    const raw = rawBodyOf(response);
    const requestId = headerOf(response, 'request-id');
    const sha1 = isStatement(path) ? headerOf(response, STATEMENT_SHA1_HEADER) : undefined;
    verifySignedMessage(
      {
        timestamp: headerOf(response, 'wechatpay-timestamp'),
        nonce: headerOf(response, 'wechatpay-nonce'),
        signature: headerOf(response, 'wechatpay-signature'),
        serial: headerOf(response, 'wechatpay-serial'),
        body: sha1 === undefined ? raw : Buffer.from(JSON.stringify({ sha1 }), 'utf8'),
      },
      certs,
      requestId,
    );
    if (sha1 !== undefined && createHash('sha1').update(raw).digest('hex') !== sha1.toLowerCase()) {
      throw new VerificationError(VerificationReason.HASH_MISMATCH, 'the statement file does not match its Wechatpay-Statement-Sha1', requestId);
    }
    return response;
  };
}
