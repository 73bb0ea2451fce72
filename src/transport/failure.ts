import { isAxiosError } from 'axios';
import { TransportError, WechatpayError } from '../errors';

/**
 * Any rejection of a call as a `WechatpayError`. Our own errors pass through; an axios failure
 * (no answer: refused, reset, DNS, TLS, timeout, abort) becomes a `TransportError` whose cause is
 * the underlying system error, never the AxiosError itself: that one carries the request config,
 * headers and body (with `sign` or `Authorization`) in its `toJSON()`.
 */
export function toWechatpayError(error: unknown, method: string, url: string): unknown {
  if (error instanceof WechatpayError) return error;
  if (isAxiosError(error)) {
    const system = error.cause instanceof Error ? error.cause : undefined;
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
