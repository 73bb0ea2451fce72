import { types } from 'node:util';
import { isAxiosError } from 'axios';
import { TransportError, WechatpayError } from '../errors';
import { CONNECT_TIMEOUT_MS } from './limits';

/** Our own error inside an adapter's failure (a refused redirect, say), however deep. */
function ownCause(error: unknown): WechatpayError | undefined {
  let cause: unknown = error;
  // Bounded: causes nest a handful of levels (AxiosError -> RedirectionError -> ours).
  for (let depth = 0; depth < 8 && cause !== null && typeof cause === 'object'; depth += 1) {
    if (cause instanceof WechatpayError) return cause;
    cause = (cause as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The system error behind a transport's failure, as Node's http client tells it. */
export function asSystemError(error: unknown, answered: boolean): Error {
  const { code, cause } = (error ?? {}) as { code?: string; cause?: unknown };
  if (code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED') {
    return Object.assign(new Error(answered ? 'aborted' : 'socket hang up'), { code: 'ECONNRESET', cause: error });
  }
  if (code === 'UND_ERR_CONNECT_TIMEOUT')
    return Object.assign(new Error(`connect ETIMEDOUT (no connection within ${CONNECT_TIMEOUT_MS} ms)`), { code: 'ETIMEDOUT', cause: error });
  // Node's own errors come from its realm (a vm context, a test runner, sees them fail `instanceof Error`).
  if (types.isNativeError(cause) && typeof (cause as NodeJS.ErrnoException).code === 'string') return cause;
  return types.isNativeError(error) || error instanceof Error ? error : new Error(String(error));
}

export interface FailureContext {
  readonly method: string;
  readonly path: string;
  readonly timeout: number;
  readonly maxContentLength: number;
  expired(): boolean;
  aborted(): boolean;
}

const ABORT_CODES = new Set(['ERR_CANCELED', 'UND_ERR_ABORTED']);

function cancelled(error: unknown): boolean {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  return ABORT_CODES.has(String(code)) || name === 'AbortError' || name === 'CanceledError';
}

/** The cause a `TransportError` carries: the system error's message, name and code, never an AxiosError (it holds the request). */
function causeOf(error: unknown, answered: boolean): Error & { code?: string } {
  const axiosCause = isAxiosError(error) ? (error.cause as unknown) : undefined;
  const system = isAxiosError(error) ? (types.isNativeError(axiosCause) || axiosCause instanceof Error ? axiosCause : error) : asSystemError(error, answered);
  const code = (system as NodeJS.ErrnoException).code ?? (isAxiosError(error) ? error.code : undefined);
  return Object.assign(new Error(system.message), { name: system.name, code });
}

/**
 * The one `TransportError` a call rejects with, made where the failure happens; never caused by the
 * AxiosError, whose `toJSON()` carries the request.
 *
 * @example throw transportError(error, call, false)
 */
export function transportError(error: unknown, call: FailureContext, answered: boolean): WechatpayError {
  if (error instanceof WechatpayError) return error;
  const own = ownCause(error);
  if (own) return own;
  const where = `${call.method} ${call.path}`;
  if (call.expired()) {
    const cause = Object.assign(new Error(`no complete answer within ${call.timeout} ms`), { name: 'TimeoutError', code: 'ETIMEDOUT' });
    return new TransportError(
      `${where} timed out: no complete answer within the call's deadline of ${call.timeout} ms (\`timeout\`); its outcome is unknown, query it before retrying`,
      cause,
    );
  }
  if (call.aborted() || cancelled(error)) return new TransportError(`${where} was aborted`, Object.assign(new Error('canceled'), { code: 'ERR_CANCELED' }));
  if (/^maxContentLength size of -?\d+ exceeded$/.test((error as Error)?.message ?? '')) {
    const cause = Object.assign(new Error((error as Error).message), { code: 'ERR_ANSWER_TOO_LARGE' });
    return new TransportError(
      `${where}: the answer is larger than the ${call.maxContentLength} bytes allowed (\`maxContentLength\`); it was not read further`,
      cause,
    );
  }
  const cause = causeOf(error, answered);
  return new TransportError(`${where} failed: ${cause.message}${cause.code ? ` (${cause.code})` : ''}`, cause);
}

const UNCONNECTED = new WeakSet<TransportError>();

export function noteConnection(error: WechatpayError, connected: boolean | undefined): WechatpayError {
  if (error instanceof TransportError && (connected === undefined ? neverConnected(error) : !connected && triedToConnect(error))) UNCONNECTED.add(error);
  return error;
}

export function unconnected(error: unknown): boolean {
  return error instanceof TransportError && UNCONNECTED.has(error);
}

/** Codes a call only meets before its connection is up: the name, the route, the port, the TLS handshake. */
const BEFORE_CONNECTION = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'EAI_NONAME',
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENETDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
  'EPROTO',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'HOSTNAME_MISMATCH',
]);

/** Codes of a failure on the network itself, once a connection was being made: reset, timed out, torn down. */
const ON_THE_NETWORK = new Set([...BEFORE_CONNECTION, 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ECONNABORTED', 'ERR_CANCELED']);

/**
 * Whether a connection was tried: a header the transport refuses never moves a client to the backup.
 *
 * @example triedToConnect(refused) // true; triedToConnect(undiciInvalidHeader) // false
 */
function triedToConnect(error: unknown): boolean {
  if (!(error instanceof TransportError)) return false;
  const { code, message } = (error.cause ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code !== 'string') return false;
  if (ON_THE_NETWORK.has(code) || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_')) return true;
  return typeof message === 'string' && message.startsWith('connect ');
}

/**
 * Whether the failure came before the connection was up, so nothing of the request was written.
 *
 * @example neverConnected(refused) // true; neverConnected(timedOutAfterSending) // false
 */
function neverConnected(error: unknown): boolean {
  if (!(error instanceof TransportError)) return false;
  const { code, message } = (error.cause ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code !== 'string') return false;
  if (BEFORE_CONNECTION.has(code) || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_')) return true;
  // The socket layer names its connect step ("connect ETIMEDOUT 10.0.0.1:443"); a handshake cut short says so.
  const text = typeof message === 'string' ? message : '';
  return text.startsWith('connect ') || text.includes('before secure TLS connection was established');
}
