import type { CancelToken } from 'axios';
// Every limit has a default and a name (README "Limits").

/** The deadline of a whole call (connect, send, answer), in milliseconds: `timeout`. 0 turns it off. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** The longest a TCP/TLS connect may take before the call fails as a connect timeout (undici's default). */
export const CONNECT_TIMEOUT_MS = 10_000;
/** The largest API answer read into memory, counted after decompression: `maxContentLength`. */
export const MAX_ANSWER_BYTES = 4 * 1024 * 1024;
/** The largest answer of the APIv2 bill endpoints (`downloadbill`, `downloadfundflow`), which answer the bill itself. */
export const MAX_V2_BILL_BYTES = 256 * 1024 * 1024;

/** What a transport listens to for the end of a call: the deadline, or the caller's abort. */
export interface Abortable {
  readonly aborted: boolean;
  readonly reason: unknown;
  /** `listener` is told once, at the abort; the function returned stops that. */
  onAbort(listener: (reason: unknown) => void): () => void;
}

/**
 * A deadline joined with the caller's `signal`: a server dripping one byte at a time cannot outlive
 * it (axios' is an idle timer). No AbortController unless something asks for `signal`: on undici
 * the transport listens here, and a controller with its listeners is the dearest part of a call's
 * bookkeeping.
 *
 * @example
 * const deadline = startDeadline(1000, options.signal);
 * try { await send({ signal: deadline.signal }); } finally { deadline.dispose(); }
 */
export class Deadline implements Abortable {
  #expired = false;
  #aborted = false;
  #reason: unknown;
  /** At most two: the transport's and the lazy controller's. */
  #listeners: Array<(reason: unknown) => void> = [];
  #controller: AbortController | undefined;
  readonly #unfollow: Array<() => void> = [];
  readonly #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #given: AbortSignal | undefined;
  readonly #onGiven: (() => void) | undefined;

  constructor(timeout: number, given: AbortSignal | undefined) {
    this.#given = given;
    if (given?.aborted) this.#abort(given.reason);
    else if (given) {
      this.#onGiven = () => this.#abort(given.reason);
      given.addEventListener('abort', this.#onGiven, { once: true });
    }
    if (timeout > 0 && !this.#aborted) {
      this.#timer = setTimeout(() => {
        this.#expired = true;
        this.#abort(new Error(`the call's deadline of ${timeout} ms passed`));
      }, timeout);
      // A pending call keeps the process alive through its socket, not through this timer.
      this.#timer.unref();
    }
  }

  get expired(): boolean {
    return this.#expired;
  }

  get aborted(): boolean {
    return this.#aborted;
  }

  get reason(): unknown {
    return this.#reason;
  }

  onAbort(listener: (reason: unknown) => void): () => void {
    if (this.#aborted) {
      listener(this.#reason);
      return () => undefined;
    }
    this.#listeners.push(listener);
    return () => {
      const at = this.#listeners.indexOf(listener);
      if (at >= 0) this.#listeners.splice(at, 1);
    };
  }

  /** Ends the call when a legacy axios `cancelToken` is cancelled (now, if it already is). */
  follow(token: CancelToken): void {
    const listener = () => this.#abort(undefined);
    token.subscribe(listener);
    // A token kept for many calls holds no listener of a call that has ended.
    this.#unfollow.push(() => token.unsubscribe(listener));
  }

  /** An AbortSignal of the deadline, made on first use (axios' own adapter, a download). */
  get signal(): AbortSignal {
    if (!this.#controller) {
      const controller = new AbortController();
      this.#controller = controller;
      this.onAbort((reason) => controller.abort(reason));
    }
    return this.#controller.signal;
  }

  #abort(reason: unknown): void {
    if (this.#aborted) return;
    this.#aborted = true;
    this.#reason = reason;
    const listeners = this.#listeners;
    this.#listeners = [];
    for (const listener of listeners) listener(reason);
  }

  dispose(): void {
    if (this.#timer) clearTimeout(this.#timer);
    if (this.#onGiven) this.#given!.removeEventListener('abort', this.#onGiven);
    for (const unfollow of this.#unfollow) unfollow();
  }
}

export function startDeadline(timeout: number, given: AbortSignal | undefined): Deadline {
  return new Deadline(timeout, given);
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
