import { createHash } from 'node:crypto';
import type { AxiosResponse } from 'axios';
import { STATEMENT_SHA1_HEADER } from '../../chain/answers';
import type { PlatformKey } from '../../crypto/platform-key';
import { isVerificationError, VerificationError, VerificationReason } from '../../errors';
import { verifySignedMessage, type SignedMessage } from '../../signing/v3';
import { readBounded } from '../../util/stream';
import { apiErrorOf, headerOf, rawBodyOf } from '../response';
import type { CallState } from '../state';

/** The most of an error answer to a streamed download that is read, to report WeChat's code. */
const MAX_STREAMED_ERROR_BYTES = 64 * 1024;

/** The headers an APIv3 answer is judged by, read once. */
interface AnswerHeaders {
  readonly requestId: string | undefined;
  readonly timestamp: string | undefined;
  readonly nonce: string | undefined;
  readonly signature: string | undefined;
  readonly serial: string | undefined;
  readonly statementSha1: string | undefined;
}

function answerHeadersOf(response: AxiosResponse, statement: boolean): AnswerHeaders {
  return {
    requestId: headerOf(response, 'request-id'),
    timestamp: headerOf(response, 'wechatpay-timestamp'),
    nonce: headerOf(response, 'wechatpay-nonce'),
    signature: headerOf(response, 'wechatpay-signature'),
    serial: headerOf(response, 'wechatpay-serial'),
    statementSha1: statement ? headerOf(response, STATEMENT_SHA1_HEADER) : undefined,
  };
}

function verifyAnswer(headers: AnswerHeaders, raw: Buffer, keys: ReadonlyMap<string, PlatformKey>): void {
  const { statementSha1: sha1, requestId } = headers;
  const body = sha1 === undefined ? raw : Buffer.from(JSON.stringify({ sha1 }), 'utf8');
  const message: SignedMessage = { timestamp: headers.timestamp, nonce: headers.nonce, signature: headers.signature, serial: headers.serial, body };
  verifySignedMessage(message, keys, requestId);
  if (sha1 !== undefined && createHash('sha1').update(raw).digest('hex') !== sha1.toLowerCase()) {
    throw new VerificationError(VerificationReason.HASH_MISMATCH, 'the statement file does not match its Wechatpay-Statement-Sha1', requestId);
  }
}

function apiErrorFrom(response: AxiosResponse, raw: Buffer, requestId: string | undefined, verified: boolean): never {
  const text = raw.toString('utf8');
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON (a proxy's HTML page, say): keep the text.
  }
  throw apiErrorOf(response, body, requestId, verified, body !== null && typeof body === 'object' ? body : {});
}

/**
 * The first response step, on the raw bytes: every 2xx (a 204 too) must be signed but the documented
 * downloads; an error answer with signature headers is verified too (`verified: true`), one without is not.
 */
export function v3VerifyStep(certs: ReadonlyMap<string, PlatformKey>) {
  // Not async: a verified answer goes on without a promise of its own.
  return function v3Verify(state: CallState, response: AxiosResponse): AxiosResponse | Promise<never> {
    const { answerKind, dataAs } = state.route;
    const ok = response.status >= 200 && response.status <= 299;
    if (ok && !answerKind.signed) return response;
    const headers = answerHeadersOf(response, answerKind.statement);
    if (ok) {
      const raw = rawBodyOf(response);
      verifyAnswer(headers, raw, state.keysFromAnswer ? state.keysFromAnswer(raw, headers.requestId, headers.serial) : certs);
      return response;
    }
    if (dataAs !== 'stream') errorAnswer(state, response, headers, rawBodyOf(response), certs);
    return readBounded(response.data as AsyncIterable<unknown>, MAX_STREAMED_ERROR_BYTES).then((raw) => errorAnswer(state, response, headers, raw, certs));
  };
}

function errorAnswer(state: CallState, response: AxiosResponse, headers: AnswerHeaders, raw: Buffer, certs: ReadonlyMap<string, PlatformKey>): never {
  const { requestId } = headers;
  const signed = [headers.timestamp, headers.nonce, headers.signature, headers.serial].some((value) => value !== undefined);
  if (signed) {
    try {
      verifyAnswer(headers, raw, certs);
    } catch (error) {
      // A client bootstrapping its keys holds none of its signer's: that error cannot be verified, and says so.
      if (!(state.keysFromAnswer && isVerificationError(error) && error.reason === VerificationReason.UNKNOWN_SERIAL)) throw error;
      apiErrorFrom(response, raw, requestId, false);
    }
  }
  apiErrorFrom(response, raw, requestId, signed);
}
