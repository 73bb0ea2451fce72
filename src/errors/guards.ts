import { types } from 'node:util';
import {
  ApiError,
  BusinessError,
  ConfigurationError,
  ErrorCode,
  InvalidRequestError,
  ParseError,
  TransportError,
  VerificationError,
  WechatpayError,
} from './errors';

/** Every error class by name, with the codes its instances may carry: the guards' one table. */
const CODES_BY_NAME: Record<string, readonly string[]> = {
  WechatpayError: Object.values(ErrorCode),
  ConfigurationError: [ErrorCode.CONFIGURATION],
  InvalidRequestError: [ErrorCode.INVALID_REQUEST],
  ApiError: [ErrorCode.API],
  VerificationError: [ErrorCode.VERIFICATION],
  BusinessError: [ErrorCode.BUSINESS],
  TransportError: [ErrorCode.TRANSPORT],
  ParseError: [ErrorCode.PARSE],
};

/** A guard that holds across realms (another copy of the package, a vm context): by name and code. */
const guard =
  <T extends WechatpayError>(ctor: abstract new (...args: never[]) => T, names: readonly string[]) =>
  (value: unknown): value is T =>
    value instanceof ctor ||
    (types.isNativeError(value) && names.includes(value.name) && (CODES_BY_NAME[value.name] ?? []).includes(String((value as { code?: unknown }).code)));

/** @example if (isWechatpayError(e)) log(e.code, e.message) */
export const isWechatpayError = guard(WechatpayError, Object.keys(CODES_BY_NAME));
/** Nothing was sent: the configuration or (an `InvalidRequestError`) the call's options are wrong. @example if (isConfigurationError(e)) fixConfig() */
export const isConfigurationError = guard(ConfigurationError, ['ConfigurationError', 'InvalidRequestError']);
/** @example if (isInvalidRequestError(e)) console.error('bad call options:', e.message) */
export const isInvalidRequestError = guard(InvalidRequestError, ['InvalidRequestError']);
/** @example if (isApiError(e) && e.verified && e.apiCode === 'ORDER_NOT_EXIST') … */
export const isApiError = guard(ApiError, ['ApiError']);
/** @example if (isVerificationError(e)) queryAgain() */
export const isVerificationError = guard(VerificationError, ['VerificationError']);
/** @example if (isBusinessError(e) && e.verified) console.error(e.errCode) */
export const isBusinessError = guard(BusinessError, ['BusinessError']);
/** @example if (isTransportError(e)) retryLater() */
export const isTransportError = guard(TransportError, ['TransportError']);
/** @example if (isParseError(e)) queryAgain() */
export const isParseError = guard(ParseError, ['ParseError']);
