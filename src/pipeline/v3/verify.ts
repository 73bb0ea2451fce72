import { createHash } from 'node:crypto';
import { invalidAt, type PlatformKey } from '../../crypto/platform-key';
import type { AxiosResponse } from 'axios';
import { Rsa } from '../../crypto/rsa';
import { ApiError, VerificationError, VerificationReason, type ApiErrorDetail } from '../../errors';
import { contextOf } from '../state';
import { headerOf, rawBodyOf, readStream } from '../instance';
import { pathSent } from './sign';
import { answerKindOf, STATEMENT_SHA1_HEADER, type AnswerKind } from '../../chain/answers-v3';

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

/** The path an answer answers, as it was sent: the `baseURL`'s path, then the call's, no query. */
export function sentPathOf(response: AxiosResponse): string {
  const sent = pathSent(response.config.baseURL, response.config.url ?? '');
  const query = sent.indexOf('?');
  return query < 0 ? sent : sent.slice(0, query);
}

const SIGNATURE_HEADERS = ['wechatpay-timestamp', 'wechatpay-nonce', 'wechatpay-signature', 'wechatpay-serial'] as const;

/** Verify `response` (its body as `raw`) with `certs`; statements through their SHA-1 header. */
function verifyAnswer(response: AxiosResponse, raw: Buffer, kind: AnswerKind, certs: ReadonlyMap<string, PlatformKey>, requestId: string | undefined): void {
  const sha1 = kind.statement ? headerOf(response, STATEMENT_SHA1_HEADER) : undefined;
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
}

/** WeChat's `{ code, message, detail }` of an error answer, or the text when it is not JSON. */
export function apiErrorOf(response: AxiosResponse, raw: Buffer, requestId: string | undefined, verified: boolean): ApiError {
  const text = raw.toString('utf8');
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON (a proxy's HTML page, say): keep the text.
  }
  const fields = (body !== null && typeof body === 'object' ? body : {}) as { code?: unknown; message?: unknown; detail?: unknown };
  return new ApiError({
    status: response.status,
    apiCode: typeof fields.code === 'string' ? fields.code : undefined,
    message: typeof fields.message === 'string' ? fields.message : undefined,
    detail: fields.detail !== null && typeof fields.detail === 'object' ? (fields.detail as ApiErrorDetail) : undefined,
    requestId,
    body,
    verified,
  });
}

/**
 * The first APIv3 response step, on the raw bytes and before any parsing. Every 2xx answer (a 204
 * too) must carry a valid WeChat Pay signature, except the documented unsigned downloads; an
 * error answer that carries any `Wechatpay-*` signature header is verified the same way (a forged
 * one is a `VerificationError`), and then becomes an `ApiError` with `verified: true`; one that
 * carries none becomes an `ApiError` with `verified: false`. Statements are verified over
 * `{"sha1":"<Wechatpay-Statement-Sha1>"}` and then the body's SHA-1 is checked against that header.
 * An error answer to a streamed download is read first (bounded), so it is judged the same way.
 */
export function v3VerifyStep(certs: ReadonlyMap<string, PlatformKey>) {
  return async (response: AxiosResponse): Promise<AxiosResponse> => {
    const ok = response.status >= 200 && response.status <= 299;
    const context = contextOf(response.config);
    const kind = answerKindOf(sentPathOf(response));
    if (ok && !kind.signed) return response;
    const requestId = headerOf(response, 'request-id');
    if (ok) {
      verifyAnswer(response, rawBodyOf(response), kind, certs, requestId);
      return response;
    }
    const raw = context.want === 'stream' ? await readStream(response.data as AsyncIterable<unknown>) : rawBodyOf(response);
    const signed = SIGNATURE_HEADERS.some((name) => headerOf(response, name) !== undefined);
    if (signed) verifyAnswer(response, raw, kind, certs, requestId);
    throw apiErrorOf(response, raw, requestId, signed);
  };
}
