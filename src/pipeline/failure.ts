import { types } from 'node:util';
import { isAxiosError } from 'axios';
import { TransportError, WechatpayError } from '../errors';

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

/**
 * Any rejection of a call as a `WechatpayError`. Our own errors pass through; an axios failure
 * (no answer: refused, reset, DNS, TLS, deadline, abort, an answer over `maxContentLength`)
 * becomes a `TransportError` whose cause is the underlying system error, never the AxiosError
 * itself: that one carries the request config, headers and body (with `sign` or `Authorization`)
 * in its `toJSON()`. `deadline` is the call's timeout when its deadline is what stopped it.
 */
export function toWechatpayError(error: unknown, method: string, url: string, deadline?: number): unknown {
  if (error instanceof WechatpayError) return error;
  const own = ownCause(error);
  if (own) return own;
  if (isAxiosError(error)) {
    if (deadline !== undefined) {
      const cause = Object.assign(new Error(`no complete answer within ${deadline} ms`), { name: 'TimeoutError', code: 'ETIMEDOUT' });
      return new TransportError(
        `${method} ${url} timed out: no complete answer within the call's deadline of ${deadline} ms (\`timeout\`); its outcome is unknown, query it before retrying`,
        cause,
      );
    }
    if (/^maxContentLength size of \d+ exceeded$/.test(error.message)) {
      const cause = Object.assign(new Error(error.message), { name: 'Error', code: 'ERR_ANSWER_TOO_LARGE' });
      return new TransportError(
        `${method} ${url}: the answer is larger than the ${error.config?.maxContentLength} bytes allowed (\`maxContentLength\`); it was not read further`,
        cause,
      );
    }
    const system = types.isNativeError(error.cause) || (error.cause as unknown) instanceof Error ? (error.cause as Error) : undefined;
    const cause = Object.assign(new Error(system?.message ?? error.message), {
      name: system?.name ?? 'Error',
      code: (system as NodeJS.ErrnoException | undefined)?.code ?? error.code,
    });
    const what = error.code === 'ERR_CANCELED' ? 'was aborted' : `failed: ${cause.message}${cause.code ? ` (${cause.code})` : ''}`;
    return new TransportError(`${method} ${url} ${what}`, cause);
  }
  // Anything else is a bug, ours or an adapter's: let it surface as it is.
  return error;
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
 * Whether a call's failure came from the network: a connection was tried (DNS, connect, TLS, a
 * proxy's tunnel), even if it was never made. What fails before that (a header or a body the
 * transport refuses to write, an invalid argument) never does, and never moves a client to the
 * backup: the same call would fail there too.
 *
 * @example triedToConnect(refused) // true; triedToConnect(undiciInvalidHeader) // false
 */
export function triedToConnect(error: unknown): boolean {
  if (!(error instanceof TransportError)) return false;
  const { code, message } = (error.cause ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code !== 'string') return false;
  if (ON_THE_NETWORK.has(code) || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_')) return true;
  return typeof message === 'string' && message.startsWith('connect ');
}

/**
 * Whether a call's failure happened before its connection was up, so that nothing of the request
 * was written: DNS, refused, unreachable, a connect that timed out (the socket's, not the call's
 * deadline), a failed or reset TLS handshake. The same on undici and on axios' own adapter; a
 * reset, a timeout or an abort once connected is never one.
 *
 * @example neverConnected(refused) // true; neverConnected(timedOutAfterSending) // false
 */
export function neverConnected(error: unknown): boolean {
  if (!(error instanceof TransportError)) return false;
  const { code, message } = (error.cause ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code !== 'string') return false;
  if (BEFORE_CONNECTION.has(code) || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_')) return true;
  // The socket layer names its connect step ("connect ETIMEDOUT 10.0.0.1:443"); a handshake cut short says so.
  const text = typeof message === 'string' ? message : '';
  return text.startsWith('connect ') || text.includes('before secure TLS connection was established');
}
