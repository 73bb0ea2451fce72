import { inspect } from 'node:util';
import { redact } from './redact';

/** Machine-readable error codes, as string constants (compare with `error.code`). Each belongs to one class. */
export const ErrorCode = {
  /** `ConfigurationError`: the client configuration is missing something or holds a value of the wrong kind. */
  CONFIGURATION: 'ERR_CONFIGURATION',
  /** `InvalidRequestError`: a call's options are wrong; caught before anything was sent. */
  INVALID_REQUEST: 'ERR_INVALID_REQUEST',
  /** `ApiError`: WeChat Pay answered with a non-2xx status. */
  API: 'ERR_API',
  /** `VerificationError`: an answer, notification or ciphertext failed signature, timestamp or integrity checks. */
  VERIFICATION: 'ERR_VERIFICATION',
  /** `BusinessError`: an APIv2 answer said `return_code` or `result_code` FAIL. */
  BUSINESS: 'ERR_BUSINESS',
  /** `TransportError`: the request never got a usable answer: DNS, TLS, timeout, reset, abort, an answer over the size limit. */
  TRANSPORT: 'ERR_TRANSPORT',
  /** `ParseError`: text that should be XML or JSON is not. */
  PARSE: 'ERR_PARSE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** What a plain view of an error shows when its own fields cannot be shown (they threw, or are cyclic beyond repair). */
const UNRENDERABLE = '[unrenderable]';

/**
 * The base of every error this SDK throws; the SDK itself only throws its subclasses, one per
 * code, so `error.code` and the `isX()` guards always agree.
 *
 * @example
 * try { await wx.v2.payitil.report.post({ xml }); }
 * catch (e) { if (isWechatpayError(e)) console.error(e.code, e.message); }
 */
export class WechatpayError extends Error {
  override name = 'WechatpayError';
  readonly code: string;

  constructor(message: string, code: string = ErrorCode.CONFIGURATION, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  /** A plain, redacted view: safe to log or send to an error tracker. Never throws. */
  toJSON(): Record<string, unknown> {
    try {
      const view: Record<string, unknown> = { name: this.name, code: this.code, message: this.message };
      for (const [key, value] of Object.entries(this)) {
        if (key !== 'name' && key !== 'code') view[key] = value;
      }
      if (this.cause !== undefined) view.cause = describeCause(this.cause);
      return redact(view);
    } catch {
      return { name: String(this.name), code: String(this.code), message: String(this.message), detail: UNRENDERABLE };
    }
  }

  /** `util.inspect` shows the redacted view and the stack. Never throws. */
  [inspect.custom](): string {
    try {
      const { name, message, ...rest } = this.toJSON();
      const stack = (this.stack ?? '').split('\n').slice(1).join('\n');
      return `${String(name)}: ${String(message)} ${inspect(rest, { depth: 4 })}${stack ? `\n${stack}` : ''}`;
    } catch {
      return `${String(this.name)}: ${String(this.message)} ${UNRENDERABLE}`;
    }
  }
}

function describeCause(cause: unknown): unknown {
  if (cause instanceof WechatpayError) return cause.toJSON();
  if (cause instanceof Error) {
    const { code, errno, syscall } = cause as NodeJS.ErrnoException;
    return { name: cause.name, message: cause.message, code, errno, syscall };
  }
  return String(cause);
}

/** The client was configured wrongly (`Builder.factory`, a helper's options): nothing was sent. */
export class ConfigurationError extends WechatpayError {
  override name = 'ConfigurationError';
  declare readonly code: typeof ErrorCode.CONFIGURATION | typeof ErrorCode.INVALID_REQUEST;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, ErrorCode.CONFIGURATION, options);
  }
}

/**
 * One call's options are wrong (a missing placeholder, a payload of the wrong kind, a header with
 * CR/LF, …): refused before anything was sent. A kind of `ConfigurationError`, so code that
 * handles "nothing was sent" with `isConfigurationError` keeps working.
 */
export class InvalidRequestError extends ConfigurationError {
  override name = 'InvalidRequestError';
  declare readonly code: typeof ErrorCode.INVALID_REQUEST;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    (this as { code: string }).code = ErrorCode.INVALID_REQUEST;
  }
}

export interface ApiErrorDetail {
  field?: string;
  value?: unknown;
  issue?: string;
  location?: string;
  [key: string]: unknown;
}

/**
 * WeChat Pay answered with an HTTP status outside 2xx. `verified` says whether the answer carried a
 * WeChat Pay signature that was checked: an error answer with the `Wechatpay-*` headers is verified
 * like any other (a forged one is a `VerificationError` instead); one without them cannot be, so do
 * not act on its content (an `ORDER_NOT_EXIST` from an unverified answer may come from anyone on
 * the path): query again.
 */
export class ApiError extends WechatpayError {
  override name = 'ApiError';
  declare readonly code: typeof ErrorCode.API;
  /** The HTTP status code. */
  readonly status: number;
  /** WeChat's error code (`PARAM_ERROR`, `SIGN_ERROR`, …) when the body carried one. */
  readonly apiCode: string | undefined;
  /** WeChat's `detail` object (APIv3), when present. */
  readonly detail: ApiErrorDetail | undefined;
  /** The `Request-ID` header: quote it when asking WeChat Pay support. */
  readonly requestId: string | undefined;
  /** The parsed body: JSON for APIv3, the dictionary for APIv2, else the text. */
  readonly body: unknown;
  /** True when the answer's WeChat Pay signature was checked and held; false when it carried none. */
  readonly verified: boolean;

  constructor(init: {
    status: number;
    apiCode?: string | undefined;
    message?: string | undefined;
    detail?: ApiErrorDetail | undefined;
    requestId?: string | undefined;
    body?: unknown;
    verified?: boolean;
  }) {
    const what = init.apiCode ? `${init.apiCode}: ${init.message ?? ''}`.trim() : init.message || 'no error body';
    const trust = init.verified ? '' : '; unverified: the answer carried no WeChat Pay signature';
    super(`WeChat Pay answered HTTP ${init.status} (${what})${init.requestId ? `, Request-ID ${init.requestId}` : ''}${trust}`, ErrorCode.API);
    this.status = init.status;
    this.apiCode = init.apiCode;
    this.detail = init.detail;
    this.requestId = init.requestId;
    this.body = init.body;
    this.verified = init.verified === true;
  }
}

/**
 * An answer, notification or ciphertext could not be trusted: bad or missing signature, unknown
 * serial, expired certificate, stale timestamp, tampered body, a `WECHATPAY/SIGNTEST/` probe, a
 * ciphertext that does not decrypt. Treat the call's outcome as unknown and query it again; never
 * act on the content.
 */
export class VerificationError extends WechatpayError {
  override name = 'VerificationError';
  declare readonly code: typeof ErrorCode.VERIFICATION;
  /** Why verification failed, as a constant from `VerificationReason`. */
  readonly reason: string;
  readonly requestId: string | undefined;

  constructor(reason: string, message: string, requestId?: string) {
    super(`Verification failed (${reason}): ${message}`, ErrorCode.VERIFICATION);
    this.reason = reason;
    this.requestId = requestId;
  }
}

/** Why a `VerificationError` was raised. */
export const VerificationReason = {
  MISSING_SIGN: 'MISSING_SIGN',
  BAD_SIGN: 'BAD_SIGN',
  UNPARSEABLE: 'UNPARSEABLE',
  MISSING_HEADER: 'MISSING_HEADER',
  STALE_TIMESTAMP: 'STALE_TIMESTAMP',
  UNKNOWN_SERIAL: 'UNKNOWN_SERIAL',
  PROBE: 'PROBE',
  BAD_SIGNATURE: 'BAD_SIGNATURE',
  HASH_MISMATCH: 'HASH_MISMATCH',
  DECRYPT_FAILED: 'DECRYPT_FAILED',
  /** A platform certificate's `serial_no` is not the serial inside it. */
  SERIAL_MISMATCH: 'SERIAL_MISMATCH',
  /** A platform certificate is not valid yet. */
  CERTIFICATE_NOT_VALID: 'CERTIFICATE_NOT_VALID',
  /** A platform certificate has expired: it verifies nothing any more. */
  CERTIFICATE_EXPIRED: 'CERTIFICATE_EXPIRED',
  /** A downloaded platform certificate is not issued by a trusted CA (Tenpay.com Root CA, or `platformCertificateAuthorities`). */
  CERTIFICATE_UNTRUSTED: 'CERTIFICATE_UNTRUSTED',
  /** A downloaded certificate's key differs from the key configured under its serial. */
  KEY_MISMATCH: 'KEY_MISMATCH',
} as const;

/**
 * An APIv2 answer whose `return_code` or `result_code` is not SUCCESS. `verified` says whether its
 * `sign` was checked: WeChat Pay signs `result_code` FAIL answers (verified) but not `return_code`
 * FAIL ones, which anyone on the path could forge: do not act on those without querying again.
 */
export class BusinessError extends WechatpayError {
  override name = 'BusinessError';
  declare readonly code: typeof ErrorCode.BUSINESS;
  readonly returnCode: string | undefined;
  readonly returnMsg: string | undefined;
  readonly resultCode: string | undefined;
  readonly errCode: string | undefined;
  readonly errCodeDes: string | undefined;
  /** The whole parsed dictionary of the answer (its `sign` is redacted in logs and `toJSON`). */
  readonly dictionary: Record<string, unknown>;
  /** True when the answer's `sign` was checked and held. */
  readonly verified: boolean;

  constructor(dictionary: Record<string, unknown>, verified = false) {
    const text = (key: string) => (typeof dictionary[key] === 'string' ? (dictionary[key] as string) : undefined);
    const returnCode = text('return_code');
    const failedReturn = returnCode !== 'SUCCESS';
    const what = failedReturn
      ? `return_code ${returnCode ?? '(missing)'}: ${text('return_msg') ?? 'no return_msg'}`
      : `result_code ${text('result_code')}: ${[text('err_code'), text('err_code_des')].filter(Boolean).join(' ') || 'no err_code'}`;
    super(`WeChat Pay APIv2 answered ${what}${verified ? '' : ' (unverified: the answer carried no checked sign)'}`, ErrorCode.BUSINESS);
    this.returnCode = returnCode;
    this.returnMsg = text('return_msg');
    this.resultCode = text('result_code');
    this.errCode = text('err_code');
    this.errCodeDes = text('err_code_des');
    this.dictionary = dictionary;
    this.verified = verified;
  }
}

/**
 * The request got no usable answer: connection refused or reset, DNS, TLS, the call's deadline
 * passed, it was aborted, or the answer was larger than the limit.
 */
export class TransportError extends WechatpayError {
  override name = 'TransportError';
  declare readonly code: typeof ErrorCode.TRANSPORT;
  constructor(message: string, cause: unknown) {
    super(message, ErrorCode.TRANSPORT, { cause });
  }
}

/**
 * Text that should be XML or JSON is not (or is nested deeper than any WeChat Pay document).
 * For an answer, `requestId` names it; treat the call's outcome as unknown and query it again.
 */
export class ParseError extends WechatpayError {
  override name = 'ParseError';
  declare readonly code: typeof ErrorCode.PARSE;
  readonly requestId: string | undefined;

  constructor(message: string, requestId?: string, options?: { cause?: unknown }) {
    super(message, ErrorCode.PARSE, options);
    this.requestId = requestId;
  }
}
