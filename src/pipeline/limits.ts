// Every limit has a default and a name (README "Limits").

/** The deadline of a whole call (connect, send, answer), in milliseconds: `timeout`. 0 turns it off. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** The longest a TCP/TLS connect may take before the call fails as a connect timeout (undici's default). */
export const CONNECT_TIMEOUT_MS = 10_000;
/** The largest API answer read into memory, counted after decompression: `maxContentLength`. */
export const MAX_ANSWER_BYTES = 4 * 1024 * 1024;
/** The largest answer of the APIv2 bill endpoints (`downloadbill`, `downloadfundflow`), which answer the bill itself. */
export const MAX_V2_BILL_BYTES = 256 * 1024 * 1024;

/**
 * A deadline joined with the caller's `signal`: a server dripping one byte at a time cannot outlive it (axios' is an idle timer).
 *
 * @example
 * const deadline = startDeadline(1000, options.signal);
 * try { await send({ signal: deadline.signal }); } finally { deadline.dispose(); }
 */
export interface Deadline {
  readonly signal: AbortSignal;
  readonly expired: boolean;
  dispose(): void;
}

export function startDeadline(timeout: number, given: AbortSignal | undefined): Deadline {
  const controller = new AbortController();
  let expired = false;
  const onAbort = () => controller.abort(given?.reason);
  if (given?.aborted) onAbort();
  else given?.addEventListener('abort', onAbort, { once: true });
  const timer =
    timeout > 0
      ? setTimeout(() => {
          expired = true;
          controller.abort(new Error(`the call's deadline of ${timeout} ms passed`));
        }, timeout)
      : undefined;
  // A pending call keeps the process alive through its socket, not through this timer.
  timer?.unref();
  return {
    signal: controller.signal,
    get expired() {
      return expired;
    },
    dispose() {
      if (timer) clearTimeout(timer);
      given?.removeEventListener('abort', onAbort);
    },
  };
}

interface RedirectOptions {
  protocol?: string;
  hostname?: string;
  host?: string;
  port?: string | number;
}

const defaultPort = (protocol: string) => (protocol === 'https:' ? '443' : protocol === 'http:' ? '80' : '');

/**
 * A redirect to another origin is refused: it would re-send a signed request to someone else.
 *
 * @example config.beforeRedirect = sameOriginRedirects('https://api.mch.weixin.qq.com/', refuse, user)
 */
export function sameOriginRedirects(
  origin: string,
  refuse: (to: string) => Error,
  then?: (...args: unknown[]) => void,
): (options: RedirectOptions, ...rest: unknown[]) => void {
  const from = new URL(origin);
  const fromPort = from.port || defaultPort(from.protocol);
  return (options, ...rest) => {
    const protocol = options.protocol ?? '';
    const hostname = (options.hostname ?? options.host ?? '').replace(/^\[|\]$/g, '');
    const port = String(options.port || defaultPort(protocol));
    if (protocol !== from.protocol || hostname.toLowerCase() !== from.hostname.replace(/^\[|\]$/g, '').toLowerCase() || port !== fromPort) {
      throw refuse(`${protocol}//${hostname}${port === defaultPort(protocol) ? '' : `:${port}`}`);
    }
    then?.(options, ...rest);
  };
}
