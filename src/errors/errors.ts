import { inspect, types } from 'node:util';
import { redact } from './redact';

/** Machine-readable error codes, as string constants (compare with `error.code`). */
export const ErrorCode = {
  /** The client configuration is missing something or holds a value of the wrong kind. */
  CONFIGURATION: 'ERR_CONFIGURATION',
  /** A call's options are wrong: caught before anything was sent. */
  INVALID_REQUEST: 'ERR_INVALID_REQUEST',
  /** WeChat Pay answered with a non-2xx status. */
  API: 'ERR_API',
  /** An answer or notification failed signature, timestamp or integrity checks. */
  VERIFICATION: 'ERR_VERIFICATION',
  /** An APIv2 answer said `return_code` or `result_code` FAIL. */
  BUSINESS: 'ERR_BUSINESS',
  /** The request never got an answer: DNS, TLS, timeout, reset, abort. */
  TRANSPORT: 'ERR_TRANSPORT',
  /** Text that should be XML or JSON is not. */
  PARSE: 'ERR_PARSE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * The base of every error this SDK throws.
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

  /** A plain, redacted view: safe to log or send to an error tracker. */
  toJSON(): Record<string, unknown> {
    const view: Record<string, unknown> = { name: this.name, code: this.code, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (key !== 'name' && key !== 'code') view[key] = value;
    }
    if (this.cause !== undefined) view.cause = describeCause(this.cause);
    return redact(view);
  }

  [inspect.custom](): string {
    const { name, message, ...rest } = this.toJSON();
    const stack = (this.stack ?? '').split('\n').slice(1).join('\n');
    return `${String(name)}: ${String(message)} ${inspect(rest, { depth: 4 })}${stack ? `\n${stack}` : ''}`;
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

/** The client was configured wrongly, or a call's options are wrong: nothing was sent. */
export class ConfigurationError extends WechatpayError {
  override name = 'ConfigurationError';
  constructor(message: string, code: string = ErrorCode.CONFIGURATION) {
    super(message, code);
  }
}

export interface ApiErrorDetail {
  field?: string;
  value?: unknown;
  issue?: string;
  location?: string;
  [key: string]: unknown;
}

/** WeChat Pay answered with an HTTP status outside 2xx. */
export class ApiError extends WechatpayError {
  override name = 'ApiError';
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

  constructor(init: {
    status: number;
    apiCode?: string | undefined;
    message?: string | undefined;
    detail?: ApiErrorDetail | undefined;
    requestId?: string | undefined;
    body?: unknown;
  }) {
    const what = init.apiCode ? `${init.apiCode}: ${init.message ?? ''}`.trim() : init.message || 'no error body';
    super(`WeChat Pay answered HTTP ${init.status} (${what})${init.requestId ? `, Request-ID ${init.requestId}` : ''}`, ErrorCode.API);
    this.status = init.status;
    this.apiCode = init.apiCode;
    this.detail = init.detail;
    this.requestId = init.requestId;
    this.body = init.body;
  }
}

/**
 * An answer or notification could not be trusted: bad or missing signature, unknown serial, stale
 * timestamp, tampered body, a `WECHATPAY/SIGNTEST/` probe. Treat the call's outcome as unknown and
 * query it again; never act on the content.
 */
export class VerificationError extends WechatpayError {
  override name = 'VerificationError';
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
  /** A platform certificate has expired or is not yet valid. */
  CERTIFICATE_NOT_VALID: 'CERTIFICATE_NOT_VALID',
  /** A downloaded certificate's key differs from the key configured under its serial. */
  KEY_MISMATCH: 'KEY_MISMATCH',
} as const;

/** An APIv2 answer whose `return_code` or `result_code` is not SUCCESS. */
export class BusinessError extends WechatpayError {
  override name = 'BusinessError';
  readonly returnCode: string | undefined;
  readonly returnMsg: string | undefined;
  readonly resultCode: string | undefined;
  readonly errCode: string | undefined;
  readonly errCodeDes: string | undefined;
  /** The whole parsed dictionary of the answer (its `sign` is redacted in logs and `toJSON`). */
  readonly dictionary: Record<string, unknown>;

  constructor(dictionary: Record<string, unknown>) {
    const text = (key: string) => (typeof dictionary[key] === 'string' ? (dictionary[key] as string) : undefined);
    const returnCode = text('return_code');
    const failedReturn = returnCode !== 'SUCCESS';
    const what = failedReturn
      ? `return_code ${returnCode ?? '(missing)'}: ${text('return_msg') ?? 'no return_msg'}`
      : `result_code ${text('result_code')}: ${[text('err_code'), text('err_code_des')].filter(Boolean).join(' ') || 'no err_code'}`;
    super(`WeChat Pay APIv2 answered ${what}`, ErrorCode.BUSINESS);
    this.returnCode = returnCode;
    this.returnMsg = text('return_msg');
    this.resultCode = text('result_code');
    this.errCode = text('err_code');
    this.errCodeDes = text('err_code_des');
    this.dictionary = dictionary;
  }
}

/** The request got no usable answer: connection refused or reset, DNS, TLS, timeout, abort. */
export class TransportError extends WechatpayError {
  override name = 'TransportError';
  constructor(message: string, cause: unknown) {
    super(message, ErrorCode.TRANSPORT, { cause });
  }
}

const guard =
  <T extends WechatpayError>(ctor: abstract new (...args: never[]) => T, name: string) =>
  (value: unknown): value is T =>
    value instanceof ctor || (types.isNativeError(value) && value.name === name && 'code' in value);

export const isWechatpayError = (value: unknown): value is WechatpayError =>
  value instanceof WechatpayError ||
  (types.isNativeError(value) && typeof (value as { code?: unknown }).code === 'string' &&
    ['WechatpayError', 'ConfigurationError', 'ApiError', 'VerificationError', 'BusinessError', 'TransportError'].includes(value.name));
export const isConfigurationError = guard(ConfigurationError, 'ConfigurationError');
export const isApiError = guard(ApiError, 'ApiError');
export const isVerificationError = guard(VerificationError, 'VerificationError');
export const isBusinessError = guard(BusinessError, 'BusinessError');
export const isTransportError = guard(TransportError, 'TransportError');
