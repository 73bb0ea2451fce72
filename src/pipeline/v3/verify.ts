import { createHash } from 'node:crypto';
import type { AxiosResponse } from 'axios';
import { STATEMENT_SHA1_HEADER } from '../../chain/answers';
import type { PlatformKey } from '../../crypto/platform-key';
import { ApiError, isVerificationError, VerificationError, VerificationReason, type ApiErrorDetail } from '../../errors';
import { SIGNATURE_HEADERS, signedMessageOf, verifySignedMessage } from '../../signing/v3';
import { readBounded } from '../../util/stream';
import { headerOf, rawBodyOf, requestIdOf } from '../response';
import type { CallState } from '../state';

/** The most of an error answer to a streamed download that is read, to report WeChat's code. */
const MAX_STREAMED_ERROR_BYTES = 64 * 1024;

/** Verify `response` (its body as `raw`) with `keys`; statements through their SHA-1 header. */
function verifyAnswer(response: AxiosResponse, raw: Buffer, statement: boolean, keys: ReadonlyMap<string, PlatformKey>, requestId: string | undefined): void {
  const sha1 = statement ? headerOf(response, STATEMENT_SHA1_HEADER) : undefined;
  const body = sha1 === undefined ? raw : Buffer.from(JSON.stringify({ sha1 }), 'utf8');
  verifySignedMessage(
    signedMessageOf((name) => headerOf(response, name), body),
    keys,
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
 * A call with `trust` (the certificate download) verifies its 2xx answer with the keys `trust` picks.
 */
export function v3VerifyStep(certs: ReadonlyMap<string, PlatformKey>) {
  return async function v3Verify(state: CallState, response: AxiosResponse): Promise<AxiosResponse> {
    const { answer, want } = state.route;
    const ok = response.status >= 200 && response.status <= 299;
    if (ok && !answer.signed) return response;
    const requestId = requestIdOf(response);
    if (ok) {
      const raw = rawBodyOf(response);
      const keys = state.trust ? state.trust(raw, requestId, headerOf(response, 'wechatpay-serial')) : certs;
      verifyAnswer(response, raw, answer.statement, keys, requestId);
      return response;
    }
    const raw = want === 'stream' ? await readBounded(response.data as AsyncIterable<unknown>, MAX_STREAMED_ERROR_BYTES) : rawBodyOf(response);
    const signed = SIGNATURE_HEADERS.some((name) => headerOf(response, name) !== undefined);
    if (signed) {
      try {
        verifyAnswer(response, raw, answer.statement, certs, requestId);
      } catch (error) {
        // A client bootstrapping its keys holds none of its signer's: that error cannot be verified, and says so.
        if (!(state.trust && isVerificationError(error) && error.reason === VerificationReason.UNKNOWN_SERIAL)) throw error;
        throw apiErrorOf(response, raw, requestId, false);
      }
    }
    throw apiErrorOf(response, raw, requestId, signed);
  };
}
